import fc from "fast-check";
import { SaxesParser } from "saxes";
import { describe, expect, test } from "vitest";
import { milestonesAtom } from "@/lib/api/feed";
import type { MilestoneItem } from "@/lib/reads/types/events";

const qualifiers = (rank: number | null, margin: number | null): MilestoneItem["qualifiers"] => ({
  boardSize: 35,
  rank,
  rival: rank === null ? null : { model: "rival", rank: rank + 1, score: 1000, country: "US" },
  margin,
  ciOverlap: null,
  tie: false,
  endedOn: "2025-02-01",
  days: 8,
  base: { organization: "Mistral AI", country: "FR" },
});

const milestones: MilestoneItem[] = [
  {
    id: "lmarena-text:lead-change:CN:US:2025-01-24",
    kind: "lead-change",
    board: "lmarena-text",
    date: "2025-01-24",
    countries: ["CN", "US"],
    model: "deepseek-r1",
    value: null,
    qualifiers: qualifiers(null, 2.5),
    contest: null,
    title: "China overtakes United States in best score on LMArena text arena (deepseek-r1)",
    caveats: [],
    href: "/?metric=best-score&countries=CN~US&date=2025-01-24",
  },
  {
    id: "lmarena-text:first-top-n:FR:5:2024-07-30",
    kind: "first-top-n",
    board: "lmarena-text",
    date: "2024-07-30",
    countries: ["FR"],
    model: "mistral-large-2407",
    value: 5,
    qualifiers: qualifiers(5, 0.03),
    contest: null,
    title: "France: first model in the top 5 <of> LMArena & co",
    caveats: [],
    href: "/?metric=top-n-count&n=5&countries=FR&date=2024-07-30",
  },
];

/** The text of every direct child element `name` of a fragment (flat regex reading: the feed nests no same-name elements). */
const all = (xml: string, name: string) =>
  [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, "g"))].map((m) => m[1]);

describe("Atom feed of milestones", () => {
  const xml = milestonesAtom({ origin: "https://atlas.example", milestones });
  const [head] = xml.split("<entry>");
  const entries = all(xml, "entry");

  test("the feed has every element RFC 4287 requires: id, title, updated, author, and a self link", () => {
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>/);
    expect(head).toMatch(/<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
    expect(all(head, "id")).toEqual(["https://atlas.example/feed.xml"]);
    expect(all(head, "title")[0]).toMatch(/country milestones/);
    expect(all(head, "updated")[0]).toBe("2025-01-24T00:00:00.000Z");
    expect(all(head, "author")[0]).toMatch(/<name>Leaderboard Atlas<\/name>/);
    expect(head).toMatch(/<link rel="self" href="https:\/\/atlas\.example\/feed\.xml"/);
  });

  test("one entry per milestone, each with id, title, updated, author, an alternate link to its view and a summary", () => {
    expect(entries).toHaveLength(2);
    entries.forEach((e, i) => {
      expect(all(e, "id")).toHaveLength(1);
      expect(all(e, "title")).toHaveLength(1);
      expect(all(e, "updated")[0]).toBe(`${milestones[i].date}T00:00:00.000Z`);
      expect(all(e, "author")[0]).toMatch(/<name>/);
      expect(e).toContain(`<link href="https://atlas.example${milestones[i].href.replace(/&/g, "&amp;")}"`);
      expect(all(e, "summary")).toHaveLength(1);
    });
    const ids = entries.map((e) => all(e, "id")[0]);
    expect(new Set(ids).size).toBe(2);
    // Markup characters in a title cannot break the XML: they are escaped.
    expect(entries[1]).toContain(
      '<title type="text">France: first model in the top 5 &lt;of&gt; LMArena &amp; co</title>',
    );
    // The summary repeats the qualifiers as a line of facts.
    expect(all(entries[1], "summary")[0]).toContain(
      "#5 of 35 · 0.03 points ahead of #6 · no 95% interval · held 8 days · base model from France (Mistral AI)",
    );
  });
});

/** Parses a feed with a conforming XML parser (which throws on any well-formedness error): each entry's title and link. */
function parseFeed(xml: string): { titles: string[]; links: string[]; elements: string[] } {
  const parser = new SaxesParser({ xmlns: true });
  const out = { titles: [] as string[], links: [] as string[], elements: [] as string[] };
  const open: string[] = [];
  let text = "";
  parser.on("error", (err) => {
    throw err;
  });
  parser.on("opentag", (tag) => {
    open.push(tag.local);
    out.elements.push(tag.local);
    text = "";
    if (tag.local === "link" && open.includes("entry")) out.links.push(String(tag.attributes.href?.value ?? ""));
  });
  parser.on("text", (t) => (text += t));
  parser.on("closetag", (tag) => {
    if (tag.local === "title" && open.includes("entry")) out.titles.push(text);
    open.pop();
  });
  parser.write(xml).close();
  return out;
}

describe("the feed stays well-formed whatever a model key holds", () => {
  const item = (model: string): MilestoneItem => ({
    id: `lmarena-text:best-rank:US:2025-01-01:${model}`,
    kind: "best-rank",
    board: "lmarena-text",
    date: "2025-01-01",
    countries: ["US"],
    model,
    value: 1,
    qualifiers: qualifiers(1, 0.5),
    contest: null,
    title: `United States: new best rank (#1) with ${model}`,
    caveats: [],
    href: `/models/lmarena-text/${encodeURIComponent(model)}?x=1&y=2`,
  });
  const FORBIDDEN =
    // eslint-disable-next-line no-control-regex -- the control characters XML forbids, as the feed replaces them
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

  test("the keys that broke the CDATA-based feed: no injected element, the key read back whole", () => {
    for (const key of ['q]]>x]]><injected a="1"/>', "]]>]]>]]>", "<![CDATA[x]]>", "&amp;&#0;<!--", "a\u0000b\u001Fc"]) {
      const parsed = parseFeed(milestonesAtom({ origin: "https://atlas.example", milestones: [item(key)] }));
      expect(parsed.elements).not.toContain("injected");
      expect(parsed.titles).toEqual([`United States: new best rank (#1) with ${key.replace(FORBIDDEN, "\uFFFD")}`]);
    }
  });

  test("property: any key round-trips through an XML parser, in the title and in the link", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 40 }), { minLength: 1, maxLength: 4 }), (keys) => {
        const parsed = parseFeed(milestonesAtom({ origin: "https://atlas.example", milestones: keys.map(item) }));
        expect(parsed.titles).toEqual(
          keys.map((k) => `United States: new best rank (#1) with ${k.replace(FORBIDDEN, "\uFFFD")}`),
        );
        expect(parsed.links).toEqual(keys.map((k) => `https://atlas.example${item(k).href}`));
      }),
      { numRuns: 500 },
    );
  });
});
