// Metrics per country key per snapshot, as DESIGN.md "Metric definitions" states them. Pure: no database here.
import { countryLabel, countsFor, type CountryKey } from "@/lib/attribution/countries";
import type { BoardSlug } from "@/lib/boards";
import { bestRankRow, bestScoreRow, columnarOf, countOf, keyQuery, rankAt, topN, topNAll, type ColumnarFrame, type KeyQuery, type Population } from "./columnar";
import { type BoardFrame, type CountedEntry, type FrameSnapshot, type StandingsFilters } from "./frame";
import type { MetricKind } from "./metric-kinds";

export interface MetricValue {
  /** null where the metric is undefined (best-rank/best-score of a key with no entries; a share of an empty top n). */
  value: number | null;
  /** Key of the model that sets the value; for counts and shares the best-ranked counted model; null when none. */
  model: string | null;
}

export interface SeriesPoint extends MetricValue {
  date: string;
}

export interface Series {
  key: CountryKey;
  label: string;
  points: SeriesPoint[];
}

export interface SeriesQuery {
  metric: MetricKind;
  /** Top-n cut-off; read only by the top-n metrics. */
  n: number;
  countries: CountryKey[];
  from?: string;
  to?: string;
  filters: StandingsFilters;
}

/** Best rank first; equal ranks (competition ties) by higher score, then model key, so the choice is deterministic. */
export function compareByRank(a: CountedEntry, b: CountedEntry): number {
  return a.rank - b.rank || b.score - a.score || compareKeys(a.model, b.model);
}

/** Highest score first; equal scores by better rank, then model key. */
export function compareByScore(a: CountedEntry, b: CountedEntry): number {
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

/** One metric for one key at snapshot s of a columnar frame: the same definitions as `metricOf`, read from columns. */
export function metricAtIndex(p: Population, k: KeyQuery, s: number, metric: MetricKind, n: number): MetricValue {
  const f = p.frame;
  switch (metric) {
    case "best-rank": {
      const r = countOf(p, k, s) === 0 ? -1 : bestRankRow(p, k, s);
      return r === -1 ? { value: null, model: null } : { value: rankAt(p, r), model: f.modelKeys[f.model[r]] };
    }
    case "best-score": {
      const r = countOf(p, k, s) === 0 ? -1 : bestScoreRow(p, k, s);
      return r === -1 ? { value: null, model: null } : { value: f.score[r], model: f.modelKeys[f.model[r]] };
    }
    case "model-count": {
      const count = countOf(p, k, s);
      const r = count === 0 ? -1 : bestRankRow(p, k, s);
      return { value: count, model: r === -1 ? null : f.modelKeys[f.model[r]] };
    }
    case "top-n-count":
    case "top-n-share": {
      const t = topN(p, k, s, n);
      const model = t.first === -1 ? null : f.modelKeys[f.model[t.first]];
      if (metric === "top-n-count") return { value: t.mine, model };
      return { value: t.all > 0 ? t.mine / t.all : null, model };
    }
  }
}

/** One metric for one key at one snapshot. */
export function metricAt(
  board: BoardSlug,
  snapshot: FrameSnapshot,
  q: { metric: MetricKind; n: number; key: CountryKey; filters: StandingsFilters },
): MetricValue {
  const f = columnarOf({ board, snapshots: [snapshot] });
  const p = f.population(q.filters);
  return metricAtIndex(p, keyQuery(p, q.key), 0, q.metric, q.n);
}

/** The snapshot indices of a frame whose dates lie in [from, to] (dates ascend). */
export function indexRange(dates: readonly string[], from?: string, to?: string): [number, number] {
  const lower = (d: string) => {
    let lo = 0;
    let hi = dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dates[mid] < d) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = from === undefined ? 0 : lower(from);
  const end = to === undefined ? dates.length : lower(`${to}\uffff`);
  return [start, Math.max(start, end)];
}

/**
 * Series as columns: per key, its value and the setting model's index (frame.model's) per snapshot of
 * [start, end), NaN and -1 for null. What computeSeries returns as objects, without an object per point.
 */
export interface SeriesColumns {
  frame: ColumnarFrame;
  start: number;
  end: number;
  series: { key: CountryKey; label: string; value: Float64Array; model: Int32Array }[];
}

/** One series per requested key, in request order, as columns over the snapshots in [from, to]. */
export function computeSeriesColumns(frame: BoardFrame, q: SeriesQuery): SeriesColumns {
  const f = columnarOf(frame);
  const p = f.population(q.filters);
  const [start, end] = indexRange(f.dates, q.from, q.to);
  const series = q.countries.map((key) => ({ key, label: countryLabel(key), value: new Float64Array(end - start), model: new Int32Array(end - start) }));
  if (q.metric === "top-n-count" || q.metric === "top-n-share") {
    // One walk of each snapshot's top n serves every key.
    const keys = q.countries.map((key) => keyQuery(p, key));
    const mine = new Int32Array(keys.length);
    const first = new Int32Array(keys.length);
    for (let s = start; s < end; s++) {
      const all = topNAll(p, keys, s, q.n, mine, first);
      series.forEach((out, k) => {
        out.model[s - start] = first[k] === -1 ? -1 : f.model[first[k]];
        out.value[s - start] = q.metric === "top-n-count" ? mine[k] : all > 0 ? mine[k] / all : NaN;
      });
    }
    return { frame: f, start, end, series };
  }
  series.forEach((out) => {
    const k = keyQuery(p, out.key);
    for (let s = start; s < end; s++) {
      const m = metricRowAt(p, k, s, q.metric);
      out.value[s - start] = m.value;
      out.model[s - start] = m.row === -1 ? -1 : f.model[m.row];
    }
  });
  return { frame: f, start, end, series };
}

/** best-rank, best-score or model-count at snapshot s: the value (NaN = null) and the setting row (-1 = none). */
function metricRowAt(p: Population, k: KeyQuery, s: number, metric: MetricKind): { value: number; row: number } {
  const f = p.frame;
  switch (metric) {
    case "best-rank": {
      const r = countOf(p, k, s) === 0 ? -1 : bestRankRow(p, k, s);
      return { value: r === -1 ? NaN : rankAt(p, r), row: r };
    }
    case "best-score": {
      const r = countOf(p, k, s) === 0 ? -1 : bestScoreRow(p, k, s);
      return { value: r === -1 ? NaN : f.score[r], row: r };
    }
    case "model-count": {
      const count = countOf(p, k, s);
      return { value: count, row: count === 0 ? -1 : bestRankRow(p, k, s) };
    }
    default:
      throw new Error(`metric ${metric} is walked per snapshot's top n, not per key`);
  }
}

/** One series per requested key, in request order, with one point per snapshot date in [from, to]. */
export function computeSeries(frame: BoardFrame, q: SeriesQuery): Series[] {
  const { frame: f, start, series } = computeSeriesColumns(frame, q);
  return series.map(({ key, label, value, model }) => ({
    key,
    label,
    points: Array.from(value, (v, i) => ({ date: f.dates[start + i], value: Number.isNaN(v) ? null : v, model: model[i] === -1 ? null : f.modelKeys[model[i]] })),
  }));
}
