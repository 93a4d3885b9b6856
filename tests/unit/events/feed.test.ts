import { describe, expect, test } from "vitest";
import { milestonesAtom } from "@/lib/events/feed";
import type { MilestoneItem } from "@/lib/events/types";

const qualifiers = (rank: number | null, margin: number | null): MilestoneItem["qualifiers"] => ({
  boardSize: 35, rank, rival: rank === null ? null : { model: "rival", rank: rank + 1, score: 1000, country: "US" }, margin,
  ciOverlap: null, tie: false, endedOn: "2025-02-01", days: 8, base: { organization: "Mistral AI", country: "FR" },
});

const milestones: MilestoneItem[] = [
  {
    id: "lmarena-text:lead-change:CN:US:2025-01-24", kind: "lead-change", board: "lmarena-text", date: "2025-01-24",
    countries: ["CN", "US"], model: "deepseek-r1", value: null, qualifiers: qualifiers(null, 2.5), contest: null, title: "China overtakes United States in best score on LMArena text arena (deepseek-r1)",
    href: "/?metric=best-score&countries=CN~US&date=2025-01-24",
  },
  {
    id: "lmarena-text:first-top-n:FR:5:2024-07-30", kind: "first-top-n", board: "lmarena-text", date: "2024-07-30",
    countries: ["FR"], model: "mistral-large-2407", value: 5, qualifiers: qualifiers(5, 0.03), contest: null, title: "France: first model in the top 5 <of> LMArena & co",
    href: "/?metric=top-n-count&n=5&countries=FR&date=2024-07-30",
  },
];

/** The text of every direct child element `name` of a fragment (flat regex reading: the feed nests no same-name elements). */
const all = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`, "g"))].map((m) => m[1]);

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
    // Markup characters in a title cannot break the XML: the feed package wraps text in CDATA.
    expect(entries[1]).toContain("<![CDATA[France: first model in the top 5 <of> LMArena & co]]>");
    // The summary repeats the qualifiers as a line of facts.
    expect(all(entries[1], "summary")[0]).toContain("#5 of 35 · 0.03 points ahead of #6 · no 95% interval · held 8 days · base model from France (Mistral AI)");
  });
});
