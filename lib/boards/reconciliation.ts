// Why this site's figures can differ from the board's own website and from reports that quote it (the Stanford AI
// Index), per board: the reasons, and one worked example with the numbers measured on this history. Read by the
// methodology page and by the gap panel, so the two say the same thing. The numbers were measured with the app's own
// gap code (lib/standings/gap.ts) over the full arena history; the reports' figures are quoted as they published them.
import type { BoardSlug } from "@/lib/boards/info";
import { RECONCILIATION_BRIEF, type ReconciliationBrief } from "@/lib/boards/reconciliation-brief";

export interface ReconciliationReason {
  /** A few words (the gap panel's list). */
  short: string;
  /** One or two sentences for the methodology page. */
  text: string;
}

export interface GapExample {
  /** What the report says, as quoted. */
  quoted: string;
  /** What this history gives for the same period, and why it differs. */
  here: string;
}

export interface Reconciliation {
  /** Who the figures are compared with. */
  against: string;
  reasons: ReconciliationReason[];
  examples: GapExample[];
}

/** Per board: one explanation per reason of the brief, in its order. */
const DETAILS: Partial<Record<BoardSlug, { texts: string[]; examples: GapExample[] }>> = {
  "lmarena-text": {
    texts: [
      "This history holds the arena's plain (overall) ratings. lmarena.ai shows style-controlled ratings by default, which discount answer length and formatting and can put a different model first: on 2025-02-28, the first archived date of the style-controlled board, its US leader is chatgpt-4o-latest-20250129 (1341.2) and its US–China gap (to deepseek-r1, 1320.3) is 1.59%, while the plain ratings of 2025-02-27 put early-grok-3 first (1403.5, against deepseek-r1 at 1362.7) for a gap of 2.99%.",
      "Ranks here are competition ranks by score, the same rule on every date. The arena's published rank is an upper bound from the confidence intervals on most dates since 2025-02-06 (and on 36 dates in mid-2024), so it is often better than ours: deepseek-r1 is #63 here on 2025-12-11 and #57 by the published rule; its best is #6 here and #3 published. rank=published shows the board's own.",
      "The history counts every model the arena's data lists on a date, including models the website hides as deprecated, so a rank here can be a few places worse than the one the site displayed that day. Measured on this history: the vote counts come only from the site's own table of the same publish, and on each of the 14 dates from 2025-02-21 to 2025-05-24, 28 to 35 models have none (28 on each date to 2025-04-07, then 31, 32, and 35 on 2025-05-24): models the site's table did not list, such as claude-1, gpt-3.5-turbo-0314 and gemini-exp-1206 (the data mirror's notes say 28–34). Set aside, they would move the models the site showed in its top 20 up by a median of 2.5 to 10 places a date (13 at most, on 2025-05-24). The site's tables after 2025-05-24 are not archived, so later dates cannot be measured. Best scores and the gap are unaffected unless a country's best model was deprecated.",
      "From 2023-06-19 to 2024-03-26 this history holds the arena's online-Elo series, not the ratings the site published on those dates (the archive has no other); from 2024-03-27 on it holds the published Bradley-Terry ratings. After the gap of 2025-05-24 to 2025-11-05 the ratings sit about 19–33 points higher for the same old models. Points and percentages across either date are on different scales; ranks are not affected.",
    ],
    examples: [
      {
        quoted: "The AI Index (2025) puts the US–China gap at 1.70% in February 2025.",
        here: "The gap panel (US against China, plain ratings) gives 1.67% on 3 Feb 2025, 1.65% on 5 Feb, 1.59% on 6 Feb and 1.66% on 11 Feb: 1.6–1.7%, between gemini-2.0-flash-thinking-exp-01-21 (1383.5–1383.9) and deepseek-r1 (1360.8–1361.6). The Index's 1.70% lies just above that range (1.79% on 28 Jan 2025); it names neither the day nor the view, and a day or style control moves the figure by this much.",
      },
      {
        quoted: "The AI Index puts the gap at 9.26% in January 2024.",
        here: "This history gives 11.1–11.6% for January 2024 (11.13% on 9 Jan, 11.65% on 18 Jan, 11.48% on 25 Jan; gpt-4-turbo against yi-34b-chat) because those dates hold online-Elo ratings, whose spread is wider than that of the ratings the site published (which the Index presumably read). The change of scale alone moves the gap by about two points: 11.09% on 2024-03-26, the last online-Elo date (gpt-4-1106-preview against qwen1.5-72b-chat), and 9.17% on 2024-03-27, the first Bradley-Terry date (claude-3-opus-20240229 against the same qwen1.5-72b-chat). We cannot reproduce the 9.26% itself from this archive: the published January 2024 ratings are not in it.",
      },
    ],
  },
};

export const RECONCILIATION: Partial<Record<BoardSlug, Reconciliation>> = Object.fromEntries(
  // The literal's entries are all defined; Partial only says other boards have none.
  (Object.entries(RECONCILIATION_BRIEF) as [BoardSlug, ReconciliationBrief][]).map(([board, brief]) => {
    const details = DETAILS[board as BoardSlug];
    if (!details || details.texts.length !== brief.reasons.length)
      throw new Error(`reconciliation of ${board}: one text per reason`);
    return [
      board,
      {
        against: brief.against,
        reasons: brief.reasons.map((short, i) => ({ short, text: details.texts[i] })),
        examples: details.examples,
      },
    ];
  }),
);
