// Known faults of the data itself, as opposed to changes of method (./method-changes.ts): a snapshot that holds an
// older board than its date says, for instance. A figure that rests on one of these snapshots is right about the
// data and may still be wrong about the world. One typed list, checked by zod at load time, read by every time chart
// (a marker on the caveated date, shown whether or not event markers are on), by the lag (which flags a lag whose
// start or end is a caveated snapshot), by the milestones found on those snapshots and by the CSV sidecars.
//
// A board added later is one more curated record in ./info.ts and its caveats more entries here. The 2025-11-05 catalog
// version (236f9a42) dated every arena's rows of that day, and each arena's data shows the same August board: entries
// per board, each with what that board's own rows show.
import * as z from "zod/mini";
import { KNOWN_BOARDS } from "@/lib/boards/info";
import { isoDate } from "@/lib/core/dates";

/** What is wrong: `late-snapshot` is a snapshot dated later than the board it holds (`holdsBoardOf` says when). */
export const DATA_CAVEAT_KINDS = ["late-snapshot"] as const;
export type DataCaveatKind = (typeof DATA_CAVEAT_KINDS)[number];

// zod/mini: the charts load this list in the browser (lib/core/dates.ts says why).
const dataCaveatSchema = z.strictObject({
  /** Stable id (kebab-case): referenced by API answers (lags, milestones). Never rename one. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  board: z.enum(KNOWN_BOARDS as [string, ...string[]]),
  kind: z.enum(DATA_CAVEAT_KINDS),
  /** The snapshot dates (YYYY-MM-DD) the caveat concerns, as stored in this history. */
  dates: z.array(isoDate).check(z.minLength(1)),
  /** late-snapshot: the date of the board the snapshot really holds (about). */
  holdsBoardOf: z.optional(isoDate),
  /** Short label for a chart marker (≤ 40 characters). */
  label: z.string().check(z.minLength(3), z.maxLength(40)),
  /** One or two sentences a reader can act on. */
  description: z.string().check(z.minLength(20)),
  /** Where the fault is documented. */
  source: z.url({ protocol: /^https$/ }),
});
export type DataCaveat = z.output<typeof dataCaveatSchema>;

const RAW: DataCaveat[] = [
  {
    id: "arena-2025-11-05-holds-august-board",
    board: "lmarena-text",
    kind: "late-snapshot",
    dates: ["2025-11-05"],
    holdsBoardOf: "2025-08-29",
    label: "Snapshot holds the late-August board",
    description:
      "The arena snapshot dated 2025-11-05 holds the board of about 2025-08-29: the catalog published the last file left on Hugging Face, whose history stops in August (no model released after 28 August is in it). A figure that rests on this date describes late August; the jump to 2025-11-06 is two months of voting, not one day.",
    source: "https://github.com/lmarena/arena-catalog/commit/99f1eadeead6",
  },
  {
    id: "style-control-2025-11-05-holds-august-board",
    board: "lmarena-text-style-control",
    kind: "late-snapshot",
    dates: ["2025-11-05"],
    holdsBoardOf: "2025-08-29",
    label: "Snapshot holds the late-August board",
    description:
      "The style-control snapshot dated 2025-11-05 comes from the same catalog version as the text arena's and holds the board of about 2025-08-29: its newest models are of August (the gpt-5 family, claude-opus-4-1-20250805, deepseek-v3.1), and the releases of September and October (claude-sonnet-4-5-20250929, glm-4.6, claude-haiku-4-5-20251001) first appear on 2025-11-06. The jump to 2025-11-06 is two months of voting, not one day.",
    source: "https://github.com/lmarena/arena-catalog/commit/99f1eadeead6",
  },
  {
    id: "vision-2025-11-05-holds-august-board",
    board: "lmarena-vision",
    kind: "late-snapshot",
    dates: ["2025-11-05"],
    holdsBoardOf: "2025-08-29",
    label: "Snapshot holds the late-August board",
    description:
      "The vision snapshot dated 2025-11-05 comes from the same catalog version as the text arena's and holds the board of about 2025-08-29: its newest models are of August (the gpt-5 family, glm-4.5v, mistral-medium-2508), and the September releases (qwen3-vl-235b-a22b, gemini-2.5-flash-preview-09-2025) first appear on 2025-11-06, when every model that stays falls by 28 to 67 points. Compare ranks, not scores, across these dates.",
    source: "https://github.com/lmarena/arena-catalog/commit/99f1eadeead6",
  },
  {
    id: "text-to-image-2025-11-05-holds-august-board",
    board: "lmarena-text-to-image",
    kind: "late-snapshot",
    dates: ["2025-11-05"],
    holdsBoardOf: "2025-08-29",
    label: "Snapshot holds the late-August board",
    description:
      "The text-to-image snapshot dated 2025-11-05 comes from the same catalog version as the text arena's and holds the board of about 2025-08-29: its newest model is Gemini 2.5 Flash Image (nano-banana, 26 August), and the releases of September and October (hunyuan-image-3.0, seedream-4, mai-image-1) first appear on 2025-11-06. The jump to 2025-11-06 is two months of voting, not one day.",
    source: "https://github.com/lmarena/arena-catalog/commit/99f1eadeead6",
  },
];

/** A list of caveats checked and sorted by first date (throws on a malformed one): how DATA_CAVEATS is loaded. */
export function checkDataCaveats(raw: unknown): DataCaveat[] {
  return dataCaveatList
    .parse(raw)
    .map((c) => ({ ...c, dates: [...c.dates].sort() }))
    .sort((a, b) => (a.dates[0] < b.dates[0] ? -1 : a.dates[0] > b.dates[0] ? 1 : a.id < b.id ? -1 : 1));
}

const dataCaveatList = z.array(dataCaveatSchema).check(
  z.superRefine((list, ctx) => {
    const ids = new Set<string>();
    for (const c of list) {
      if (ids.has(c.id)) ctx.addIssue({ code: "custom", message: `duplicate data caveat id ${c.id}`, input: c.id });
      ids.add(c.id);
      if (c.kind === "late-snapshot" && (c.holdsBoardOf === undefined || c.dates.some((d) => d <= c.holdsBoardOf!)))
        ctx.addIssue({
          code: "custom",
          message: `late snapshot ${c.id} needs holdsBoardOf before each of its dates`,
          input: c.id,
        });
    }
  }),
);

/** Checked once at load: a malformed entry fails every test and the build, not a reader's chart. */
export const DATA_CAVEATS: readonly DataCaveat[] = checkDataCaveats(RAW);

export function dataCaveatsFor(board: string): DataCaveat[] {
  return DATA_CAVEATS.filter((c) => c.board === board);
}

/** The caveats of a board that concern snapshot `date`. */
export function dataCaveatsOn(board: string, date: string): DataCaveat[] {
  return DATA_CAVEATS.filter((c) => c.board === board && c.dates.includes(date));
}

/** The caveats of a board that concern any of `dates` (a chart's, a CSV's), each once, in list order. */
export function dataCaveatsAmong(board: string, dates: Iterable<string>): DataCaveat[] {
  const set = new Set(dates);
  return DATA_CAVEATS.filter((c) => c.board === board && c.dates.some((d) => set.has(d)));
}

export function dataCaveatById(id: string): DataCaveat | undefined {
  return DATA_CAVEATS.find((c) => c.id === id);
}

/** One sentence for a file's notes or a figure resting on the caveated snapshot. */
export function dataCaveatNote(c: DataCaveat): string {
  return `Data caveat (${c.dates.join(", ")}): ${c.description} Source: ${c.source}`;
}
