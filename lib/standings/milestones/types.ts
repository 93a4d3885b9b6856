// What a milestone is: its kinds, the entries it is found in, and the qualifiers every one carries (detect.ts).

export const MILESTONE_KINDS = ["first-top-n", "lead-change", "best-rank", "contested"] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export const TOP_CUTS = [1, 5, 10] as const;
export const LEAD_KEYS = ["US", "CN", "europe"] as const;
/** A lead that changes again within this many days is part of a contested period, not a lead change of its own. */
export const CONTESTED_WINDOW_DAYS = 30;

/** The organization a fine-tune's base model comes from, when it is not the model's own developer. */
export interface BaseOrigin {
  organization: string | null;
  /** ISO alpha-2. */
  country: string;
}

export interface MilestoneEntry {
  model: string;
  rank: number;
  score: number;
  /** ISO alpha-2 of the developer; null = unattributed. */
  country: string | null;
  /** 95% interval of the score, where the board publishes one. */
  ciLower?: number | null;
  ciUpper?: number | null;
  /** Set for a model built on another organization's base model. */
  base?: BaseOrigin | null;
}

export interface MilestoneSnapshot {
  date: string;
  /** Every entry that counts that day (the population the ranks are taken in). */
  entries: readonly MilestoneEntry[];
}

/** The model a milestone is measured against. */
export interface MilestoneRival {
  model: string;
  rank: number;
  score: number;
  /** ISO alpha-2 of its developer; null = unattributed. */
  country: string | null;
}

export interface MilestoneQualifiers {
  /** Models ranked on the board that day (the population counted). */
  boardSize: number;
  /** The milestone model's rank that day; null for a contested period. */
  rank: number | null;
  /**
   * first-top-n and best-rank: the best-placed model outside the threshold (below the cut, or below the new rank);
   * lead-change: the passed key's best-scoring model. Null when there is none (or for a contested period).
   */
  rival: MilestoneRival | null;
  /** Points ahead of the rival; null without one. */
  margin: number | null;
  /** Whether the two 95% intervals overlap (a statistical tie); null when either interval is unknown. */
  ciOverlap: boolean | null;
  /** True when the intervals overlap: the milestone is a tie, not a "first" or an overtaking. */
  tie: boolean;
  /** The first later snapshot date on which it no longer held; null while it still holds. */
  endedOn: string | null;
  /** Days it held: to endedOn, or to the board's newest snapshot while it still holds. */
  days: number;
  /** The base model's developer and country when the model is a fine-tune of another organization's model. */
  base: BaseOrigin | null;
}

/** A contested period: the lead changes of one pair that each flipped back within CONTESTED_WINDOW_DAYS. */
export interface MilestoneContest {
  /** The last change of the period: from then on the lead held CONTESTED_WINDOW_DAYS or more (or still holds). */
  until: string;
  changes: number;
  /** Who leads after the last change, until when (null: still) and for how many days. */
  leader: string;
  leaderEndedOn: string | null;
  leaderDays: number;
}

export interface Milestone {
  /** Stable: board, kind, keys and date. */
  id: string;
  kind: MilestoneKind;
  board: string;
  date: string;
  /** The country keys involved: one; for a lead change the new leader then the one it passed; for a contest the leader after it, then the other. */
  countries: string[];
  /** The model that made it happen (a contest: the model that leads after it). */
  model: string;
  /** first-top-n: the cut (1, 5, 10); best-rank: the new best rank; else null. */
  value: number | null;
  qualifiers: MilestoneQualifiers;
  contest: MilestoneContest | null;
  title: string;
  /**
   * Ids of the data caveats (lib/boards/data-caveats.ts) on a snapshot it rests on: the one it happened on, or the one
   * on which it ended (a contest: its last change, and the end of the lead after it). Empty for most.
   */
  caveats: string[];
}
