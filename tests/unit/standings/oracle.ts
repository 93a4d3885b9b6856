// The entry filter and the metric definitions over entry objects (DESIGN.md "Metric definitions"), written as plainly
// as they read: the reference the columnar implementation (lib/frame/, metrics.ts) is held to
// (columnar.test.ts), as stored-rows.ts is for the ranking table. Not app code: the app counts entries and computes
// every metric from the frame's columns.
import { countsFor, type CountryKey } from "@/lib/core/countries";
import type { BoardSlug } from "@/lib/boards/info";
import { boardHasOfficial, type StandingsFilters } from "@/lib/frame/filters";
import { type BoardFrame, type FrameEntry, type FrameSnapshot } from "@/lib/frame/objects";
import { type CountedEntry } from "@/lib/frame/walkers";
import { OFFICIAL_NULL, type ColumnarFrame } from "@/lib/frame/frame";
import { entryLicenseClass } from "@/lib/boards/license";
import { rankUnder, type ScoreRanks } from "@/lib/frame/rank";
import type { MetricKind } from "@/lib/standings/metric-kinds";
import { computeSeries, type MetricValue } from "@/lib/standings/metrics";

/** The fields of a row that decide whether it counts and what rank it has; frame entries and table rows both have them. */
export interface RankedRow extends ScoreRanks {
  rank: number;
  rankOfficial: number | null;
  official: boolean | null;
  license: string | null;
}

/**
 * The one entry filter, shared by the metrics (`population`) and the ranking table: the row's rank under the filters,
 * or null when the row does not count. `official` on a board with the flag defines the ranked population; the license
 * filter only drops rows, so ranks are never renumbered by it.
 */
export function countedRank(
  board: BoardSlug,
  row: RankedRow,
  filters: Omit<StandingsFilters, "attribution">,
): number | null {
  const officialOnly = filters.official && boardHasOfficial(board);
  if (officialOnly && row.official !== true) return null;
  if (filters.license !== "all" && entryLicenseClass(board, row.license) !== filters.license) return null;
  return rankUnder(filters.rank, officialOnly, row);
}

/** The entries of a snapshot that count under the filters, across every country, with the rank the metrics use. */
export function population(board: BoardSlug, snapshot: FrameSnapshot, filters: StandingsFilters): CountedEntry[] {
  const out: CountedEntry[] = [];
  for (const e of snapshot.entries) {
    const rank = countedRank(board, e, filters);
    if (rank === null) continue;
    const country = filters.attribution === "base" ? e.countryBase : e.countryDeveloper;
    out.push({ model: e.model, rank, score: e.score, country });
  }
  return out;
}

/** Best rank first; equal ranks (competition ties) by higher score, then model key, so the choice is deterministic. */
function compareByRank(a: CountedEntry, b: CountedEntry): number {
  return a.rank - b.rank || b.score - a.score || compareKeys(a.model, b.model);
}

/** Highest score first; equal scores by better rank, then model key. */
function compareByScore(a: CountedEntry, b: CountedEntry): number {
  return b.score - a.score || a.rank - b.rank || compareKeys(a.model, b.model);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function first(entries: CountedEntry[], compare: (a: CountedEntry, b: CountedEntry) => number): CountedEntry | null {
  let best: CountedEntry | null = null;
  for (const e of entries) if (best === null || compare(e, best) < 0) best = e;
  return best;
}

/**
 * One metric for one key over a population that already passed the filters (see `population`).
 *
 * top-n-share's denominator is every entry of the same population with rank ≤ n: every country, unknown included,
 * under the same license/official filters. So the shares of US, CN, europe, other and unknown sum to 1, and a share
 * says "of the open models in the top n, how many are American", not "of all models". It is null when no counted
 * entry has rank ≤ n (e.g. license=proprietary on a board whose top n is all open).
 */
export function metricOf(pop: CountedEntry[], key: CountryKey, metric: MetricKind, n: number): MetricValue {
  const mine = pop.filter((e) => countsFor(e.country, key));
  switch (metric) {
    case "best-rank": {
      const e = first(mine, compareByRank);
      return { value: e?.rank ?? null, model: e?.model ?? null };
    }
    case "best-score": {
      const e = first(mine, compareByScore);
      return { value: e?.score ?? null, model: e?.model ?? null };
    }
    case "model-count":
      return { value: mine.length, model: first(mine, compareByRank)?.model ?? null };
    case "top-n-count":
    case "top-n-share": {
      const top = mine.filter((e) => e.rank <= n);
      const model = first(top, compareByRank)?.model ?? null;
      if (metric === "top-n-count") return { value: top.length, model };
      const denominator = pop.reduce((k, e) => (e.rank <= n ? k + 1 : k), 0);
      return { value: denominator > 0 ? top.length / denominator : null, model };
    }
  }
}

/** One metric for one key at one snapshot, computed by the app's implementation on a one-snapshot frame. */
export function metricAt(
  board: BoardSlug,
  snapshot: FrameSnapshot,
  q: { metric: MetricKind; n: number; key: CountryKey; filters: StandingsFilters },
): MetricValue {
  const [series] = computeSeries(
    { board, snapshots: [snapshot] },
    { metric: q.metric, n: q.n, countries: [q.key], filters: q.filters },
  );
  const [point] = series.points;
  return { value: point.value, model: point.model };
}

/** Row r of a columnar frame as the entry object it was built from (the oracle's input shape). */
function entryAt(f: ColumnarFrame, r: number): FrameEntry {
  const m = f.model[r];
  const ro = f.rankOfficial ? f.rankOfficial[r] : f.officialNil;
  const sro = f.scoreRankOfficial ? f.scoreRankOfficial[r] : f.officialNil;
  const off = f.official ? f.official[r] : OFFICIAL_NULL;
  const lo = f.ciLower ? f.ciLower[r] : NaN;
  const hi = f.ciUpper ? f.ciUpper[r] : NaN;
  return {
    model: f.modelKeys[m],
    rank: f.rank[r],
    rankOfficial: ro === f.officialNil ? null : ro,
    scoreRank: f.scoreRank[r],
    scoreRankOfficial: sro === f.officialNil ? null : sro,
    score: f.score[r],
    ciLower: Number.isNaN(lo) ? null : lo,
    ciUpper: Number.isNaN(hi) ? null : hi,
    official: off === OFFICIAL_NULL ? null : off === 1,
    license: f.licenses[f.license[r]],
    countryDeveloper: f.countries[f.modelDev[m]],
    countryBase: f.countries[f.modelBase[m]],
  };
}

/** A columnar frame as objects, one entry per row in stored (score) order: what the oracle and the tests read. */
export function objectView(f: ColumnarFrame): BoardFrame {
  return {
    board: f.board,
    snapshots: f.dates.map((date, s) => {
      const entries: FrameEntry[] = [];
      for (let r = f.offsets[s]; r < f.offsets[s + 1]; r++) entries.push(entryAt(f, r));
      return { date, entries };
    }),
  };
}
