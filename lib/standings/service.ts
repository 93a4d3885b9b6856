// The named reads behind API v1 and the pages. Standings, gap and the snapshot list read the pre-aggregated summary
// (./summary.ts), so a cold query costs O(snapshots × keys) rows, never the board's whole history. Each is served
// from the per-data-version caches in ./cache.ts: a warm call touches no database and recomputes nothing.
import "server-only";
import { BOARDS, type BoardSlug } from "@/lib/boards";
import { currentDataVersion, memo } from "./cache";
import { requireCategories } from "./category-list";
import { OVERALL } from "./categories";
import { gapFromLeaders } from "./gap";
import type { GapQuery, StandingsQuery } from "./query";
import { filtersOf } from "./shape";
import { ALL_KEY, comboOf, gapSidesFromSummary, seriesFromSummary } from "./summary";
import { readSummaryDates, readSummaryPoints, type SummaryDates } from "./summary-read";
import type { GapResponse, SnapshotListItem, StandingsResponse } from "./types";

export { getSnapshotTable } from "./snapshot-table";
export { getModelHistory } from "./model-history";
export { getOrganizations } from "./organizations";
export { currentDataVersion } from "./cache";

/** A cache key from parsed input: `format` only changes the serialization, so it is left out. */
export function queryKey(q: object): string {
  const { format: _format, ...rest } = q as Record<string, unknown>;
  return JSON.stringify(rest);
}

/** A category's snapshot dates on a board, once per data version. */
function summaryDates(board: BoardSlug, category: string, version: number): Promise<SummaryDates> {
  return memo(version, `summary-dates:${board}:${category}`, () => readSummaryDates(board, category));
}

export async function getStandings(q: StandingsQuery): Promise<StandingsResponse> {
  await requireCategories(q.board, { category: q.category });
  const version = await currentDataVersion();
  return memo(version, `standings:${queryKey(q)}`, async () => {
    const [meta, points] = await Promise.all([
      summaryDates(q.board, q.category, version),
      readSummaryPoints({
        board: q.board,
        category: q.category,
        combo: comboOf(q.board, q),
        rule: q.rank,
        n: q.n,
        keys: [...q.countries, ALL_KEY],
        from: q.from,
        to: q.to,
      }),
    ]);
    const series = seriesFromSummary(meta.dates, points, { metric: q.metric, n: q.n, countries: q.countries, from: q.from, to: q.to, filters: filtersOf(q) });
    return {
      board: q.board,
      category: q.category,
      metric: q.metric,
      n: q.n,
      attribution: q.attribution,
      license: q.license,
      official: q.official,
      series,
      updatedAt: meta.updatedAt,
      asOf: meta.asOf,
    };
  });
}

export async function getGap(q: GapQuery): Promise<GapResponse> {
  await requireCategories(q.board, { category: q.category });
  const version = await currentDataVersion();
  return memo(version, `gap:${queryKey(q)}`, async () => {
    // Every date, not only [from, to]: a lag looks back before the range. The gap compares scores, so the score rank.
    const [meta, points] = await Promise.all([
      summaryDates(q.board, q.category, version),
      readSummaryPoints({ board: q.board, category: q.category, combo: comboOf(q.board, q), rule: "score", n: 1, keys: [q.a, q.b] }),
    ]);
    const sides = gapSidesFromSummary(meta.dates, points, q.a, q.b);
    return {
      board: q.board,
      category: q.category,
      a: q.a,
      b: q.b,
      attribution: q.attribution,
      points: gapFromLeaders(q.board, sides, q),
      updatedAt: meta.updatedAt,
      asOf: meta.asOf,
    };
  });
}

/** The board's snapshots in a category (default overall), oldest first, with their entry counts in it. */
export async function listSnapshots(board: BoardSlug, category: string = OVERALL): Promise<SnapshotListItem[]> {
  await requireCategories(board, { category });
  const version = await currentDataVersion();
  const meta = await summaryDates(board, category, version);
  const official = BOARDS[board].hasOfficial;
  return meta.dates.map((date, i) => ({ date, entries: meta.entries[i], officialEntries: official ? meta.officialEntries[i] : null }));
}
