// The upstream sources, where they live and on what terms their data is published: one list for /methodology,
// the feed's rights line and the README.
import { boardInfo, type BoardSlug } from "@/lib/boards/info";

/** Running text for /methodology: plain strings, `{ code }` for a name as the data spells it, `{ strong }` for a lead-in. */
export type Prose = readonly (string | { code: string } | { strong: string })[];

export interface SourceFacts {
  board: BoardSlug | null;
  name: string;
  publisher: string;
  url: string;
  /** The licence as the publisher states it, in words a reader can act on. */
  licence: string;
  licenceUrl: string | null;
  /** The licence in a few words, for lines under charts and in file metadata ("CC BY 4.0"). */
  licenceShort: string;
  /** How a snapshot of the board is taken and what its score is; null for a source that is not a board. */
  method: Prose | null;
  /** What to keep in mind about the board's history, for /methodology's known caveats; null when nothing board-wide. */
  caveat: Prose | null;
}

export const SOURCE_FACTS: readonly SourceFacts[] = [
  {
    board: "lmarena-text",
    name: "LMArena leaderboard dataset (text arena, lmarena-ai/leaderboard-dataset)",
    publisher: "LMArena",
    url: "https://huggingface.co/datasets/lmarena-ai/leaderboard-dataset",
    licence: "Creative Commons Attribution 4.0 (CC BY 4.0): reuse it freely, crediting LMArena.",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    licenceShort: "CC BY 4.0",
    method: [
      "One snapshot per ",
      { code: "leaderboard_publish_date" },
      ", category ",
      { code: "overall" },
      " (the other prompt categories are kept beside it). The score is the arena rating from pairwise human votes, with its 95% confidence interval where published.",
    ],
    // The arena's changes of method are a caveat of their own, listed from method-changes.ts.
    caveat: null,
  },
  {
    board: "hf-open-llm-v2",
    name: "Open LLM Leaderboard v2 contents (open-llm-leaderboard/contents)",
    publisher: "Hugging Face",
    url: "https://huggingface.co/datasets/open-llm-leaderboard/contents",
    licence:
      "Published openly by Hugging Face; the dataset card declares no licence of its own, so credit the Open LLM Leaderboard and check the card before redistributing. The leaderboard's code is Apache 2.0.",
    licenceUrl: null,
    licenceShort: "no licence declared by the dataset card",
    method: [
      `One snapshot per dataset revision, dated by its commit date (the last commit of a day). The score is the average of six benchmarks (IFEval, BBH, MATH Lvl 5, GPQA, MuSR, MMLU-PRO) as normalised by the board. The board was retired on ${boardInfo("hf-open-llm-v2").retiredOn}; its history here is final.`,
    ],
    caveat: [
      { strong: "The Open LLM Leaderboard was retired in March 2025" },
      ` (last update ${boardInfo("hf-open-llm-v2").retiredOn}). Over its life it re-evaluated some models, so a model's score can change between snapshots without a new submission, and its “official” flag was renamed (from “Maintainer's Highlight” to “Official Providers”); we count a row as official when either is set.`,
    ],
  },
  {
    board: null,
    name: "LMArena catalog price table (lmarena/arena-catalog, data/scatterplot-data.json)",
    publisher: "LMArena",
    url: "https://github.com/lmarena/arena-catalog",
    licence: "As stated in the arena-catalog repository; credit LMArena.",
    licenceUrl: null,
    licenceShort: "as stated in the arena-catalog repository",
    method: null,
    caveat: null,
  },
];

export const CITATION = {
  arena:
    "Chiang, W.-L., Zheng, L., Sheng, Y., Angelopoulos, A. N., Li, T., Li, D., Zhang, H., Zhu, B., Jordan, M., Gonzalez, J. E., Stoica, I. (2024). Chatbot Arena: An Open Platform for Evaluating LLMs by Human Preference. arXiv:2403.04132.",
  hf: "Fourrier, C., Habib, N., Lozovskaya, A., Szafer, K., Wolf, T. (2024). Open LLM Leaderboard v2. Hugging Face. https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard",
};

/** The facts of a board's source. */
export function boardSource(board: BoardSlug): SourceFacts {
  return SOURCE_FACTS.find((s) => s.board === board) ?? SOURCE_FACTS[0];
}

/**
 * The data's licence and credit in one line, as exports, previews and file metadata carry it:
 * "Data: LMArena, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); credit LMArena."
 */
export function licenceLine(board: BoardSlug): string {
  const s = boardSource(board);
  const credit = s.publisher === "Hugging Face" ? "the Open LLM Leaderboard" : s.publisher;
  return `Data: ${s.publisher}, ${s.licenceShort}${s.licenceUrl ? ` (${s.licenceUrl})` : ""}; credit ${credit}.`;
}
