-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "board" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "board_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "snapshot" (
    "id" SERIAL NOT NULL,
    "board_slug" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "source_ref" TEXT NOT NULL,
    "content_hash" CHAR(64) NOT NULL,
    "entry_count" INTEGER NOT NULL,
    "ingest_run_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "model" (
    "id" SERIAL NOT NULL,
    "board_slug" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organization" TEXT,
    "namespace" TEXT,
    "base_model" TEXT,
    "developer_org_id" INTEGER,
    "developer_why" TEXT,
    "base_org_id" INTEGER,
    "base_why" TEXT,

    CONSTRAINT "model_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "entry" (
    "snapshot_id" INTEGER NOT NULL,
    "model_id" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "rank_official" INTEGER,
    "score" DOUBLE PRECISION NOT NULL,
    "ci_lower" DOUBLE PRECISION,
    "ci_upper" DOUBLE PRECISION,
    "votes" INTEGER,
    "license" TEXT,
    "official" BOOLEAN,
    "extra" JSONB,

    CONSTRAINT "entry_pkey" PRIMARY KEY ("snapshot_id","model_id")
);

-- CreateTable
CREATE TABLE "organization" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "kind" TEXT NOT NULL,
    "aliases" TEXT[],
    "namespaces" TEXT[],
    "note" TEXT,

    CONSTRAINT "organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ingest_run" (
    "id" SERIAL NOT NULL,
    "board_slug" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "snapshots_added" INTEGER NOT NULL DEFAULT 0,
    "rows_seen" INTEGER NOT NULL DEFAULT 0,
    "rows_inserted" INTEGER NOT NULL DEFAULT 0,
    "rows_rejected" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "ingest_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "snapshot_board_slug_date_key" ON "snapshot"("board_slug", "date");

-- CreateIndex
CREATE INDEX "model_developer_org_id_idx" ON "model"("developer_org_id");

-- CreateIndex
CREATE INDEX "model_base_org_id_idx" ON "model"("base_org_id");

-- CreateIndex
CREATE UNIQUE INDEX "model_board_slug_key_key" ON "model"("board_slug", "key");

-- CreateIndex
CREATE INDEX "entry_model_id_snapshot_id_idx" ON "entry"("model_id", "snapshot_id");

-- CreateIndex
CREATE INDEX "entry_snapshot_id_rank_idx" ON "entry"("snapshot_id", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "organization_slug_key" ON "organization"("slug");

-- CreateIndex
CREATE INDEX "organization_country_idx" ON "organization"("country");

-- CreateIndex
CREATE INDEX "ingest_run_board_slug_started_at_idx" ON "ingest_run"("board_slug", "started_at");

-- AddForeignKey
ALTER TABLE "snapshot" ADD CONSTRAINT "snapshot_board_slug_fkey" FOREIGN KEY ("board_slug") REFERENCES "board"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "snapshot" ADD CONSTRAINT "snapshot_ingest_run_id_fkey" FOREIGN KEY ("ingest_run_id") REFERENCES "ingest_run"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model" ADD CONSTRAINT "model_board_slug_fkey" FOREIGN KEY ("board_slug") REFERENCES "board"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model" ADD CONSTRAINT "model_developer_org_id_fkey" FOREIGN KEY ("developer_org_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "model" ADD CONSTRAINT "model_base_org_id_fkey" FOREIGN KEY ("base_org_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entry" ADD CONSTRAINT "entry_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "entry" ADD CONSTRAINT "entry_model_id_fkey" FOREIGN KEY ("model_id") REFERENCES "model"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ingest_run" ADD CONSTRAINT "ingest_run_board_slug_fkey" FOREIGN KEY ("board_slug") REFERENCES "board"("slug") ON DELETE RESTRICT ON UPDATE CASCADE;
