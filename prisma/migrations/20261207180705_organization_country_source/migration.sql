-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "contested_note" TEXT,
ADD COLUMN     "contested_rule" TEXT,
ADD COLUMN     "source_kind" TEXT,
ADD COLUMN     "source_reviewed_on" DATE,
ADD COLUMN     "source_url" TEXT;
