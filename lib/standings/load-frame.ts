// Reads one board's whole history into a BoardFrame: every entry of every snapshot, with the developer's and the
// base organization's country, in one query. Cached per data version by ./cache.ts, so this runs rarely.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { BoardSlug } from "@/lib/boards";
import { OVERALL } from "./categories";
import type { BoardFrame, FrameSnapshot } from "./frame";
import { scoreRanksOf } from "./rank";

/** A frame plus what "data as of" lines need. */
export interface LoadedFrame extends BoardFrame {
  /** ISO timestamp of the newest snapshot's ingestion. */
  updatedAt: string | null;
  /** Newest snapshot date (YYYY-MM-DD). */
  asOf: string | null;
}

interface FrameRow {
  date: string;
  created_at: Date;
  model: string | null;
  rank: number | null;
  rank_official: number | null;
  score: number | null;
  ci_lower?: number | null;
  ci_upper?: number | null;
  official: boolean | null;
  license: string | null;
  country_developer: string | null;
  country_base: string | null;
}

/** Rows arrive ordered by date, so snapshots are cut where the date changes. */
export function rowsToFrame(board: BoardSlug, rows: FrameRow[]): LoadedFrame {
  const snapshots: FrameSnapshot[] = [];
  let updated = 0;
  for (const r of rows) {
    let last = snapshots.at(-1);
    if (!last || last.date !== r.date) snapshots.push((last = { date: r.date, entries: [] }));
    updated = Math.max(updated, r.created_at.getTime());
    // A snapshot without entries still yields a row (LEFT JOIN) so it keeps its date.
    if (r.model === null || r.rank === null || r.score === null) continue;
    last.entries.push({
      scoreRank: 0,
      scoreRankOfficial: null,
      model: r.model,
      rank: r.rank,
      rankOfficial: r.rank_official,
      score: r.score,
      ciLower: r.ci_lower ?? null,
      ciUpper: r.ci_upper ?? null,
      official: r.official,
      license: r.license,
      countryDeveloper: r.country_developer?.trim() || null,
      countryBase: r.country_base?.trim() || null,
    });
  }
  for (const s of snapshots) {
    scoreRanksOf(s.entries).forEach((ranks, i) => Object.assign(s.entries[i], ranks));
  }
  return {
    board,
    snapshots,
    updatedAt: updated > 0 ? new Date(updated).toISOString() : null,
    asOf: snapshots.at(-1)?.date ?? null,
  };
}

/**
 * One board's frame in one prompt category. `overall` reads `entry` (every snapshot, so a snapshot without entries
 * keeps its date); another category reads `category_entry`, and only the snapshots that have it, so a series does not
 * show "no models" on dates before the category existed.
 */
export async function loadFrame(board: BoardSlug, category: string = OVERALL): Promise<LoadedFrame> {
  if (category !== OVERALL) {
    const rows = await prisma().$queryRaw<FrameRow[]>(Prisma.sql`
      SELECT to_char(s.date, 'YYYY-MM-DD') AS date, s.created_at,
             m.key AS model, c.rank, NULL::int AS rank_official, c.score, c.ci_lower, c.ci_upper, NULL::bool AS official,
             c.license, dev.country AS country_developer, base.country AS country_base
      FROM snapshot s
      JOIN category_entry c ON c.snapshot_id = s.id AND c.category = ${category}
      JOIN model m ON m.id = c.model_id
      LEFT JOIN organization dev ON dev.id = m.developer_org_id
      LEFT JOIN organization base ON base.id = m.base_org_id
      WHERE s.board_slug = ${board}
      ORDER BY s.date, c.rank, m.key`);
    return rowsToFrame(board, rows);
  }
  const rows = await prisma().$queryRaw<FrameRow[]>(Prisma.sql`
    SELECT to_char(s.date, 'YYYY-MM-DD') AS date, s.created_at,
           m.key AS model, e.rank, e.rank_official, e.score, e.ci_lower, e.ci_upper, e.official, e.license,
           dev.country AS country_developer, base.country AS country_base
    FROM snapshot s
    LEFT JOIN entry e ON e.snapshot_id = s.id
    LEFT JOIN model m ON m.id = e.model_id
    LEFT JOIN organization dev ON dev.id = m.developer_org_id
    LEFT JOIN organization base ON base.id = m.base_org_id
    WHERE s.board_slug = ${board}
    ORDER BY s.date, e.rank, m.key`);
  return rowsToFrame(board, rows);
}
