-- CreateTable
CREATE TABLE "IndustryBaseline" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "industryCode" TEXT NOT NULL,
    "employment" INTEGER NOT NULL,
    "output" DECIMAL(24,4),
    "source" TEXT NOT NULL DEFAULT '',
    "year" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndustryBaseline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DivisionProposal" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "input" JSONB NOT NULL,
    "output" JSONB NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DivisionProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IndustryBaseline_workshopId_idx" ON "IndustryBaseline"("workshopId");

-- CreateIndex
CREATE UNIQUE INDEX "IndustryBaseline_delegationId_industryCode_key" ON "IndustryBaseline"("delegationId", "industryCode");

-- CreateIndex
CREATE UNIQUE INDEX "DivisionProposal_workshopId_number_key" ON "DivisionProposal"("workshopId", "number");

-- AddForeignKey
ALTER TABLE "IndustryBaseline" ADD CONSTRAINT "IndustryBaseline_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndustryBaseline" ADD CONSTRAINT "IndustryBaseline_delegationId_workshopId_fkey" FOREIGN KEY ("delegationId", "workshopId") REFERENCES "Delegation"("id", "workshopId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DivisionProposal" ADD CONSTRAINT "DivisionProposal_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;
