// What a chart over a long history draws: at most POINT_BUDGET dates. Ten years of daily snapshots are 3,650 dates, more
// than a chart 1,000 pixels wide can show (its markers alone would overlap eight times over) and, drawn at two widths
// with a data table each, about 10 MB of page. Above the budget the chart, its data table and the share menu's files
// keep one snapshot per calendar period, the coarsest of week, month, quarter or year that is still needed: the LAST
// snapshot of each period, so every point is a real snapshot with its real values and models (the row the API's CSV
// has for that date), and the newest snapshot is always among them. Nothing is averaged or invented. The API and its
// CSV stay complete (every snapshot date); narrowing the date range brings back the finer resolution.
//
// Pure: used by the page's loader (lib/view/load/dashboard.ts) for the first render and by the client's queries
// (lib/view/load/queries.ts) for later views, so both hold the same thinned data.
import type { GapResponse, StandingsResponse } from "@/lib/standings/types";

/** Most dates a time chart draws. The arena mirror's 110 dates (1×) stay whole; 3 years of daily snapshots go weekly. */
export const POINT_BUDGET = 200;

export const RESOLUTIONS = ["snapshot", "week", "month", "quarter", "year"] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** How a chart's dates were thinned: the resolution kept, the dates shown, and the snapshot dates in the data. */
export interface Thinning {
  resolution: Resolution;
  shown: number;
  total: number;
}

const DAY_MS = 86_400_000;

/**
 * The calendar period a date (YYYY-MM-DD) falls in: the date itself, its ISO week (Monday to Sunday, named by its
 * Monday), month, quarter or year.
 */
export function periodKey(date: string, resolution: Resolution): string {
  switch (resolution) {
    case "snapshot":
      return date;
    case "week": {
      // 1970-01-01 was a Thursday: day 0 + 3 lands on the Sunday that ends week 0 (which starts Monday 1969-12-29).
      const day = Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
      const monday = (Math.floor((day + 3) / 7) * 7 - 3) * DAY_MS;
      return new Date(monday).toISOString().slice(0, 10);
    }
    case "month":
      return date.slice(0, 7);
    case "quarter":
      return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
    case "year":
      return date.slice(0, 4);
  }
}

/**
 * The period as a number, for counting and grouping without building strings: days since 1970 for a snapshot, and
 * for weeks, months, quarters and years a running count of them. Same period, same number.
 */
function periodIndex(date: string, resolution: Resolution): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  switch (resolution) {
    case "snapshot":
      return Date.UTC(y, m - 1, Number(date.slice(8, 10))) / DAY_MS;
    case "week":
      // 1970-01-01 was a Thursday: day 0 + 3 lands on the Sunday that ends week 0 (which starts Monday 1969-12-29).
      return Math.floor((Date.UTC(y, m - 1, Number(date.slice(8, 10))) / DAY_MS + 3) / 7);
    case "month":
      return y * 12 + m - 1;
    case "quarter":
      return y * 4 + Math.floor((m - 1) / 3);
    case "year":
      return y;
  }
}

/** Distinct periods of ascending dates (consecutive dates of one period are adjacent). */
function periodCount(dates: readonly string[], resolution: Resolution): number {
  let count = 0;
  let last = NaN;
  for (const d of dates) {
    const index = periodIndex(d, resolution);
    if (index !== last) count++;
    last = index;
  }
  return count;
}

/** The finest resolution that keeps ascending, distinct `dates` within `budget` points ("year" if none does). */
export function chooseResolution(dates: readonly string[], budget = POINT_BUDGET): Resolution {
  if (dates.length <= budget) return "snapshot";
  for (const r of RESOLUTIONS.slice(1)) if (periodCount(dates, r) <= budget) return r;
  return "year";
}

