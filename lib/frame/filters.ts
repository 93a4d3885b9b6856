// The in-memory shape standings are computed on, and the filters that decide which entries count.
import { BOARDS, type BoardSlug } from "@/lib/boards/info";
import type { RankRule, ScoreRanks } from "@/lib/frame/rank";

export interface FrameEntry extends ScoreRanks {
  /** Model key (arena `model_name`, HF `eval_name`). */
  model: string;
  /** Published rank among all rows: the arena's own rank, or the HF competition rank. */
  rank: number;
  /** HF: published competition rank among official rows; null otherwise. */
  rankOfficial: number | null;
  score: number;
  /** 95% CI bounds of the score where the board publishes them (arena); absent or null elsewhere. */
  ciLower?: number | null;
  ciUpper?: number | null;
  /** HF only. */
  official: boolean | null;
  /** Raw license string. */
  license: string | null;
  /** ISO alpha-2 of the developer organization; null = unattributed. */
  countryDeveloper: string | null;
  /** ISO alpha-2 of the base-model organization; null = unattributed. */
  countryBase: string | null;
}

export interface FrameSnapshot {
  /** YYYY-MM-DD */
  date: string;
  entries: FrameEntry[];
}

export interface BoardFrame {
  board: BoardSlug;
  /** Ascending by date. */
  snapshots: FrameSnapshot[];
}

export const ATTRIBUTION_MODES = ["developer", "base"] as const;
export type AttributionMode = (typeof ATTRIBUTION_MODES)[number];
export const LICENSE_FILTERS = ["all", "open", "proprietary"] as const;
export type LicenseFilter = (typeof LICENSE_FILTERS)[number];

export interface StandingsFilters {
  attribution: AttributionMode;
  license: LicenseFilter;
  /** Boards with an official flag only: when true only official rows count, ranked among themselves. */
  official: boolean;
  /** Which rank the metrics read: the score rank (one rule on every date) or the board's published one. */
  rank: RankRule;
}

/** Boards whose rows carry the `official` flag. Elsewhere `official=true` changes nothing. */
export function boardHasOfficial(board: BoardSlug): boolean {
  return BOARDS[board].hasOfficial;
}

/** An entry that counts under the filters, with the rank and country the metrics use. */
export interface CountedEntry {
  model: string;
  rank: number;
  score: number;
  /** The developer's or the base model's country, per the attribution mode. */
  country: string | null;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD, read as UTC). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
