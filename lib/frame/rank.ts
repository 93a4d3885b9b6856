// The rank rules. The published rank's rule changes over the arena's history (ordinal on most dates up to
// 2025-02-05, a CI upper bound from 2025-02-06 and on 36 dates in mid-2024), so a series of it jumps without cause.
// The score rank is one rule on every date: the competition rank ("1224") by score within the population that counts.
// It is the same rule the HF adapter stores as that board's rank.
import { competitionRanks } from "@/lib/sources/competition-rank";

export const RANK_RULES = ["score", "published"] as const;
export type RankRule = (typeof RANK_RULES)[number];
export const DEFAULT_RANK_RULE: RankRule = "score";

export interface ScoreRanks {
  /** Competition rank by score among every row of the snapshot. */
  scoreRank: number;
  /** Competition rank by score among the official rows; null for rows that are not official. */
  scoreRankOfficial: number | null;
}

/**
 * The score ranks of one snapshot's rows, in the rows' order: among all rows, and among the official ones (the
 * population `official=true` ranks on boards that have the flag). Used by the frame and by the ranking table alike.
 */
export function scoreRanksOf(rows: readonly { score: number; official: boolean | null }[]): ScoreRanks[] {
  const all = competitionRanks(rows.map((r) => r.score));
  const officialAt = rows.flatMap((r, i) => (r.official === true ? [i] : []));
  const officialRanks = competitionRanks(officialAt.map((i) => rows[i].score));
  const out: ScoreRanks[] = all.map((scoreRank) => ({ scoreRank, scoreRankOfficial: null }));
  officialAt.forEach((i, k) => (out[i].scoreRankOfficial = officialRanks[k]));
  return out;
}

/** The rank one entry has under a rule, in the population chosen by `officialOnly`. */
export function rankUnder(
  rule: RankRule,
  officialOnly: boolean,
  e: { rank: number; rankOfficial: number | null } & ScoreRanks,
): number {
  // An official row always has an official rank; falling back keeps a malformed row visible rather than lost.
  if (rule === "published") return officialOnly ? (e.rankOfficial ?? e.rank) : e.rank;
  return officialOnly ? (e.scoreRankOfficial ?? e.scoreRank) : e.scoreRank;
}
