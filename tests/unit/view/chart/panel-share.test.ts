// Each panel shares its own view: its anchor, its title, a cited link pinned to the data date, its files' names.
import { describe, expect, test } from "vitest";
import { gapTarget, lensChartTarget, rankingTarget, standingsTarget } from "@/lib/view/chart/panel-share";
import { VIEW_DEFAULTS } from "@/lib/view/url/view-state";

const view = { ...VIEW_DEFAULTS, countries: ["US", "CN"], to: "2025-02-11" };
const at = { latest: "2025-12-11", asOf: "2025-02-11" };

describe("panel share targets", () => {
  test("the standings chart: the view, its embed, files named after the range's end", () => {
    const t = standingsTarget(view, at);
    expect(t).toMatchObject({
      anchor: "standings-title",
      title: "Best rank by country: United States vs China on LMArena text arena",
      link: "/?countries=US~CN&to=2025-02-11",
      cite: "/?countries=US~CN&to=2025-02-11",
      embed: "/?countries=US~CN&to=2025-02-11&embed=1",
      asOf: "2025-02-11",
      base: "best-rank_lmarena-text_US-CN_2025-02-11",
    });
  });

  test("an open-ended view is cited with its range pinned, so the link shows the same numbers later", () => {
    const open = { ...view, to: null, range: "1y" as const };
    const t = standingsTarget(open, { latest: "2025-12-11", asOf: "2025-12-11" });
    expect(t.link).toBe("/?countries=US~CN&range=1y");
    expect(t.cite).toBe("/?countries=US~CN&from=2024-12-11&to=2025-12-11");
  });

  test("the gap and the ranking have their own anchors, titles and names; the ranking is dated by its snapshot", () => {
    const g = gapTarget(view, at, ["US", "CN"]);
    expect(g).toMatchObject({
      anchor: "gap-title",
      title: "Gap: United States vs China on LMArena text arena",
      embed: null,
      base: "gap_lmarena-text_US-CN_2025-02-11",
    });
    const r = rankingTarget(
      view,
      { ...at, tableDate: "2025-02-11" },
      "/api/v1/boards/lmarena-text/snapshots/2025-02-11?format=csv",
    );
    expect(r).toMatchObject({
      anchor: "ranking-title",
      asOf: "2025-02-11",
      base: "ranking_lmarena-text_2025-02-11",
      apiCsv: "/api/v1/boards/lmarena-text/snapshots/2025-02-11?format=csv",
    });
    expect(r.cite).toBe("/?countries=US~CN&to=2025-02-11&date=2025-02-11");
    // A snapshot the reader picked dates the ranking only.
    const picked = rankingTarget({ ...view, date: "2024-01-10" }, { ...at, tableDate: "2024-01-10" }, undefined);
    expect(picked.asOf).toBe("2024-01-10");
    expect(picked.cite).toContain("date=2024-01-10");
  });

  test("each lens chart names its lens and chart", () => {
    const t = lensChartTarget({
      path: "/lenses/language",
      view,
      latest: "2025-02-11",
      id: "rank-A",
      title: "Best rank, Chinese",
      board: "lmarena-text",
      asOf: "2025-02-11",
    });
    expect(t).toMatchObject({
      anchor: "rank-A-title",
      title: "Best rank, Chinese (language lens)",
      link: "/lenses/language?countries=US~CN&to=2025-02-11",
      base: "language_rank-A_lmarena-text_US-CN_2025-02-11",
    });
  });
});
