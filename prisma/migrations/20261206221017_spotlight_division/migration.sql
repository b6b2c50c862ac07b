-- AlterEnum
ALTER TYPE "SpotlightKind" ADD VALUE 'DIVISION';
