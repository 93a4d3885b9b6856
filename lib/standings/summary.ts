// The standings summary: per (snapshot, category, filter combination, country key), everything a standings metric, the
// gap and the snapshot list read, pre-aggregated when the snapshot is written or re-attributed. Built here, from a
// snapshot's frame, with the very rules the frame path uses (`population`, `compareByRank`, `compareByScore`), and read
// back by `seriesFromSummary` / `gapSidesFromSummary`, so both paths give the same answers (tests/unit/standings
// summary.test.ts checks every filter combination). Pure: no database here (./summary-store.ts writes, ./summary-read.ts
// reads).
import { countryLabel, EUROPE, type CountryKey } from "@/lib/attribution/countries";
import type { BoardSlug } from "@/lib/boards";
import {
  ATTRIBUTION_MODES,
  boardHasOfficial,
  inRange,
  LICENSE_FILTERS,
  population,
  type AttributionMode,
  type CountedEntry,
  type FrameSnapshot,
  type LicenseFilter,
} from "./frame";
import { compareByRank, compareByScore, type MetricValue, type Series, type SeriesQuery } from "./metrics";
import type { RankRule } from "./rank";

/** The largest top-n cut-off the API takes (query.ts MAX_N): ranks above it are never counted, so never stored. */
export const SUMMARY_TOP = 100;
/** The whole population's key: share denominators and entry counts. */
export const ALL_KEY = "*";

export interface SummaryCombo {
  attribution: AttributionMode;
  license: LicenseFilter;
  official: boolean;
}

/** The population that counts on every date (and lists the snapshot's dates): developer, all licences, all rows. */
export const MARKER_COMBO: SummaryCombo = { attribution: "developer", license: "all", official: false };

export interface SummaryRow extends SummaryCombo {
  category: string;
  key: string;
  models: number;
  bestRankS: number | null;
  bestRankSModel: string | null;
  bestRankP: number | null;
  bestRankPModel: string | null;
  bestScore: number | null;
  bestScoreSModel: string | null;
  bestScorePModel: string | null;
  /** CI of the entry that sets the best score under the score rank (the gap's leader). */
  bestScoreCiLower: number | null;
  bestScoreCiUpper: number | null;
  topRanksS: number[];
  topRanksP: number[];
}

/** The filter combinations a board has: `official=true` only where rows carry the flag (elsewhere it is `false`'s). */
export function combosOf(board: BoardSlug): SummaryCombo[] {
  const officials = boardHasOfficial(board) ? [false, true] : [false];
  return ATTRIBUTION_MODES.flatMap((attribution) =>
    LICENSE_FILTERS.flatMap((license) => officials.map((official) => ({ attribution, license, official }))),
  );
}

/** The combination a query reads: `official` folds to false on boards without the flag, as `population` does. */
export function comboOf(board: BoardSlug, f: SummaryCombo): SummaryCombo {
  return { attribution: f.attribution, license: f.license, official: f.official && boardHasOfficial(board) };
}

/** The summary keys an entry of `country` (null = unattributed) counts for besides `*`: its code and its group. */
export function keysOfCountry(country: string | null): string[] {
  if (country === null) return ["unknown"];
  if (country === "US" || country === "CN") return [country];
  return [country, EUROPE.has(country) ? "europe" : "other"];
}

function first(entries: CountedEntry[], compare: (a: CountedEntry, b: CountedEntry) => number): CountedEntry | null {
  let best: CountedEntry | null = null;
  for (const e of entries) if (best === null || compare(e, best) < 0) best = e;
  return best;
}

const topRanks = (entries: CountedEntry[]) => entries.flatMap((e) => (e.rank <= SUMMARY_TOP ? [e.rank] : [])).sort((a, b) => a - b);

/** Every summary row of one snapshot in one category. */
export function summarizeSnapshot(board: BoardSlug, snapshot: FrameSnapshot, category: string): SummaryRow[] {
  const byModel = new Map(snapshot.entries.map((e) => [e.model, e]));
  const rows: SummaryRow[] = [];
  for (const combo of combosOf(board)) {
    // The license and official filters do not depend on the rank rule, so both populations hold the same entries
    // in the same order; only their ranks differ.
    const popS = population(board, snapshot, { ...combo, rank: "score" });
    const popP = population(board, snapshot, { ...combo, rank: "published" });
    const groups = new Map<string, number[]>([[ALL_KEY, []]]);
    popS.forEach((e, i) => {
      groups.get(ALL_KEY)!.push(i);
      for (const key of keysOfCountry(e.country)) {
        const g = groups.get(key);
        if (g) g.push(i);
        else groups.set(key, [i]);
      }
    });
    for (const [key, at] of groups) {
      const marker = key === ALL_KEY && combo.attribution === "developer" && combo.license === "all" && !combo.official;
      if (at.length === 0 && !marker) continue;
      const s = at.map((i) => popS[i]);
      const p = at.map((i) => popP[i]);
      const rankS = first(s, compareByRank);
      const rankP = first(p, compareByRank);
      const scoreS = first(s, compareByScore);
      const scoreP = first(p, compareByScore);
      const leader = scoreS ? byModel.get(scoreS.model) : undefined;
      rows.push({
        category,
        ...combo,
        key,
        models: at.length,
        bestRankS: rankS?.rank ?? null,
        bestRankSModel: rankS?.model ?? null,
        bestRankP: rankP?.rank ?? null,
        bestRankPModel: rankP?.model ?? null,
        bestScore: scoreS?.score ?? null,
        bestScoreSModel: scoreS?.model ?? null,
        bestScorePModel: scoreP?.model ?? null,
        bestScoreCiLower: leader?.ciLower ?? null,
        bestScoreCiUpper: leader?.ciUpper ?? null,
        topRanksS: topRanks(s),
        topRanksP: topRanks(p),
      });
    }
  }
  return rows;
}

