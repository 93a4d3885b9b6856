// Known changes in how a board computes its numbers. A score or rank that moves across one of these dates may have
// moved because the method changed, not because the models did. One typed list, checked by zod at load time, read by
// the lag (which flags lags that span a score change) and by the charts' event markers.
import * as z from "zod/mini";
import { KNOWN_BOARDS } from "@/lib/boards/info";
import { isoDate } from "@/lib/core/dates";

/** What a change moves: the scores themselves, or only the board's published rank. */
export const METHOD_CHANGE_EFFECTS = ["score", "published-rank"] as const;
export type MethodChangeEffect = (typeof METHOD_CHANGE_EFFECTS)[number];

// zod/mini: the charts load this list in the browser (lib/core/dates.ts says why).
const methodChangeSchema = z.strictObject({
  /** Stable id (kebab-case): referenced by lag flags and, later, by URLs. Never rename one. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  /** The first snapshot date (YYYY-MM-DD) in this history computed the new way. */
  date: isoDate,
  board: z.enum(KNOWN_BOARDS as [string, ...string[]]),
  /** Short label for a chart marker (≤ 40 characters). */
  label: z.string().check(z.minLength(3), z.maxLength(40)),
  /** One or two sentences a reader can act on. */
  description: z.string().check(z.minLength(20)),
  effect: z.enum(METHOD_CHANGE_EFFECTS),
  /** Where the change is documented. */
  source: z.url({ protocol: /^https$/ }),
});
export type MethodChange = z.output<typeof methodChangeSchema>;

const RAW: MethodChange[] = [
  {
    id: "arena-online-elo-to-bradley-terry",
    date: "2024-03-27",
    board: "lmarena-text",
    label: "Online Elo → Bradley-Terry",
    description:
      "Up to 2024-03-26 this history holds the arena's online-Elo ratings; from 2024-03-27 on, the Bradley-Terry ratings the site publishes. The US best score jumps by about 84 points overnight with no new model; compare ranks, not scores, across this date.",
    effect: "score",
    source: "https://lmsys.org/blog/2023-12-07-leaderboard/",
  },
  {
    id: "arena-rank-upper-bound",
    date: "2025-02-06",
    board: "lmarena-text",
    label: "Published rank: CI upper bound",
    description:
      "From 2025-02-06 on (and on 36 dates in mid-2024) the arena's published rank is an upper bound from the confidence intervals, so many models share a rank. Atlas ranks by score on every date unless rank=published is asked for.",
    effect: "published-rank",
    source: "https://github.com/lmarena/arena-catalog",
  },
  {
    id: "arena-style-control",
    date: "2024-08-28",
    board: "lmarena-text",
    label: "Style control introduced",
    description:
      "The arena added style control (ratings that discount answer length and formatting) and later made it its default view. The overall ratings in this history stay the plain ones; a style-controlled board ranks several models differently.",
    effect: "published-rank",
    source: "https://lmsys.org/blog/2024-08-28-style-control/",
  },
  {
    id: "arena-2025-scale-shift",
    date: "2025-11-05",
    board: "lmarena-text",
    label: "Rating scale shift",
    description:
      "After the gap from 2025-05-24 to 2025-11-05 the arena's ratings sit about 19–33 points higher for the same old models (mixtral-8x7b-instruct-v0.1: 1110.5, then 1138.6). Scores and lags across this date overstate progress; ranks are unaffected.",
    effect: "score",
    source: "https://github.com/lmarena/arena-catalog",
  },
];

/** Checked once at load: a malformed entry fails every test and the build, not a reader's chart. */
export const METHOD_CHANGES: readonly MethodChange[] = z
  .array(methodChangeSchema)
  .check(
    z.superRefine((list, ctx) => {
      const ids = new Set<string>();
      for (const c of list) {
        if (ids.has(c.id)) ctx.addIssue({ code: "custom", message: `duplicate method change id ${c.id}`, input: c.id });
        ids.add(c.id);
      }
    }),
  )
  .parse(RAW)
  .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

export function methodChangesFor(board: string): MethodChange[] {
  return METHOD_CHANGES.filter((c) => c.board === board);
}

/**
 * The score-changing method changes strictly after `from` and at or before `to` on a board: the changes a comparison
 * of a score at `from` with one at `to` spans.
 */
export function scoreChangesBetween(board: string, from: string, to: string): MethodChange[] {
  return METHOD_CHANGES.filter((c) => c.board === board && c.effect === "score" && c.date > from && c.date <= to);
}
