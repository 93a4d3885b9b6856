// The scoreboard's rows (issue 25, item 4): for one board (and one category of it), who leads among the compared
// country keys now, the gap between the pair with its significance, the lag in months, each key's best score rank and
// the gap's trend over the board's dates. Pure, over one frame: every figure is read from the computations the rest
// of the site uses (the gap and lag of ./gap.ts, best-rank of ./metrics.ts, concentration of ./concentration.ts, the
// data caveats of lib/boards/data-caveats.ts), so a row says exactly what the board's dashboard says.
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { dataCaveatsOn } from "@/lib/boards/data-caveats";
import { countryLabel, type CountryKey } from "@/lib/core/countries";
import { columnarOf, type FrameInput } from "@/lib/frame/build";
import type { StandingsFilters } from "@/lib/frame/filters";
import { computeConcentration, type ConcentrationRun } from "./concentration";
import { concentrationOn } from "./concentration-text";
import { computeGap, type GapPoint, type Interval } from "./gap";
import { computeSeries } from "./metrics";

/** Days in a month, as the rest of the site counts them (lib/standings/format.ts `formatDays`). */
export const DAYS_PER_MONTH = 30.4375;
/** The top-n cut-off concentration flags are read at: the dashboard's default view. */
export const SCOREBOARD_TOP_N = 10;

/** One compared key on the row's date. */
export interface ScoreboardSide {
  key: CountryKey;
  label: string;
  /** Its best model's score, the model, and its best score rank (competition rank by score); null with no model. */
  score: number | null;
  model: string | null;
  bestRank: number | null;
}

/** The compared key with the highest best score on the row's date (a tie names the first of the keys asked). */
export interface ScoreboardLeader {
  key: CountryKey;
  label: string;
  model: string;
  score: number;
  /** Another compared key holds the same best score. */
  tied: boolean;
}

/** The gap between the pair on the row's date, from the side of whichever of the two leads. */
export interface ScoreboardGap {
  /** Which of the pair is ahead; null when either has no model. */
  leader: "a" | "b" | "tie" | null;
  /** best score of a − best score of b, in the board's points. */
  points: number | null;
  /** points ÷ b's best score × 100. */
  percent: number | null;
  /** The gap's 95% band from the two leaders' intervals, and whether it excludes 0; null where no CIs are published. */
  ci: Interval | null;
  significant: boolean | null;
  /**
   * How long ago the leading side first reached the trailing side's best score (lib/standings/gap.ts `lagDays`, seen
   * from the leader), in days and in months; null when the pair is level or either has no model.
   */
  lagDays: number | null;
  lagMonths: number | null;
  /** A known score-changing method change that lag spans, or null: such a lag compares two scales. */
  lagSpansChange: string | null;
  /** A data caveat on a snapshot the lag rests on, or null. */
  lagDataCaveat: string | null;
}

export interface ScoreboardTrendPoint {
  date: string;
  /** best score of a − best score of b on that date (null when either has none). */
  points: number | null;
  percent: number | null;
}

export interface ScoreboardRow {
  board: BoardSlug;
  category: string;
  /** The board's retirement date (it publishes no more), or null. */
  retiredOn: string | null;
  /** The row's date: the board's newest snapshot in this category; null when it has none. */
  asOf: string | null;
  leader: ScoreboardLeader | null;
  /** The pair first, then the other compared keys, in the order asked. */
  sides: ScoreboardSide[];
  gap: ScoreboardGap;
  trend: ScoreboardTrendPoint[];
  /** Concentration flags that hold on the row's date (a compared key's top-10 slots from one supplier). */
  concentration: ConcentrationRun[];
  /** Ids of the data caveats (lib/boards/data-caveats.ts) on the row's date. */
  caveats: string[];
}

export interface ScoreboardRowInput {
  a: CountryKey;
  b: CountryKey;
  /** Keys shown beside the pair (Europe by default); any that repeat the pair are dropped. */
  also: CountryKey[];
  category: string;
  filters: StandingsFilters;
}

/** The scoreboard's population on a board: every model, developer attribution, score rank, official rows where the board flags them (as the dashboard). */
export function scoreboardFilters(board: BoardSlug): StandingsFilters {
  return { attribution: "developer", license: "all", official: boardInfo(board).hasOfficial, rank: "score" };
}

/** The compared keys in order, each once: a, b, then `also`. */
export function comparedKeys(q: Pick<ScoreboardRowInput, "a" | "b" | "also">): CountryKey[] {
  return [...new Set([q.a, q.b, ...q.also])];
}

