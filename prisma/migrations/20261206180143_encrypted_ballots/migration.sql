-- AlterTable
ALTER TABLE "Ballot" ADD COLUMN     "encrypted" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "encryptedTally" JSONB,
ADD COLUMN     "publicKey" TEXT;

-- CreateTable
CREATE TABLE "BallotTrustee" (
    "ballotId" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "publicShare" TEXT NOT NULL,
    "proof" JSONB NOT NULL,
    "decryption" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BallotTrustee_pkey" PRIMARY KEY ("ballotId","delegationId")
);

-- CreateTable
CREATE TABLE "EncryptedVote" (
    "id" TEXT NOT NULL,
    "ballotId" TEXT NOT NULL,
    "position" SERIAL NOT NULL,
    "tracker" TEXT NOT NULL,
    "delegationId" TEXT NOT NULL,
    "voterKey" TEXT,
    "replacedBy" TEXT,
    "content" JSONB NOT NULL,

    CONSTRAINT "EncryptedVote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EncryptedVote_ballotId_voterKey_idx" ON "EncryptedVote"("ballotId", "voterKey");

-- CreateIndex
CREATE UNIQUE INDEX "EncryptedVote_ballotId_tracker_key" ON "EncryptedVote"("ballotId", "tracker");

-- AddForeignKey
ALTER TABLE "BallotTrustee" ADD CONSTRAINT "BallotTrustee_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EncryptedVote" ADD CONSTRAINT "EncryptedVote_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
