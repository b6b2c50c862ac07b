-- AlterTable
ALTER TABLE "AgendaItem" ADD COLUMN     "startsAt" TIMESTAMP(3);
