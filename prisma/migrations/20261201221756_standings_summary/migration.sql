-- CreateTable
CREATE TABLE "standings_summary" (
    "snapshot_id" INTEGER NOT NULL,
    "board_slug" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "category" TEXT NOT NULL,
    "attribution" TEXT NOT NULL,
    "license" TEXT NOT NULL,
    "official" BOOLEAN NOT NULL,
    "key" TEXT NOT NULL,
    "models" INTEGER NOT NULL,
    "best_rank_s" INTEGER,
    "best_rank_s_model" TEXT,
    "best_rank_p" INTEGER,
    "best_rank_p_model" TEXT,
    "best_score" DOUBLE PRECISION,
    "best_score_s_model" TEXT,
    "best_score_p_model" TEXT,
    "best_score_ci_lower" DOUBLE PRECISION,
    "best_score_ci_upper" DOUBLE PRECISION,
    "top_ranks_s" INTEGER[],
    "top_ranks_p" INTEGER[],

    CONSTRAINT "standings_summary_pkey" PRIMARY KEY ("board_slug","category","attribution","license","official","key","date")
);

-- CreateIndex
CREATE INDEX "standings_summary_snapshot_id_idx" ON "standings_summary"("snapshot_id");

-- AddForeignKey
ALTER TABLE "standings_summary" ADD CONSTRAINT "standings_summary_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "snapshot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