/**
 * One summary row as a standings read returns it: the rank rule already applied and the top-n ranks already
 * counted for the query's n (the SQL does both; `pickRule` does the same in memory).
 */
export interface SummaryPoint {
  date: string;
  key: string;
  models: number;
  bestRank: number | null;
  bestRankModel: string | null;
  bestScore: number | null;
  bestScoreModel: string | null;
  ciLower: number | null;
  ciUpper: number | null;
  /** How many of the key's entries have rank ≤ n. */
  topN: number;
}

/** A stored row read under a rank rule and an n: what ./summary-read.ts selects in SQL. */
export function pickRule(date: string, row: SummaryRow, rule: RankRule, n: number): SummaryPoint {
  const s = rule === "score";
  return {
    date,
    key: row.key,
    models: row.models,
    bestRank: s ? row.bestRankS : row.bestRankP,
    bestRankModel: s ? row.bestRankSModel : row.bestRankPModel,
    bestScore: row.bestScore,
    bestScoreModel: s ? row.bestScoreSModel : row.bestScorePModel,
    ciLower: row.bestScoreCiLower,
    ciUpper: row.bestScoreCiUpper,
    topN: (s ? row.topRanksS : row.topRanksP).filter((r) => r <= n).length,
  };
}

/** `metricOf` over a summary: the key's row (absent when the key has no entries) and the population's `*` row. */
export function metricFromSummary(row: SummaryPoint | undefined, all: SummaryPoint | undefined, metric: SeriesQuery["metric"], n: number): MetricValue {
  switch (metric) {
    case "best-rank":
      return { value: row?.bestRank ?? null, model: row?.bestRankModel ?? null };
    case "best-score":
      return { value: row?.bestScore ?? null, model: row?.bestScoreModel ?? null };
    case "model-count":
      return { value: row?.models ?? 0, model: row?.bestRankModel ?? null };
    case "top-n-count":
    case "top-n-share": {
      const top = row?.topN ?? 0;
      // The best-ranked counted model is in the top n exactly when its rank is ≤ n.
      const model = row && row.bestRank !== null && row.bestRank <= n ? row.bestRankModel : null;
      if (metric === "top-n-count") return { value: top, model };
      const denominator = all?.topN ?? 0;
      return { value: denominator > 0 ? top / denominator : null, model };
    }
  }
}

/** Summary points indexed by date and key. */
export function indexPoints(points: readonly SummaryPoint[]): Map<string, SummaryPoint> {
  return new Map(points.map((p) => [`${p.date}|${p.key}`, p]));
}

/** `computeSeries` over a summary: `dates` are the category's snapshot dates, ascending. */
export function seriesFromSummary(dates: readonly string[], points: readonly SummaryPoint[], q: SeriesQuery): Series[] {
  const at = indexPoints(points);
  const series: Series[] = q.countries.map((key) => ({ key, label: countryLabel(key), points: [] }));
  for (const date of dates) {
    if (!inRange(date, q.from, q.to)) continue;
    const all = at.get(`${date}|${ALL_KEY}`);
    for (const s of series) s.points.push({ date, ...metricFromSummary(at.get(`${date}|${s.key}`), all, q.metric, q.n) });
  }
  return series;
}

/** One side of a gap at one date: the key's best score, its model, and that entry's CI. */
export interface GapLeader {
  value: number | null;
  model: string | null;
  ciLower: number | null;
  ciUpper: number | null;
}

/** The gap's two leaders on every date (the gap reads the score rank); absent keys have none. */
export function gapSidesFromSummary(dates: readonly string[], points: readonly SummaryPoint[], a: CountryKey, b: CountryKey) {
  const at = indexPoints(points);
  const side = (p: SummaryPoint | undefined): GapLeader =>
    p ? { value: p.bestScore, model: p.bestScoreModel, ciLower: p.ciLower, ciUpper: p.ciUpper } : { value: null, model: null, ciLower: null, ciUpper: null };
  return dates.map((date) => ({ date, a: side(at.get(`${date}|${a}`)), b: side(at.get(`${date}|${b}`)) }));
}
