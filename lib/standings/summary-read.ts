// Reads the standings summary (./summary.ts): a query touches O(snapshots × keys) rows through the primary key,
// whatever the number of entries per snapshot, and never holds a board's history in memory.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BoardSlug } from "@/lib/boards";
import { prisma } from "@/lib/db";
import type { RankRule } from "./rank";
import { ALL_KEY, MARKER_COMBO, type SummaryCombo, type SummaryPoint } from "./summary";

/** A category's snapshots on a board, oldest first, with what the snapshot list and "data as of" lines need. */
export interface SummaryDates {
  dates: string[];
  /** Entries per snapshot (the whole population), in `dates` order. */
  entries: number[];
  /** Official entries per snapshot, in `dates` order (0 where none; only meaningful on boards with the flag). */
  officialEntries: number[];
  /** ISO timestamp of the newest of these snapshots' ingestion. */
  updatedAt: string | null;
  asOf: string | null;
}

export async function readSummaryDates(board: BoardSlug, category: string): Promise<SummaryDates> {
  const rows = await prisma().$queryRaw<{ date: string; entries: number; official: number | null; created: Date }[]>(Prisma.sql`
    SELECT to_char(ss.date, 'YYYY-MM-DD') AS date, ss.models AS entries, o.models AS official, s.created_at AS created
    FROM standings_summary ss
    JOIN snapshot s ON s.id = ss.snapshot_id
    LEFT JOIN standings_summary o ON o.board_slug = ss.board_slug AND o.category = ss.category AND o.attribution = ss.attribution
      AND o.license = ss.license AND o.official AND o.key = ss.key AND o.date = ss.date
    WHERE ss.board_slug = ${board} AND ss.category = ${category} AND ss.attribution = ${MARKER_COMBO.attribution}
      AND ss.license = ${MARKER_COMBO.license} AND ss.official = ${MARKER_COMBO.official} AND ss.key = ${ALL_KEY}
    ORDER BY ss.date`);
  let updated = 0;
  for (const r of rows) updated = Math.max(updated, r.created.getTime());
  return {
    dates: rows.map((r) => r.date),
    entries: rows.map((r) => r.entries),
    officialEntries: rows.map((r) => r.official ?? 0),
    updatedAt: updated > 0 ? new Date(updated).toISOString() : null,
    asOf: rows.at(-1)?.date ?? null,
  };
}

export interface SummaryRead {
  board: BoardSlug;
  category: string;
  combo: SummaryCombo;
  rule: RankRule;
  /** Top-n cut-off counted into `topN` (1…100). */
  n: number;
  keys: readonly string[];
  from?: string;
  to?: string;
}

/**
 * The summary rows of the keys (add ALL_KEY for share denominators) under one combination, rule and n. PostgreSQL
 * returns them as one JSON array of arrays: decoding thousands of rows cell by cell in the driver cost more than the
 * query itself.
 */
export async function readSummaryPoints(q: SummaryRead): Promise<SummaryPoint[]> {
  const score = q.rule === "score";
  const rows = await prisma().$queryRaw<{ points: string }[]>(Prisma.sql`
    SELECT coalesce(json_agg(json_build_array(
             to_char(date, 'YYYY-MM-DD'), key, models,
             ${score ? Prisma.sql`best_rank_s` : Prisma.sql`best_rank_p`},
             ${score ? Prisma.sql`best_rank_s_model` : Prisma.sql`best_rank_p_model`},
             best_score,
             ${score ? Prisma.sql`best_score_s_model` : Prisma.sql`best_score_p_model`},
             best_score_ci_lower, best_score_ci_upper,
             (SELECT count(*) FROM unnest(${score ? Prisma.sql`top_ranks_s` : Prisma.sql`top_ranks_p`}) r WHERE r <= ${q.n})
           )), '[]')::text AS points
    FROM standings_summary
    WHERE board_slug = ${q.board} AND category = ${q.category} AND attribution = ${q.combo.attribution}
      AND license = ${q.combo.license} AND official = ${q.combo.official} AND key = ANY(${[...q.keys]}::text[])
      ${q.from ? Prisma.sql`AND date >= ${q.from}::date` : Prisma.empty}
      ${q.to ? Prisma.sql`AND date <= ${q.to}::date` : Prisma.empty}`);
  type Cells = [string, string, number, number | null, string | null, number | null, string | null, number | null, number | null, number];
  return (JSON.parse(rows[0].points) as Cells[]).map(([date, key, models, bestRank, bestRankModel, bestScore, bestScoreModel, ciLower, ciUpper, topN]) => ({
    date, key, models, bestRank, bestRankModel, bestScore, bestScoreModel, ciLower, ciUpper, topN,
  }));
}

/** Whether the board has a snapshot on the date in the category (overall: any snapshot). */
export async function hasSummarySnapshot(board: BoardSlug, category: string, date: string): Promise<boolean> {
  const rows = await prisma().$queryRaw<{ one: number }[]>(Prisma.sql`
    SELECT 1 AS one FROM standings_summary
    WHERE board_slug = ${board} AND category = ${category} AND attribution = ${MARKER_COMBO.attribution}
      AND license = ${MARKER_COMBO.license} AND official = ${MARKER_COMBO.official} AND key = ${ALL_KEY} AND date = ${date}::date`);
  return rows.length > 0;
}
