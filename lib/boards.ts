// The boards this app knows. Slugs are public API: never rename one.
export const BOARD_SLUGS = ["lmarena-text", "hf-open-llm-v2"] as const;
export type BoardSlug = (typeof BOARD_SLUGS)[number];

export interface BoardInfo {
  slug: BoardSlug;
  name: string;
  source: string;
  /** What a snapshot's score means, for axis labels and source lines. */
  scoreLabel: string;
  /** ISO date after which upstream stopped publishing, if it did. */
  retiredOn: string | null;
  /** True when the rank is the published one; false when we compute it from the score. */
  publishedRank: boolean;
}

export const BOARDS: Record<BoardSlug, BoardInfo> = {
  "lmarena-text": {
    slug: "lmarena-text",
    name: "LMArena text arena",
    source: "LMArena text arena, overall (lmarena-ai/leaderboard-dataset)",
    scoreLabel: "Arena score",
    retiredOn: null,
    publishedRank: true,
  },
  "hf-open-llm-v2": {
    slug: "hf-open-llm-v2",
    name: "Open LLM Leaderboard v2",
    source: "Hugging Face Open LLM Leaderboard v2 (open-llm-leaderboard/contents)",
    scoreLabel: "Average score",
    retiredOn: "2025-03-21",
    publishedRank: false,
  },
};

export function isBoardSlug(value: string): value is BoardSlug {
  return (BOARD_SLUGS as readonly string[]).includes(value);
}
