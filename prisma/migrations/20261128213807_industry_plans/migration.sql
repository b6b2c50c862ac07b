-- CreateEnum
CREATE TYPE "PlanListStatus" AS ENUM ('OPEN', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "Horizon" AS ENUM ('MEDIUM', 'LONG');

-- CreateEnum
CREATE TYPE "EntryStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- AlterTable
ALTER TABLE "Delegation" ADD COLUMN     "planStatus" "PlanListStatus" NOT NULL DEFAULT 'OPEN',
ADD COLUMN     "planSubmittedAt" TIMESTAMP(3),
ADD COLUMN     "planSubmittedBy" TEXT;

-- CreateTable
CREATE TABLE "PlanEntry" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "industryCode" TEXT NOT NULL,
    "horizon" "Horizon" NOT NULL,
    "targetValue" DECIMAL(24,4),
    "targetUnit" TEXT,
    "investmentAmount" DECIMAL(24,4),
    "investmentCurrency" TEXT,
    "hubCities" TEXT[],
    "priority" INTEGER NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "clusterId" TEXT,
    "status" "EntryStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CityCluster" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "coreCity" TEXT NOT NULL,
    "memberCities" TEXT[],
    "industryCodes" TEXT[],
    "description" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CityCluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegionalReference" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "industryCode" TEXT NOT NULL,
    "horizon" "Horizon",
    "value" DECIMAL(24,4) NOT NULL,
    "unit" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RegionalReference_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanEntry_workshopId_industryCode_idx" ON "PlanEntry"("workshopId", "industryCode");

-- CreateIndex
CREATE INDEX "PlanEntry_delegationId_idx" ON "PlanEntry"("delegationId");

-- CreateIndex
CREATE UNIQUE INDEX "CityCluster_workshopId_name_key" ON "CityCluster"("workshopId", "name");

-- CreateIndex
CREATE INDEX "RegionalReference_workshopId_industryCode_idx" ON "RegionalReference"("workshopId", "industryCode");

-- AddForeignKey
ALTER TABLE "PlanEntry" ADD CONSTRAINT "PlanEntry_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanEntry" ADD CONSTRAINT "PlanEntry_delegationId_workshopId_fkey" FOREIGN KEY ("delegationId", "workshopId") REFERENCES "Delegation"("id", "workshopId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanEntry" ADD CONSTRAINT "PlanEntry_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "CityCluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CityCluster" ADD CONSTRAINT "CityCluster_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegionalReference" ADD CONSTRAINT "RegionalReference_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;
