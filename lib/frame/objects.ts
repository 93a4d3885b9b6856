// A frame as objects, one per entry: the input shape of `columnarOf` (tests and fixtures) and of the tests' oracle.
// The app itself holds frames as columns (frame.ts).
import type { BoardSlug } from "@/lib/boards/info";
import type { ScoreRanks } from "@/lib/frame/rank";

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
  /** The developer's and the base model's organization (slug and name); absent or null = unattributed. */
  orgDeveloper?: { slug: string; name: string } | null;
  orgBase?: { slug: string; name: string } | null;
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
