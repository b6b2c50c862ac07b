-- AlterTable
ALTER TABLE "Clause" ADD COLUMN     "delegationIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "DivisionProposal" ADD COLUMN     "adoptedAt" TIMESTAMP(3),
ADD COLUMN     "adoptedClauseIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "adoptedRank" INTEGER;
