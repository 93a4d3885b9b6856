// Price lens: arena score against blended price per million tokens, each country's price-performance frontier, and per
// country over time the cheapest model within X points of the board's top score. Pure: frames and prices in.
import { countryLabel, countsFor, type CountryKey } from "@/lib/core/countries";
import type { CountedEntry } from "@/lib/frame/walkers";
import type { StandingsFilters } from "@/lib/frame/filters";
import { snapshotsIn } from "./counted";
import type { FrameInput } from "@/lib/frame/build";

/** USD per million tokens for one model key. */
export interface ModelPrice {
  model: string;
  input: number;
  output: number;
}

/**
 * The blended price of a million tokens at 3 input tokens to 1 output token, a common mix for chat traffic:
 * (3 × input + output) / 4, rounded to a millionth of a dollar so that float noise never shows.
 */
export function blendedPrice(input: number, output: number): number {
  return Math.round(((3 * input + output) / 4) * 1e6) / 1e6;
}

export interface PricePoint {
  model: string;
  /** Developer's (or base) country per the attribution mode; null = unattributed. */
  country: string | null;
  score: number;
  rank: number;
  input: number;
  output: number;
  blended: number;
}

/** The counted entries of one snapshot (`countedEntries`) that have a price, cheapest first. */
export function pricedEntries(pop: readonly CountedEntry[], prices: ReadonlyMap<string, ModelPrice>): PricePoint[] {
  const out: PricePoint[] = [];
  for (const e of pop) {
    const p = prices.get(e.model);
    if (!p) continue;
    out.push({
      model: e.model,
      country: e.country,
      score: e.score,
      rank: e.rank,
      input: p.input,
      output: p.output,
      blended: blendedPrice(p.input, p.output),
    });
  }
  return out.sort(
    (x, y) => x.blended - y.blended || y.score - x.score || (x.model < y.model ? -1 : x.model > y.model ? 1 : 0),
  );
}

/**
 * The price-performance frontier of a set of points: the models no cheaper-or-equal model beats on score. Walking
 * from the cheapest, a model is on the frontier when its score is above every cheaper one's. Cheapest first.
 */
export function priceFrontier<T extends { blended: number; score: number; model: string }>(points: readonly T[]): T[] {
  const sorted = [...points].sort(
    (a, b) => a.blended - b.blended || b.score - a.score || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0),
  );
  const out: T[] = [];
  let best = -Infinity;
  for (const p of sorted) {
    if (p.score > best) {
      out.push(p);
      best = p.score;
    }
  }
  return out;
}

export interface CheapestPoint {
  date: string;
  /** The price table used at this date; null: no price table on or before it (no data, not "no model"). */
  priceDate: string | null;
  /** Blended price of the cheapest of the key's priced models within `within` points of the top; null when none. */
  value: number | null;
  model: string | null;
  score: number | null;
  /** The board's top score at the date (every counted entry, priced or not). */
  top: number | null;
}

export interface CheapestSeries {
  key: CountryKey;
  label: string;
  points: CheapestPoint[];
}

/**
 * Per key and date: the cheapest priced model whose score is within `within` points of the board's top score at that
 * date (the top is taken over every counted entry, priced or not, so it is the real top). Ties on price go to the
 * higher score, then the model key. A date with no price table (`tableFor` gives null) has no value and no model.
 */
export function cheapestWithin(
  frame: FrameInput,
  tableFor: (date: string) => PriceTableAt | null,
  q: { countries: CountryKey[]; within: number; from?: string; to?: string; filters: StandingsFilters },
): CheapestSeries[] {
  const series: CheapestSeries[] = q.countries.map((key) => ({ key, label: countryLabel(key), points: [] }));
  for (const { date, pop } of snapshotsIn(frame, q)) {
    const top = pop.reduce<number | null>((m, e) => (m === null || e.score > m ? e.score : m), null);
    const table = tableFor(date);
    const priced = table ? pricedEntries(pop, table.prices) : [];
    for (const s of series) {
      const hit =
        top === null ? undefined : priced.find((p) => countsFor(p.country, s.key) && p.score >= top - q.within);
      s.points.push({
        date,
        priceDate: table?.date ?? null,
        value: hit?.blended ?? null,
        model: hit?.model ?? null,
        score: hit?.score ?? null,
        top,
      });
    }
  }
  return series;
}

/**
 * How a stored price table was dated: `commit`, by the commit of its version upstream (the table's history);
 * `read`, by the day it was read from the current table (when the history could not be read).
 */
export type PriceDating = "commit" | "read";

/** A price table as observed on one date. */
export interface PriceTableAt {
  date: string;
  datedBy: PriceDating;
  prices: ReadonlyMap<string, ModelPrice>;
}

/**
 * The price table to use for an arena date: the newest on or before it. Before the first table there is no price
 * (null), so a date never takes a price from its future. The one exception keeps the view working without the
 * history: when no stored table is dated by a commit (only current tables, read on some day), the oldest of them
 * stands for every earlier date, and the view says that today's prices are applied to those dates.
 */
export function priceTableFor(tables: readonly PriceTableAt[], date: string): PriceTableAt | null {
  let found: PriceTableAt | null = null;
  for (const t of tables) if (t.date <= date && (found === null || t.date > found.date)) found = t;
  if (found) return found;
  if (hasPriceHistory(tables)) return null;
  for (const t of tables) if (found === null || t.date < found.date) found = t;
  return found;
}

/** Whether the stored tables include the table's history (versions dated by their commits). */
export function hasPriceHistory(tables: readonly PriceTableAt[]): boolean {
  return tables.some((t) => t.datedBy === "commit");
}
