-- CreateEnum
CREATE TYPE "ClauseStatus" AS ENUM ('PROPOSED', 'UNDER_DISCUSSION', 'AGREED', 'PARKED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ClauseHorizon" AS ENUM ('MEDIUM', 'LONG', 'BOTH');

-- CreateEnum
CREATE TYPE "AmendmentStatus" AS ENUM ('OPEN', 'ACCEPTED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "StancePosition" AS ENUM ('SUPPORT', 'OBJECT', 'ABSTAIN');

-- CreateEnum
CREATE TYPE "StanceState" AS ENUM ('PRIVATE', 'PROPOSED', 'OFFICIAL');

-- CreateEnum
CREATE TYPE "Alignment" AS ENUM ('IN_FAVOUR', 'AGAINST', 'NEUTRAL');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "audienceDelegationId" TEXT;

-- CreateTable
CREATE TABLE "PlanSection" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "key" TEXT,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategyObjective" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StrategyObjective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Clause" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "horizon" "ClauseHorizon" NOT NULL DEFAULT 'BOTH',
    "status" "ClauseStatus" NOT NULL DEFAULT 'PROPOSED',
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "industryCodes" TEXT[],
    "clusterIds" TEXT[],
    "objectiveIds" TEXT[],
    "position" INTEGER NOT NULL,
    "proposedById" TEXT NOT NULL,
    "proposedByDelegationId" TEXT,
    "agreedAt" TIMESTAMP(3),
    "agreedById" TEXT,
    "overrideReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Clause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClauseVersion" (
    "id" TEXT NOT NULL,
    "clauseId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "amendmentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClauseVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Amendment" (
    "id" TEXT NOT NULL,
    "clauseId" TEXT NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "rationale" TEXT NOT NULL DEFAULT '',
    "status" "AmendmentStatus" NOT NULL DEFAULT 'OPEN',
    "proposedById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Amendment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Stance" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "clauseId" TEXT NOT NULL,
    "clauseVersion" INTEGER NOT NULL,
    "amendmentId" TEXT,
    "delegationId" TEXT NOT NULL,
    "position" "StancePosition" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "state" "StanceState" NOT NULL,
    "recordedById" TEXT NOT NULL,
    "confirmedById" TEXT,
    "supersededAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Stance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "clauseId" TEXT NOT NULL,
    "amendmentId" TEXT,
    "parentId" TEXT,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "alignment" "Alignment",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanSection_workshopId_position_idx" ON "PlanSection"("workshopId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "StrategyObjective_workshopId_code_key" ON "StrategyObjective"("workshopId", "code");

-- CreateIndex
CREATE INDEX "Clause_workshopId_sectionId_position_idx" ON "Clause"("workshopId", "sectionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ClauseVersion_amendmentId_key" ON "ClauseVersion"("amendmentId");

-- CreateIndex
CREATE UNIQUE INDEX "ClauseVersion_clauseId_number_key" ON "ClauseVersion"("clauseId", "number");

-- CreateIndex
CREATE INDEX "Amendment_clauseId_status_idx" ON "Amendment"("clauseId", "status");

-- CreateIndex
CREATE INDEX "Stance_clauseId_clauseVersion_delegationId_idx" ON "Stance"("clauseId", "clauseVersion", "delegationId");

-- CreateIndex
CREATE INDEX "Comment_clauseId_createdAt_idx" ON "Comment"("clauseId", "createdAt");

-- AddForeignKey
ALTER TABLE "PlanSection" ADD CONSTRAINT "PlanSection_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyObjective" ADD CONSTRAINT "StrategyObjective_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clause" ADD CONSTRAINT "Clause_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Clause" ADD CONSTRAINT "Clause_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PlanSection"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClauseVersion" ADD CONSTRAINT "ClauseVersion_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Amendment" ADD CONSTRAINT "Amendment_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stance" ADD CONSTRAINT "Stance_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stance" ADD CONSTRAINT "Stance_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "Amendment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "Clause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_amendmentId_fkey" FOREIGN KEY ("amendmentId") REFERENCES "Amendment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