function gapOf(p: GapPoint | undefined): ScoreboardGap {
  if (!p)
    return {
      leader: null,
      points: null,
      percent: null,
      ci: null,
      significant: null,
      lagDays: null,
      lagMonths: null,
      lagSpansChange: null,
      lagDataCaveat: null,
    };
  // The lag is told from the leader's side: how long ago the leader stood where the trailer stands now.
  const aLeads = p.leader === "a";
  const bLeads = p.leader === "b";
  const lagDays = aLeads ? p.lagDays : bLeads ? p.reverseLagDays : null;
  return {
    leader: p.leader,
    points: p.absolute,
    percent: p.relative,
    ci: p.ci,
    significant: p.significant,
    lagDays,
    lagMonths: lagDays === null ? null : Math.round((lagDays / DAYS_PER_MONTH) * 10) / 10,
    lagSpansChange: lagDays === null ? null : aLeads ? p.lagSpansChange : p.reverseLagSpansChange,
    lagDataCaveat: lagDays === null ? null : aLeads ? p.lagDataCaveat : p.reverseLagDataCaveat,
  };
}

/** One scoreboard row for a board's frame in one category. */
export function scoreboardRow(frame: FrameInput, q: ScoreboardRowInput): ScoreboardRow {
  const f = columnarOf(frame);
  const board = f.board;
  const keys = comparedKeys(q);
  const asOf = f.dates.length ? f.dates[f.dates.length - 1] : null;
  const points = computeGap(f, { a: q.a, b: q.b, filters: q.filters });
  const last = asOf === null ? undefined : points[points.length - 1];

  const at = asOf ?? undefined;
  const score = computeSeries(f, {
    metric: "best-score",
    n: SCOREBOARD_TOP_N,
    countries: keys,
    from: at,
    to: at,
    filters: q.filters,
  });
  const rank = computeSeries(f, {
    metric: "best-rank",
    n: SCOREBOARD_TOP_N,
    countries: keys,
    from: at,
    to: at,
    filters: q.filters,
  });
  const sides: ScoreboardSide[] = keys.map((key, i) => ({
    key,
    label: countryLabel(key),
    score: score[i].points[0]?.value ?? null,
    model: score[i].points[0]?.model ?? null,
    bestRank: rank[i].points[0]?.value ?? null,
  }));

  let leader: ScoreboardLeader | null = null;
  for (const s of sides) {
    if (s.score === null || s.model === null) continue;
    if (leader === null || s.score > leader.score)
      leader = { key: s.key, label: s.label, model: s.model, score: s.score, tied: false };
    else if (s.score === leader.score) leader.tied = true;
  }

  const concentration =
    asOf === null
      ? []
      : concentrationOn(
          computeConcentration(f, { n: SCOREBOARD_TOP_N, countries: keys, from: asOf, to: asOf, filters: q.filters }),
          asOf,
        );

  return {
    board,
    category: q.category,
    retiredOn: boardInfo(board).retiredOn,
    asOf,
    leader,
    sides,
    gap: gapOf(last),
    trend: points.map((p) => ({ date: p.date, points: p.absolute, percent: p.relative })),
    concentration,
    caveats: asOf === null ? [] : dataCaveatsOn(board, asOf).map((c) => c.id),
  };
}

/** GET /api/v1/scoreboard's answer. */
export interface ScoreboardResponse {
  a: CountryKey;
  b: CountryKey;
  also: CountryKey[];
  /** Whether each board's categories have rows of their own (after its overall row). */
  categories: boolean;
  /** The rows' population: developer attribution, every licence, score rank, official rows where a board flags them. */
  attribution: "developer";
  rank: "score";
  /** One row per stored board (in list order), each followed by its categories' rows when asked. */
  rows: ScoreboardRow[];
  /** The newest ingestion among the boards, and the newest row date. */
  updatedAt: string | null;
  asOf: string | null;
}

/** The newest of some dates or timestamps (ISO text sorts by time), or null. */
function newest(xs: readonly (string | null)[]): string | null {
  return xs.reduce<string | null>((m, x) => (x !== null && (m === null || x > m) ? x : m), null);
}

/** The row of one (board, category) frame, in the scoreboard's population for that board. */
export function scoreboardRowOf(
  frame: FrameInput,
  category: string,
  q: Pick<ScoreboardRowInput, "a" | "b" | "also">,
): ScoreboardRow {
  return scoreboardRow(frame, { a: q.a, b: q.b, also: q.also, category, filters: scoreboardFilters(frame.board) });
}

/** The answer from its rows (in order) and the ingestion times of the frames they were read from. */
export function scoreboardResponse(
  q: { a: CountryKey; b: CountryKey; also: CountryKey[]; categories: boolean },
  rows: ScoreboardRow[],
  updatedAt: readonly (string | null)[],
): ScoreboardResponse {
  return {
    a: q.a,
    b: q.b,
    also: q.also,
    categories: q.categories,
    attribution: "developer",
    rank: "score",
    rows,
    updatedAt: newest(updatedAt),
    asOf: newest(rows.map((r) => r.asOf)),
  };
}
