import { describe, expect, test } from "vitest";
import {
  citation,
  downloadBaseName,
  embedPath,
  iframeSnippet,
  ogImagePath,
  permalinkPath,
  viewTitle,
} from "@/lib/view/url/view-meta";
import { readView } from "@/lib/view/url/view-state";

const { view } = readView({ countries: "us~CN~europe", metric: "best-score", utm_source: "x" });

describe("view metadata", () => {
  test("title says what is compared", () => {
    expect(viewTitle(view)).toBe("Best score by country: United States vs China vs Europe");
  });

  test("permalink, image and embed URLs carry the normalized view", () => {
    expect(permalinkPath("/", view)).toBe("/?metric=best-score");
    expect(ogImagePath("/", view)).toBe("/og?metric=best-score");
    expect(embedPath("/", view)).toBe("/?metric=best-score&embed=1");
    expect(embedPath("/", readView({}).view)).toBe("/?embed=1");
    const other = readView({ countries: "US~FR" }).view;
    expect(ogImagePath("/", other)).not.toBe(ogImagePath("/", view));
    expect(readView({ embed: "1" }).view.embed).toBe(true);
    expect(readView({ embed: "yes" }).view.embed).toBe(false);
    // Embed mode is a way of showing a view, not part of it: the permalink and image leave it out.
    expect(permalinkPath("/", readView({ embed: "1", countries: "US~FR" }).view)).toBe("/?countries=US~FR");
    expect(ogImagePath("/", readView({ embed: "1" }).view)).toBe("/og");
  });

  test("the iframe snippet is escaped and sized", () => {
    const s = iframeSnippet('https://x.org/?a=1&embed=1"', "A <b>");
    expect(s).toContain('src="https://x.org/?a=1&amp;embed=1&quot;"');
    expect(s).toContain('title="A &lt;b>"');
    expect(s).toMatch(/width="\d+" height="\d+"/);
  });

  test("download names say metric, board, countries and data date", () => {
    expect(downloadBaseName({ ...view, metric: "best-rank", board: "lmarena-text" }, "2025-12-11")).toBe(
      "best-rank_lmarena-text_US-CN-europe_2025-12-11",
    );
  });

  test("the citation holds title, URL, sources and data date, also as BibTeX", () => {
    const c = citation({
      title: "T_1",
      url: "https://x.org/?a=1",
      sources: ["LMArena"],
      asOf: "2025-12-11",
      accessed: "2026-01-02",
    });
    expect(c.text).toContain("https://x.org/?a=1");
    expect(c.text).toContain("2025-12-11");
    expect(c.text).toContain("LMArena");
    expect(c.bibtex).toMatch(/^@misc\{leaderboardatlas_20251211,/);
    expect(c.bibtex).toContain("\\url{https://x.org/?a=1}");
    expect(c.bibtex).toContain("title = {T\\_1}");
  });
});
