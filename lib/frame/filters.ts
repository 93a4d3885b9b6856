// The filters that decide which entries of a frame count: attribution mode, licence, official rows, rank rule.
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import type { RankRule } from "@/lib/frame/rank";

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
  return boardInfo(board).hasOfficial;
}
