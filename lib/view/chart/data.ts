// Pure shaping and scale maths shared by both chart renderers (the server-rendered SVG and the interactive recharts one).

export interface ChartPoint {
  date: string;
  value: number | null;
  model: string | null;
  /** More text for the tooltip (the gap chart: both leaders, the % and the lag). */
  note?: string | null;
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
  /** Tooltip notes by series key, where the series has them. */
  notes?: Record<string, string | null>;
  /** Set on the empty row placed inside a data break, so lines stop there instead of bridging it. */
  gap?: DataBreak;
}

/**
 * Two snapshots further apart than BREAK_DAYS, and than BREAK_CADENCE times the series' median interval, are a break
 * in the data, not a step in it: charts draw a gap, not a line. The arena publishes every few days (median 7 days),
 * so its 165-day silence of 2025 breaks; its 37-day interval of late 2023 was its ordinary monthly cadence then and
 * does not. The cadence factor keeps a sparse board (monthly revisions, or a half-yearly sample) drawn as a line.
 */
export const BREAK_DAYS = 45;
export const BREAK_CADENCE = 3;

export interface DataBreak {
  /** Last date before the break and first date after it (YYYY-MM-DD). */
  from: string;
  to: string;
  days: number;
}

/** The breaks between consecutive rows: longer than `minDays` and than BREAK_CADENCE × the median interval. */
export function dataBreaks(rows: readonly ChartRow[], minDays = BREAK_DAYS): DataBreak[] {
  const gaps = rows.slice(1).map((r, i) => Math.round((r.t - rows[i].t) / 86_400_000));
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)];
  const threshold = Math.max(minDays, BREAK_CADENCE * median);
  const out: DataBreak[] = [];
  gaps.forEach((days, i) => {
    if (days > threshold) out.push({ from: rows[i].date, to: rows[i + 1].date, days });
  });
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
      if (p.note) (row.notes ??= {})[s.key] = p.note;
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
