// Gap and lag between two country keys on one board (DESIGN.md "gap(a, b)" and "lag(a, b)").
//
// Caveat, documented rather than corrected: lag compares scores across dates, and arena ratings are not on one scale
// over time. The 2025-11-05 / 11-06 / 12-11 ratings sit about 19–33 points above the 2025-05-24 ones for the same old
// models (see the data mirror's README, "Scale shift"). Across that gap a later score looks higher than an equal
// earlier one, so lags that reach back over it come out too long or null. Ranks do not have this problem.
import type { CountryKey } from "@/lib/core/countries";
import { bestScoreRow, countOf, keyQuery, type KeyQuery } from "@/lib/frame/walkers";
import { columnarOf, type FrameInput } from "@/lib/frame/build";
import { type Population } from "@/lib/frame/frame";
import { daysBetween } from "@/lib/core/dates";
import { type StandingsFilters } from "@/lib/frame/filters";
import { indexRange } from "./metrics";
import { scoreChangesBetween } from "@/lib/boards/method-changes";
import { dataCaveatsOn } from "@/lib/boards/data-caveats";

export interface GapSide {
  /** The key's best score at the date; null when it has no counted entries. */
  score: number | null;
  model: string | null;
}

/** A 95% interval. */
export interface Interval {
  low: number;
  high: number;
}

export interface GapPoint {
  date: string;
  a: GapSide;
  b: GapSide;
  /** best-score(a) − best-score(b); null when either side has none. */
  absolute: number | null;
  /** absolute ÷ best-score(b) × 100; null when absolute is null or b's score is 0. */
  relative: number | null;
  /**
   * lag(a, b): days since `a` first reached, on this board and under the same filters, the best score `b` holds at
   * this date. Positive: b is where a was that many days ago (b trails a). 0: a reached it only now. null: a has
   * never reached it (a is behind; read `reverseLagDays`), or b has no score.
   */
  lagDays: number | null;
  /** lag(b, a), the same measure the other way round, so a chart can say "a trails b by X days". */
  reverseLagDays: number | null;
  /**
   * The id of a known score-changing method change (lib/boards/method-changes.ts) that `lagDays` spans, or null. Such
   * a lag compares scores on two scales: read it with care.
   */
  lagSpansChange: string | null;
  /** The same for `reverseLagDays`. */
  reverseLagSpansChange: string | null;
  /** Which key holds the higher best score; null when either has none. */
  leader: "a" | "b" | "tie" | null;
  /**
   * The absolute gap's interval from the two leaders' 95% CIs: [a.low − b.high, a.high − b.low]. null unless both
   * leaders' CIs are known.
   */
  ci: Interval | null;
  /**
   * Whether the two leaders' 95% CIs are disjoint (the gap's interval excludes 0); false when they overlap, a
   * statistical tie. null unless both CIs are known.
   */
  significant: boolean | null;
  /**
   * The id of a data caveat (lib/boards/data-caveats.ts) on a snapshot `lagDays` rests on, or null: the snapshot on
   * which a first reached the score, or this one. A lag from or to a snapshot that holds an older board than its date
   * is off by the difference.
   */
  lagDataCaveat: string | null;
  /** The same for `reverseLagDays`. */
  reverseLagDataCaveat: string | null;
}

/**
 * The gap's interval and whether it is significant, by the overlap rule: two leaders are apart when their 95% CIs do
 * not overlap. Interval arithmetic makes the band and the flag agree: the band excludes 0 exactly when the CIs are
 * disjoint. The rule is conservative (two overlapping 95% CIs can still differ at the 5% level), which is the
 * honest side to err on for a headline claim. CIs that touch count as overlapping.
 */
export function gapInterval(
  a: Interval | null,
  b: Interval | null,
): { ci: Interval | null; significant: boolean | null } {
  if (!a || !b) return { ci: null, significant: null };
  const ci = { low: a.low - b.high, high: a.high - b.low };
  return { ci, significant: ci.low > 0 || ci.high < 0 };
}

/** A row's CI, or null unless both bounds are known. */
function intervalOf(p: Population, row: number): Interval | null {
  const { ciLower, ciUpper } = p.frame;
  if (row === -1 || !ciLower || !ciUpper) return null;
  const low = ciLower[row];
  const high = ciUpper[row];
  return Number.isNaN(low) || Number.isNaN(high) ? null : { low, high };
}

