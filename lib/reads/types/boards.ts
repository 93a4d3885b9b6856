import type { BoardInfo, BoardSlug } from "@/lib/boards/info";

/** `GET /api/v1/boards`: one stored board, its facts (lib/boards/info.ts) and its date range. */
export interface BoardItem {
  slug: BoardSlug;
  name: string;
  shortName: string;
  source: string;
  /** True for a board this release describes by hand; false for one upstream added later (facts derived by rule). */
  curated: boolean;
  scoreLabel: string;
  scoreUnit: BoardInfo["scoreUnit"];
  scoreDecimals: number;
  /** How upstream names a model: `name` (the model's own name) or `hub-eval` (Hub repo and precision). */
  modelKey: BoardInfo["modelKey"];
  attributedBy: BoardInfo["attributedBy"];
  hasCategories: boolean;
  hasCis: boolean;
  hasParameters: boolean;
  hasOfficial: boolean;
  publishedRank: boolean;
  openWeightsOnly: boolean;
  retiredOn: string | null;
  /** The stored board that rates this one's battles with style control; null when none is stored. */
  styleControlVariant: BoardSlug | null;
  /** The stored board this one is the style-controlled variant of; null when it is not one (or that is not stored). */
  plainVariant: BoardSlug | null;
  snapshots: number;
  first: string | null;
  last: string | null;
}
