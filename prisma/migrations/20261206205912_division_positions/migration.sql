-- CreateTable
CREATE TABLE "DivisionPosition" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "mustLead" TEXT[],
    "willingToCede" TEXT[],
    "minPillars" INTEGER,
    "maxPillars" INTEGER,
    "submittedAt" TIMESTAMP(3),
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DivisionPosition_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DivisionPosition_workshopId_idx" ON "DivisionPosition"("workshopId");

-- CreateIndex
CREATE UNIQUE INDEX "DivisionPosition_delegationId_workshopId_key" ON "DivisionPosition"("delegationId", "workshopId");

-- AddForeignKey
ALTER TABLE "DivisionPosition" ADD CONSTRAINT "DivisionPosition_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DivisionPosition" ADD CONSTRAINT "DivisionPosition_delegationId_workshopId_fkey" FOREIGN KEY ("delegationId", "workshopId") REFERENCES "Delegation"("id", "workshopId") ON DELETE CASCADE ON UPDATE CASCADE;
