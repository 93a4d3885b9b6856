import { describe, expect, test } from "vitest";
import { citation, downloadBaseName, embedPath, iframeSnippet, isEmbed, ogImagePath, permalinkPath, viewTitle } from "@/lib/share/view-meta";
import { readView } from "@/lib/view/view-state";

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
    expect(isEmbed({ embed: "1" })).toBe(true);
    expect(isEmbed({ embed: "yes" })).toBe(false);
  });

  test("the iframe snippet is escaped and sized", () => {
    const s = iframeSnippet('https://x.org/?a=1&embed=1"', "A <b>");
    expect(s).toContain('src="https://x.org/?a=1&amp;embed=1&quot;"');
    expect(s).toContain('title="A &lt;b>"');
    expect(s).toMatch(/width="\d+" height="\d+"/);
  });

  test("download names say metric, board, countries and data date", () => {
    expect(downloadBaseName({ ...view, metric: "best-rank", board: "lmarena-text" }, "2025-12-11")).toBe("best-rank_lmarena-text_US-CN-europe_2025-12-11");
  });

  test("the citation holds title, URL, sources and data date, also as BibTeX", () => {
    const c = citation({ title: "T_1", url: "https://x.org/?a=1", sources: ["LMArena"], asOf: "2025-12-11", accessed: "2026-01-02" });
    expect(c.text).toContain("https://x.org/?a=1");
    expect(c.text).toContain("2025-12-11");
    expect(c.text).toContain("LMArena");
    expect(c.bibtex).toMatch(/^@misc\{leaderboardatlas_20251211,/);
    expect(c.bibtex).toContain("\\url{https://x.org/?a=1}");
    expect(c.bibtex).toContain("title = {T\\_1}");
  });
});