/** The dates to keep: the last of each period, from ascending, distinct dates. */
export function lastOfEachPeriod(dates: readonly string[], resolution: Resolution): string[] {
  if (resolution === "snapshot") return [...dates];
  const out: string[] = [];
  for (let i = 0; i < dates.length; i++) {
    if (i === dates.length - 1 || periodIndex(dates[i], resolution) !== periodIndex(dates[i + 1], resolution))
      out.push(dates[i]);
  }
  return out;
}

/** The dates of some point lists, ascending and distinct. */
function unionOfDates(lists: readonly (readonly { date: string }[])[]): string[] {
  const set = new Set<string>();
  for (const points of lists) for (const p of points) set.add(p.date);
  return [...set].sort();
}

/**
 * Thins point lists that share one time axis (a chart's series) to the same dates: the last snapshot of each period
 * at the finest resolution within `budget`. Lists within budget come back as they are.
 */
export function thinSeries<S extends { points: readonly { date: string }[] }>(
  series: readonly S[],
  budget = POINT_BUDGET,
): { series: S[]; thinning: Thinning } {
  const dates = unionOfDates(series.map((s) => s.points));
  const resolution = chooseResolution(dates, budget);
  if (resolution === "snapshot")
    return { series: [...series], thinning: { resolution, shown: dates.length, total: dates.length } };
  const keep = new Set(lastOfEachPeriod(dates, resolution));
  return {
    series: series.map((s) => ({ ...s, points: s.points.filter((p) => keep.has(p.date)) })),
    thinning: { resolution, shown: keep.size, total: dates.length },
  };
}

/** The standings as the dashboard's chart, table and share files use them: thinned to the point budget. */
export type ChartStandings = StandingsResponse & { thinning: Thinning };
export type ChartGap = GapResponse & { thinning: Thinning };

// A warm service call hands back the same response object (lib/reads/memo.ts), so each is thinned once per
// data version, not on every page render.
const thinnedStandings = new WeakMap<StandingsResponse, ChartStandings>();
const thinnedGaps = new WeakMap<GapResponse, ChartGap>();

export function standingsForChart(data: StandingsResponse, budget = POINT_BUDGET): ChartStandings {
  const known = budget === POINT_BUDGET ? thinnedStandings.get(data) : undefined;
  if (known) return known;
  const { series, thinning } = thinSeries(data.series, budget);
  const out = { ...data, series, thinning };
  if (budget === POINT_BUDGET) thinnedStandings.set(data, out);
  return out;
}

export function gapForChart(data: GapResponse, budget = POINT_BUDGET): ChartGap {
  const known = budget === POINT_BUDGET ? thinnedGaps.get(data) : undefined;
  if (known) return known;
  const { series, thinning } = thinSeries([{ points: data.points }], budget);
  const out = { ...data, points: series[0].points, thinning };
  if (budget === POINT_BUDGET) thinnedGaps.set(data, out);
  return out;
}

const PERIOD_WORD: Record<Exclude<Resolution, "snapshot">, string> = {
  week: "week",
  month: "month",
  quarter: "quarter",
  year: "year",
};

/**
 * What a thinned chart says under it; null when it shows every snapshot date.
 * "One point per month (the last snapshot of each month): 120 of 3,650 snapshot dates. …"
 */
export function thinningNote(t: Thinning): string | null {
  if (t.resolution === "snapshot") return null;
  const word = PERIOD_WORD[t.resolution];
  return (
    `One point per ${word} (the last snapshot of each ${word}): ${t.shown.toLocaleString("en-US")} of ` +
    `${t.total.toLocaleString("en-US")} snapshot dates. Narrow the date range for more detail; the CSV link has every snapshot date.`
  );
}

/** The data table's caption ending: "per snapshot date", or "one row per month (the last snapshot of each)". */
export function thinningCaption(t: Thinning): string {
  return t.resolution === "snapshot"
    ? "per snapshot date"
    : `one row per ${PERIOD_WORD[t.resolution]} (the last snapshot of each)`;
}
