// The boards this app knows. Slugs are public API: never rename one.
export const BOARD_SLUGS = ["lmarena-text", "hf-open-llm-v2"] as const;
export type BoardSlug = (typeof BOARD_SLUGS)[number];

/** Every fact about a board that code branches on lives here, so a new board is one record, not a hunt for string tests. */
export interface BoardInfo {
  slug: BoardSlug;
  name: string;
  /** Name for tight spaces (the board switch). */
  shortName: string;
  source: string;
  /** What a snapshot's score means, for axis labels and source lines. */
  scoreLabel: string;
  /** ISO date after which upstream stopped publishing, if it did. */
  retiredOn: string | null;
  /** True when upstream publishes a rank of its own (whose rule may differ from our score rank); false when it is ours. */
  publishedRank: boolean;
  /** Decimals a score is shown with: arena ratings (~1300) need 1, HF averages (0–100) need 2. */
  scoreDecimals: number;
  /** Rows carry the `official` flag (official providers), which `official=true` filters on. */
  hasOfficial: boolean;
  /** The board evaluates only models whose weights are public, so every row is open weights whatever its tag says. */
  openWeightsOnly: boolean;
  /** Upstream splits the board into prompt categories (`overall` plus others). */
  hasCategories: boolean;
  /**
   * How models are attributed: `organization` reads upstream's organization field one model at a time; `namespace`
   * reads Hub namespaces and walks `Base Model` lineage over the whole board. The audit groups unattributed models
   * the same way.
   */
  attributedBy: "organization" | "namespace";
  /**
   * How upstream spells a model's key: `name` is the model's own name (`gpt-4o-2024-05-13`); `hub-eval` is the Hub
   * repo with `_` for `/` and the evaluated precision appended (`meta-llama_Llama-3.3-70B-Instruct_bfloat16`), which
   * readers see as `meta-llama/Llama-3.3-70B-Instruct` (lib/boards/model-name.ts).
   */
  modelKey: "name" | "hub-eval";
  /** First date whose rows carry lineage (base model) data upstream; null when lineage is known on every date. */
  lineageSince: string | null;
}

export const BOARDS: Record<BoardSlug, BoardInfo> = {
  "lmarena-text": {
    slug: "lmarena-text",
    name: "LMArena text arena",
    source: "LMArena text arena, overall (lmarena-ai/leaderboard-dataset)",
    shortName: "LMArena",
    scoreLabel: "Arena score",
    retiredOn: null,
    publishedRank: true,
    scoreDecimals: 1,
    hasOfficial: false,
    openWeightsOnly: false,
    hasCategories: true,
    attributedBy: "organization",
    modelKey: "name",
    lineageSince: null,
  },
  "hf-open-llm-v2": {
    slug: "hf-open-llm-v2",
    name: "Open LLM Leaderboard v2",
    source: "Hugging Face Open LLM Leaderboard v2 (open-llm-leaderboard/contents)",
    shortName: "Open LLM Leaderboard",
    scoreLabel: "Average score",
    retiredOn: "2025-03-21",
    publishedRank: false,
    scoreDecimals: 2,
    hasOfficial: true,
    openWeightsOnly: true,
    hasCategories: false,
    attributedBy: "namespace",
    modelKey: "hub-eval",
    // `Base Model` is empty in every snapshot before 2024-09 (the data mirror's README, schema A).
    lineageSince: "2024-09-01",
  },
};

export function isBoardSlug(value: string): value is BoardSlug {
  return (BOARD_SLUGS as readonly string[]).includes(value);
}
