// The in-memory shape standings are computed on, and the filters that decide which entries count.
import type { BoardSlug } from "@/lib/boards";
import { entryLicenseClass } from "./license";

export interface FrameEntry {
  /** Model key (arena `model_name`, HF `eval_name`). */
  model: string;
  /** Rank among all rows: the arena's published rank, or the HF competition rank. */
  rank: number;
  /** HF: competition rank among official rows; null otherwise. */
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
  /** Boards with an official flag only: when true only official rows count and their rank is `rankOfficial`. */
  official: boolean;
}

export const DEFAULT_FILTERS: StandingsFilters = { attribution: "developer", license: "all", official: false };

/** Boards whose rows carry the `official` flag. Elsewhere `official=true` changes nothing. */
const OFFICIAL_BOARDS: ReadonlySet<string> = new Set(["hf-open-llm-v2"]);

export function boardHasOfficial(board: BoardSlug): boolean {
  return OFFICIAL_BOARDS.has(board);
}

/** An entry that counts under the filters, with the rank and country the metrics use. */
export interface CountedEntry {
  model: string;
  rank: number;
  score: number;
  /** The developer's or the base model's country, per the attribution mode. */
  country: string | null;
}

/**
 * The entries of a snapshot that count under the filters, across every country.
 * Ranks are never renumbered: with `official` the HF official-population rank is used as published in the frame.
 */
export function population(board: BoardSlug, snapshot: FrameSnapshot, filters: StandingsFilters): CountedEntry[] {
  const officialOnly = filters.official && boardHasOfficial(board);
  const out: CountedEntry[] = [];
  for (const e of snapshot.entries) {
    if (officialOnly && e.official !== true) continue;
    if (filters.license !== "all" && entryLicenseClass(board, e.license) !== filters.license) continue;
    // An official row always has an official rank; falling back keeps a malformed row visible rather than lost.
    const rank = officialOnly ? (e.rankOfficial ?? e.rank) : e.rank;
    const country = filters.attribution === "base" ? e.countryBase : e.countryDeveloper;
    out.push({ model: e.model, rank, score: e.score, country });
  }
  return out;
}

/** Whether a YYYY-MM-DD date lies in the inclusive range; an absent bound is open. */
export function inRange(date: string, from?: string, to?: string): boolean {
  return (from === undefined || date >= from) && (to === undefined || date <= to);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD, read as UTC). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
