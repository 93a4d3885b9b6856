-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "uncertain" BOOLEAN NOT NULL DEFAULT false;
