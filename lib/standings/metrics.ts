// Metrics per country key per snapshot, as DESIGN.md "Metric definitions" states them, computed over the columnar
// frame: the one implementation (the definitions over entry objects, `metricOf`, are the tests' oracle in
// tests/unit/standings/oracle.ts). Pure: no database here.
import { countryLabel, type CountryKey } from "@/lib/core/countries";
import { bestRankRow, bestScoreRow, countOf, keyQuery, rankAt, topNAll, type KeyQuery } from "@/lib/frame/walkers";
import { columnarOf, type FrameInput } from "@/lib/frame/build";
import { type ColumnarFrame, type Population } from "@/lib/frame/frame";
import type { StandingsFilters } from "@/lib/frame/filters";
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
export function computeSeriesColumns(frame: FrameInput, q: SeriesQuery): SeriesColumns {
  const f = columnarOf(frame);
  const p = f.population(q.filters);
  const [start, end] = indexRange(f.dates, q.from, q.to);
  const series = q.countries.map((key) => ({
    key,
    label: countryLabel(key),
    value: new Float64Array(end - start),
    model: new Int32Array(end - start),
  }));
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
export function computeSeries(frame: FrameInput, q: SeriesQuery): Series[] {
  const { frame: f, start, series } = computeSeriesColumns(frame, q);
  return series.map(({ key, label, value, model }) => ({
    key,
    label,
    points: Array.from(value, (v, i) => ({
      date: f.dates[start + i],
      value: Number.isNaN(v) ? null : v,
      model: model[i] === -1 ? null : f.modelKeys[model[i]],
    })),
  }));
}