/** What `computeGap` needs: the parsed API query (query.ts `GapQuery`) reduced to keys, range and filters. */
export interface GapInput {
  a: CountryKey;
  b: CountryKey;
  from?: string;
  to?: string;
  filters: StandingsFilters;
}

/**
 * Days since the first date (at or before index `at`) whose running best of `bests` reached `target`; `days` are
 * the dates as whole days from the first one.
 * `runningMax` is non-decreasing, so the first such date is found by binary search.
 */
function lagAt(days: number[], runningMax: (number | null)[], at: number, target: number | null): number | null {
  const from = lagStart(runningMax, at, target);
  return from === null ? null : days[at] - days[from];
}

/** The index of the first date whose running best reached `target`, or null. */
function lagStart(runningMax: (number | null)[], at: number, target: number | null): number | null {
  if (target === null) return null;
  let lo = 0;
  let hi = at + 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = runningMax[mid];
    if (m !== null && m >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo <= at ? lo : null;
}

/** The first score-changing method change a lag from index `from` to `at` spans, or null. */
function spannedChange(
  board: string,
  dates: string[],
  runningMax: (number | null)[],
  at: number,
  target: number | null,
): string | null {
  const from = lagStart(runningMax, at, target);
  return from === null ? null : (scoreChangesBetween(board, dates[from], dates[at])[0]?.id ?? null);
}

/** A data caveat on either end of a lag from index `from` to `at`, or null (also when there is no lag). */
function restingCaveat(
  board: string,
  dates: string[],
  runningMax: (number | null)[],
  at: number,
  target: number | null,
): string | null {
  const from = lagStart(runningMax, at, target);
  if (from === null) return null;
  return (dataCaveatsOn(board, dates[from])[0] ?? dataCaveatsOn(board, dates[at])[0])?.id ?? null;
}

function runningMaxOf(values: (number | null)[]): (number | null)[] {
  let max: number | null = null;
  return values.map((v) => (max = v !== null && (max === null || v > max) ? v : max));
}

/**
 * One gap point per snapshot date in [from, to]. Lag looks back over every snapshot of the board, including those
 * before `from`, since a may have reached b's score long before the range starts.
 */
export function computeGap(frame: FrameInput, q: GapInput): GapPoint[] {
  const f = columnarOf(frame);
  const p = f.population(q.filters);
  const dates = f.dates;
  const best = (k: KeyQuery, s: number) => (countOf(p, k, s) === 0 ? -1 : bestScoreRow(p, k, s));
  const ka = keyQuery(p, q.a);
  const kb = keyQuery(p, q.b);
  const aRows = dates.map((_, s) => best(ka, s));
  const bRows = dates.map((_, s) => best(kb, s));
  const scoreOf = (row: number) => (row === -1 ? null : f.score[row]);
  const modelOf = (row: number) => (row === -1 ? null : f.modelKeys[f.model[row]]);
  const days = dates.map((d) => daysBetween(dates[0], d));
  const aMax = runningMaxOf(aRows.map(scoreOf));
  const bMax = runningMaxOf(bRows.map(scoreOf));

  const points: GapPoint[] = [];
  const [start, end] = indexRange(dates, q.from, q.to);
  for (let i = start; i < end; i++) {
    const a = { value: scoreOf(aRows[i]), model: modelOf(aRows[i]) };
    const b = { value: scoreOf(bRows[i]), model: modelOf(bRows[i]) };
    const absolute = a.value !== null && b.value !== null ? a.value - b.value : null;
    const relative = absolute !== null && b.value ? (absolute / b.value) * 100 : null;
    points.push({
      date: dates[i],
      a: { score: a.value, model: a.model },
      b: { score: b.value, model: b.model },
      absolute,
      relative,
      lagDays: lagAt(days, aMax, i, b.value),
      reverseLagDays: lagAt(days, bMax, i, a.value),
      lagSpansChange: spannedChange(f.board, dates, aMax, i, b.value),
      reverseLagSpansChange: spannedChange(f.board, dates, bMax, i, a.value),
      leader: absolute === null ? null : absolute > 0 ? "a" : absolute < 0 ? "b" : "tie",
      ...gapInterval(intervalOf(p, aRows[i]), intervalOf(p, bRows[i])),
      lagDataCaveat: restingCaveat(f.board, dates, aMax, i, b.value),
      reverseLagDataCaveat: restingCaveat(f.board, dates, bMax, i, a.value),
    });
  }
  return points;
}
