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

/** Up to `max` x-axis tick dates spread over the rows, always including the first and the last. */
export function timeTicks(rows: readonly ChartRow[], max: number): number[] {
  if (rows.length <= max) return rows.map((r) => r.t);
  const out: number[] = [];
  const step = (rows.length - 1) / (max - 1);
  for (let i = 0; i < max; i++) out.push(rows[Math.round(i * step)].t);
  return [...new Set(out)];
}
