-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "hash" TEXT;

-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN     "lastEventHash" TEXT;
