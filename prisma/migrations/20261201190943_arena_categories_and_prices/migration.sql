-- DropForeignKey
ALTER TABLE "ingest_run" DROP CONSTRAINT "ingest_run_board_slug_fkey";

-- AlterTable (edited by hand: existing runs were all board runs, so their source is their board)
ALTER TABLE "ingest_run" ADD COLUMN     "source" TEXT,
ALTER COLUMN "board_slug" DROP NOT NULL;
UPDATE "ingest_run" SET "source" = "board_slug";
ALTER TABLE "ingest_run" ALTER COLUMN "source" SET NOT NULL;

-- CreateTable
CREATE TABLE "category_entry" (
    "snapshot_id" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "model_id" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "ci_lower" DOUBLE PRECISION,
    "ci_upper" DOUBLE PRECISION,
    "votes" INTEGER,
    "license" TEXT,

    CONSTRAINT "category_entry_pkey" PRIMARY KEY ("snapshot_id","category","model_id")
);

-- CreateTable
CREATE TABLE "price_snapshot" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "source_ref" TEXT NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "entry_count" INTEGER NOT NULL,
    "ingest_run_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "price_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "price" (
    "price_snapshot_id" INTEGER NOT NULL,
    "model_key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organization" TEXT,
    "license" TEXT,
    "input_price" DOUBLE PRECISION,
    "output_price" DOUBLE PRECISION,
    "price_source" TEXT,
    "model_source" TEXT,
    "hidden" BOOLEAN,

    CONSTRAINT "price_pkey" PRIMARY KEY ("price_snapshot_id","model_key")
);

-- CreateIndex
CREATE INDEX "category_entry_model_id_idx" ON "category_entry"("model_id");

-- CreateIndex
CREATE UNIQUE INDEX "price_snapshot_source_date_key" ON "price_snapshot"("source", "date");

-- CreateIndex
CREATE INDEX "price_model_key_idx" ON "price"("model_key");

-- CreateIndex
CREATE INDEX "ingest_run_source_started_at_idx" ON "ingest_run"("source", "started_at");

-- AddForeignKey
ALTER TABLE "category_entry" ADD CONSTRAINT "category_entry_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "category_entry" ADD CONSTRAINT "category_entry_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "price_snapshot" ADD CONSTRAINT "price_snapshot_ingest_run_id_fkey" FOREIGN KEY ("ingest_run_id") REFERENCES "ingest_run"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "price" ADD CONSTRAINT "price_price_snapshot_id_fkey" FOREIGN KEY ("price_snapshot_id") REFERENCES "price_snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ingest_run" ADD CONSTRAINT "ingest_run_board_slug_fkey" FOREIGN KEY ("board_slug") REFERENCES "board"("slug") ON DELETE SET NULL ON UPDATE CASCADE;
