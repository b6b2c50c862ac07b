-- CreateEnum
CREATE TYPE "BallotMethod" AS ENUM ('PLURALITY', 'APPROVAL', 'SCORE', 'BORDA', 'IRV', 'SCHULZE');

-- CreateEnum
CREATE TYPE "BallotWeighting" AS ENUM ('PER_VOTER', 'PER_DELEGATION');

-- CreateEnum
CREATE TYPE "ResultsVisibility" AS ENUM ('LIVE', 'AFTER_CLOSE');

-- CreateEnum
CREATE TYPE "BallotStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "TieBreak" AS ENUM ('NONE', 'EARLIEST_PROPOSAL');

-- CreateTable
CREATE TABLE "BrandProposal" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "nameEn" TEXT,
    "nameZh" TEXT,
    "industryCode" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "clusterId" TEXT,
    "proposedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BrandProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrandSponsor" (
    "proposalId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "joinedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BrandSponsor_pkey" PRIMARY KEY ("proposalId","delegationId")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "method" "BallotMethod" NOT NULL,
    "weighting" "BallotWeighting" NOT NULL DEFAULT 'PER_VOTER',
    "secret" BOOLEAN NOT NULL DEFAULT true,
    "resultsVisibility" "ResultsVisibility" NOT NULL DEFAULT 'AFTER_CLOSE',
    "status" "BallotStatus" NOT NULL DEFAULT 'DRAFT',
    "opensAt" TIMESTAMP(3),
    "closesAt" TIMESTAMP(3),
    "openedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "quorum" DECIMAL(4,3),
    "regionWideThreshold" DECIMAL(4,3),
    "conflictOfInterest" BOOLEAN NOT NULL DEFAULT false,
    "tieBreak" "TieBreak" NOT NULL DEFAULT 'NONE',
    "eligibleAtClose" JSONB,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BallotOption" (
    "ballotId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "BallotOption_pkey" PRIMARY KEY ("ballotId","proposalId")
);

-- CreateTable
CREATE TABLE "BallotParticipation" (
    "ballotId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "votedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BallotParticipation_pkey" PRIMARY KEY ("ballotId","membershipId")
);

-- CreateTable
CREATE TABLE "Vote" (
    "id" TEXT NOT NULL,
    "ballotId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "membershipId" TEXT,
    "voterKey" TEXT,
    "content" JSONB NOT NULL,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BrandProposal_workshopId_nameEn_key" ON "BrandProposal"("workshopId", "nameEn");

-- CreateIndex
CREATE UNIQUE INDEX "BrandProposal_workshopId_nameZh_key" ON "BrandProposal"("workshopId", "nameZh");

-- CreateIndex
CREATE INDEX "Ballot_workshopId_idx" ON "Ballot"("workshopId");

-- CreateIndex
CREATE INDEX "Vote_ballotId_idx" ON "Vote"("ballotId");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_ballotId_membershipId_key" ON "Vote"("ballotId", "membershipId");

-- CreateIndex
CREATE UNIQUE INDEX "Vote_ballotId_voterKey_key" ON "Vote"("ballotId", "voterKey");

-- AddForeignKey
ALTER TABLE "BrandProposal" ADD CONSTRAINT "BrandProposal_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandProposal" ADD CONSTRAINT "BrandProposal_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "CityCluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandSponsor" ADD CONSTRAINT "BrandSponsor_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "BrandProposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotOption" ADD CONSTRAINT "BallotOption_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotOption" ADD CONSTRAINT "BallotOption_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "BrandProposal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BallotParticipation" ADD CONSTRAINT "BallotParticipation_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
