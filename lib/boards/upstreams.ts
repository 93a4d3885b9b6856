// The upstream sources, where they live and on what terms their data is published: one list for /methodology,
// the feed's rights line and the README.
import type { BoardSlug } from "@/lib/boards/info";

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
  },
  {
    board: null,
    name: "LMArena catalog price table (lmarena/arena-catalog, data/scatterplot-data.json)",
    publisher: "LMArena",
    url: "https://github.com/lmarena/arena-catalog",
    licence: "As stated in the arena-catalog repository; credit LMArena.",
    licenceUrl: null,
    licenceShort: "as stated in the arena-catalog repository",
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
