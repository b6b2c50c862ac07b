-- AlterTable
ALTER TABLE "DivisionPosition" ADD COLUMN     "envelopeLong" DECIMAL(24,4),
ADD COLUMN     "envelopeMedium" DECIMAL(24,4);
