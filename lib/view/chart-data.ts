// Pure shaping and scale maths shared by both chart renderers (the server-rendered SVG and the interactive recharts one).

export interface ChartPoint {
  date: string;
  value: number | null;
  model: string | null;
}

export interface ChartSeries {
  key: string;
  label: string;
  points: ChartPoint[];
}

/** One row per date, as recharts wants it: `t` is the date as ms since epoch, values and models by series key. */
export interface ChartRow {
  date: string;
  t: number;
  values: Record<string, number | null>;
  models: Record<string, string | null>;
  /** Set on the empty row placed inside a data break, so lines stop there instead of bridging it. */
  gap?: DataBreak;
}

/**
 * Snapshots further apart than this are a break in the data, not a step in it: charts draw a gap, not a line. The
 * arena publishes every few days to weeks; its two long silences (37 days in late 2023, 165 days in 2025) are the
 * only stretches without a snapshot for 30 days or more, and 45 days clears its ordinary monthly cadence of 2023.
 */
export const BREAK_DAYS = 45;

export interface DataBreak {
  /** Last date before the break and first date after it (YYYY-MM-DD). */
  from: string;
  to: string;
  days: number;
}

/** The breaks longer than `thresholdDays` between consecutive rows. */
export function dataBreaks(rows: readonly ChartRow[], thresholdDays = BREAK_DAYS): DataBreak[] {
  const out: DataBreak[] = [];
  for (let i = 1; i < rows.length; i++) {
    const days = Math.round((rows[i].t - rows[i - 1].t) / 86_400_000);
    if (days > thresholdDays) out.push({ from: rows[i - 1].date, to: rows[i].date, days });
  }
  return out;
}

/** Rows with an all-null row in the middle of each break, so a renderer that stops lines at nulls stops there. */
export function withBreaks(rows: readonly ChartRow[], breaks: readonly DataBreak[]): ChartRow[] {
  if (breaks.length === 0) return [...rows];
  const out: ChartRow[] = [];
  for (const row of rows) {
    const gap = breaks.find((b) => b.to === row.date);
    if (gap) {
      const t = (dayMs(gap.from) + dayMs(gap.to)) / 2;
      const values = Object.fromEntries(Object.keys(row.values).map((k) => [k, null]));
      const models = Object.fromEntries(Object.keys(row.values).map((k) => [k, null]));
      out.push({ date: new Date(t).toISOString().slice(0, 10), t, values, models, gap });
    }
    out.push(row);
  }
  return out;
}

export function dayMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** Series of `{date, value}` → rows by date, ascending; a date missing from a series is null there. */
export function pivotSeries(series: readonly ChartSeries[]): ChartRow[] {
  const rows = new Map<string, ChartRow>();
  for (const s of series) {
    for (const p of s.points) {
      let row = rows.get(p.date);
      if (!row) rows.set(p.date, (row = { date: p.date, t: dayMs(p.date), values: {}, models: {} }));
      row.values[s.key] = p.value;
      row.models[s.key] = p.model;
    }
  }
  const out = [...rows.values()].sort((a, b) => a.t - b.t);
  for (const row of out) {
    for (const s of series) {
      if (!(s.key in row.values)) {
        row.values[s.key] = null;
        row.models[s.key] = null;
      }
    }
  }
  return out;
}

/** "Nice" round steps (1, 2, 2.5, 5 × 10^k) covering [min, max] with about `count` ticks. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) return [min];
  const raw = (max - min) / Math.max(1, count - 1);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toFixed(10)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toFixed(10)));
  return ticks;
}

export type ChartUnit = "rank" | "score" | "count" | "share";

/**
 * The y domain and its ticks. Ranks run from 1 (drawn at the top by the renderer) to the worst rank shown; shares and
 * counts start at 0; scores hug the data. `stacked` sums the series per date (stacked areas).
 */
export function yScale(
  rows: readonly ChartRow[],
  keys: readonly string[],
  unit: ChartUnit,
  { stacked = false, includeZero = false }: { stacked?: boolean; includeZero?: boolean } = {},
) {
  let lo = includeZero ? 0 : Infinity;
  let hi = includeZero ? 0 : -Infinity;
  let seen = false;
  for (const row of rows) {
    let sum = 0;
    for (const k of keys) {
      const v = row.values[k];
      if (v === null || v === undefined) continue;
      seen = true;
      sum += v;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (stacked) hi = Math.max(hi, sum);
  }
  if (!seen) return { domain: [0, 1] as [number, number], ticks: [0, 1] };
  if (unit === "share") {
    const top = stacked ? Math.min(1, Math.max(hi, 0.1)) : hi;
    const ticks = niceTicks(0, top, 5);
    return { domain: [0, ticks[ticks.length - 1]] as [number, number], ticks };
  }
  if (unit === "rank") {
    const ticks = niceTicks(1, Math.max(hi, 2), 5).filter((t) => t >= 1 && Number.isInteger(t));
    const worst = Math.max(hi, ticks[ticks.length - 1] ?? hi);
    return { domain: [1, worst] as [number, number], ticks: ticks.includes(1) ? ticks : [1, ...ticks] };
  }
  const min = unit === "count" ? Math.min(0, lo) : lo;
  const max = hi === min ? min + 1 : hi;
  const ticks = niceTicks(min, max, 5).filter((t) => unit !== "count" || Number.isInteger(t));
  return { domain: [ticks[0], ticks[ticks.length - 1]] as [number, number], ticks };
}
