// A board's rows → a BoardFrame, with the score ranks computed per snapshot. Pure, and free of server-only imports,
// so the summary writer (./summary-store.ts), which runs in ingest and migrate scripts too, shares it with ./load-frame.ts.
import type { BoardSlug } from "@/lib/boards";
import type { BoardFrame, FrameSnapshot } from "./frame";
import { scoreRanksOf } from "./rank";

/** A frame plus what "data as of" lines need. */
export interface LoadedFrame extends BoardFrame {
  /** ISO timestamp of the newest snapshot's ingestion. */
  updatedAt: string | null;
  /** Newest snapshot date (YYYY-MM-DD). */
  asOf: string | null;
}

export interface FrameRow {
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
