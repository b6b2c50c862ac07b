-- CreateEnum
CREATE TYPE "AgendaStatus" AS ENUM ('PENDING', 'RUNNING', 'PAUSED', 'DONE');

-- CreateEnum
CREATE TYPE "AgendaLink" AS ENUM ('NONE', 'PHASE', 'CLAUSE', 'ANALYSIS', 'BALLOT');

-- CreateEnum
CREATE TYPE "SpotlightKind" AS ENUM ('CLAUSE', 'ANALYSIS', 'BALLOT');

-- CreateEnum
CREATE TYPE "QueueMode" AS ENUM ('FIFO', 'ALTERNATE');

-- CreateEnum
CREATE TYPE "JoinRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "plannedMinutes" INTEGER NOT NULL,
    "linkKind" "AgendaLink" NOT NULL DEFAULT 'NONE',
    "linkPhase" "Phase",
    "linkId" TEXT,
    "status" "AgendaStatus" NOT NULL DEFAULT 'PENDING',
    "elapsedMs" INTEGER NOT NULL DEFAULT 0,
    "extensionMs" INTEGER NOT NULL DEFAULT 0,
    "runningSince" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LiveSession" (
    "workshopId" TEXT NOT NULL,
    "currentItemId" TEXT,
    "spotlightKind" "SpotlightKind",
    "spotlightId" TEXT,
    "spotlightAt" TIMESTAMP(3),
    "queueMode" "QueueMode" NOT NULL DEFAULT 'FIFO',
    "floorMemberId" TEXT,
    "floorSince" TIMESTAMP(3),
    "speakingLimitSeconds" INTEGER,
    "speakerHistory" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "joinCode" TEXT,
    "joinCodeEnabled" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LiveSession_pkey" PRIMARY KEY ("workshopId")
);

-- CreateTable
CREATE TABLE "RaisedHand" (
    "workshopId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,
    "delegationId" TEXT,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RaisedHand_pkey" PRIMARY KEY ("workshopId","membershipId")
);

-- CreateTable
CREATE TABLE "FloorQuestion" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "authorMembershipId" TEXT NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "body" TEXT NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "hiddenAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FloorQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionVote" (
    "questionId" TEXT NOT NULL,
    "membershipId" TEXT NOT NULL,

    CONSTRAINT "QuestionVote_pkey" PRIMARY KEY ("questionId","membershipId")
);

-- CreateTable
CREATE TABLE "JoinRequest" (
    "id" TEXT NOT NULL,
    "workshopId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "JoinRequestStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JoinRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgendaItem_workshopId_position_idx" ON "AgendaItem"("workshopId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "LiveSession_joinCode_key" ON "LiveSession"("joinCode");

-- CreateIndex
CREATE INDEX "FloorQuestion_workshopId_idx" ON "FloorQuestion"("workshopId");

-- CreateIndex
CREATE UNIQUE INDEX "JoinRequest_workshopId_userId_key" ON "JoinRequest"("workshopId", "userId");

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LiveSession" ADD CONSTRAINT "LiveSession_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RaisedHand" ADD CONSTRAINT "RaisedHand_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FloorQuestion" ADD CONSTRAINT "FloorQuestion_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionVote" ADD CONSTRAINT "QuestionVote_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "FloorQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JoinRequest" ADD CONSTRAINT "JoinRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
