// The Atom 1.0 feed of country milestones (/feed.xml): one entry per milestone, linking to the view that shows it.
// Written here rather than by a feed package: model keys come from upstream, and the package tried before wrapped
// text in CDATA and escaped only the first `]]>` of it, so a key holding two could inject elements. Every text and
// attribute below goes through one escaper, and a property test parses the result for any key.
import { caveatLine, qualifierLine } from "@/lib/standings/milestones/text";
import type { MilestoneItem } from "@/lib/reads/types/events";

export interface FeedInput {
  /** The site's origin, for absolute links and ids (`https://atlas.example`). */
  origin: string;
  milestones: readonly MilestoneItem[];
  /** When the data last changed; the newest milestone's date when unknown. */
  updated?: Date;
}

/** Characters XML 1.0 cannot carry at all (C0 controls other than tab, newline and return; unpaired surrogates). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // A parser turns a raw CR into LF, and tab or newline in an attribute into a space: as references they survive.
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * Text or an attribute value as XML: markup characters and line breaks escaped, characters XML forbids replaced by
 * U+FFFD, so a parser reads back exactly the string given (less those).
 */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, "\uFFFD").replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]);
}

const dayStart = (date: string) => new Date(`${date}T00:00:00Z`).toISOString();
const element = (name: string, text: string, attrs = "") => `<${name}${attrs}>${xmlText(text)}</${name}>`;
const link = (href: string, rel?: string) => `<link${rel ? ` rel="${rel}"` : ""} href="${xmlText(href)}"/>`;

/** A milestone's data caveat as the end of its summary, or nothing. */
const caveat = (m: MilestoneItem) => {
  const line = caveatLine(m);
  return line ? ` ${line}` : "";
};

export function milestonesAtom({ origin, milestones, updated }: FeedInput): string {
  const newest = milestones.reduce<string | null>((max, m) => (max === null || m.date > max ? m.date : max), null);
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  ${element("id", `${origin}/feed.xml`)}`,
    `  ${element("title", "Leaderboard Atlas: country milestones")}`,
    `  ${element(
      "subtitle",
      "Found in the data of LMArena and the Open LLM Leaderboard, ranked by score: a country's first model in a top 1, 5 or 10, lead changes in best score between the US, China and Europe (contested periods as one entry), and new best-ever ranks; each with the board's size, the margin, whether the 95% intervals overlap (a tie) and how long it held.",
    )}`,
    `  ${element("updated", updated ? updated.toISOString() : newest ? dayStart(newest) : new Date(0).toISOString())}`,
    `  <author>${element("name", "Leaderboard Atlas")}${element("uri", `${origin}/methodology#milestones`)}</author>`,
    `  ${link(`${origin}/`, "alternate")}`,
    `  ${link(`${origin}/feed.xml`, "self")}`,
    `  ${element(
      "rights",
      "Data: LMArena leaderboard dataset (CC BY 4.0) and Open LLM Leaderboard v2 contents (Hugging Face); see /methodology#sources.",
    )}`,
    `  ${element("generator", "Leaderboard Atlas")}`,
  ];
  for (const m of milestones) {
    lines.push(
      "  <entry>",
      `    ${element("title", m.title, ' type="text"')}`,
      `    ${element("id", `${origin}/api/v1/events#${encodeURIComponent(m.id)}`)}`,
      `    ${link(`${origin}${m.href}`)}`,
      `    ${element("updated", dayStart(m.date))}`,
      `    ${element("published", dayStart(m.date))}`,
      `    <author>${element("name", "Leaderboard Atlas")}</author>`,
      // The qualifiers again as a line of facts (rank of board size, margin, intervals, how long it held, base model).
      `    ${element("summary", `${m.date}: ${m.title}. (${qualifierLine(m)}; ranked by score.)${caveat(m)}`, ' type="text"')}`,
      "  </entry>",
    );
  }
  lines.push("</feed>");
  return lines.join("\n");
}
