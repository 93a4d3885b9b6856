// The boards this app knows. Slugs are public API: never rename one.
export const BOARD_SLUGS = ["lmarena-text", "hf-open-llm-v2"] as const;
export type BoardSlug = (typeof BOARD_SLUGS)[number];

/** Every fact about a board that code branches on lives here, so a new board is one record, not a hunt for string tests. */
export interface BoardInfo {
  slug: BoardSlug;
  name: string;
  /** Name for tight spaces (the board switch, "LMArena model"). */
  shortName: string;
  /** `shortName` as running text says it, with its article where it takes one: "Models on {shortNameInProse}". */
  shortNameInProse: string;
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
  /** Rows carry the model's parameter count and its evaluation's CO₂ cost (the model page's "Parameters", the efficiency lens). */
  hasParameters: boolean;
  /** How much a model of this board weighs in search against other matches (1 = as any model). */
  searchBoost: number;
}

export const BOARDS: Record<BoardSlug, BoardInfo> = {
  "lmarena-text": {
    slug: "lmarena-text",
    name: "LMArena text arena",
    source: "LMArena text arena, overall (lmarena-ai/leaderboard-dataset)",
    shortName: "LMArena",
    shortNameInProse: "LMArena",
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
    hasParameters: false,
    searchBoost: 1.3,
  },
  "hf-open-llm-v2": {
    slug: "hf-open-llm-v2",
    name: "Open LLM Leaderboard v2",
    source: "Hugging Face Open LLM Leaderboard v2 (open-llm-leaderboard/contents)",
    shortName: "Open LLM Leaderboard",
    shortNameInProse: "the Open LLM Leaderboard",
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
    hasParameters: true,
    searchBoost: 1,
  },
};

/** The board a view, a query or a preview shows when none is named. Public API and permalinks: never change it. */
export const DEFAULT_BOARD: BoardSlug = "lmarena-text";

/**
 * The board each lens reads: the language lens compares two of its prompt categories, the price lens joins LMArena's
 * catalog price table to its model keys, the efficiency lens reads its parameter counts and CO₂ costs. Public API
 * (each lens route's `board`): never change one. tests/unit/boards/info.test.ts checks each has what its lens reads.
 */
export const LENS_BOARDS = {
  language: "lmarena-text",
  price: "lmarena-text",
  efficiency: "hf-open-llm-v2",
} as const satisfies Record<string, BoardSlug>;

export function isBoardSlug(value: string): value is BoardSlug {
  return (BOARD_SLUGS as readonly string[]).includes(value);
}
