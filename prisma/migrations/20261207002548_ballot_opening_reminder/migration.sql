-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'BALLOT_OPENING';
