-- CreateTable
CREATE TABLE "SharedService" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "annualCostMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "rule" JSONB NOT NULL,
    "clauseId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SharedService_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceFigure" (
    "serviceId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "usage" DECIMAL(24,4),
    "customWeight" DECIMAL(24,6),
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceFigure_pkey" PRIMARY KEY ("serviceId","delegationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "SharedService_clauseId_key" ON "SharedService"("clauseId");

-- CreateIndex
CREATE UNIQUE INDEX "SharedService_workshopId_name_key" ON "SharedService"("workshopId", "name");

-- AddForeignKey
ALTER TABLE "SharedService" ADD CONSTRAINT "SharedService_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceFigure" ADD CONSTRAINT "ServiceFigure_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "SharedService"("id") ON DELETE CASCADE ON UPDATE CASCADE;
