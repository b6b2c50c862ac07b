-- AlterTable
ALTER TABLE "IndustryBaseline" ADD COLUMN     "exports" DECIMAL(24,4);
