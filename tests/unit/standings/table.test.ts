// The ranking table as the API serves it: only → sort → one page, and the whole table's countries.
import { describe, expect, it } from "vitest";
import { TABLE_PAGE_SIZE } from "@/lib/standings/query";
import { countFor, tablePage } from "@/lib/standings/table";
import type { RankingRow } from "@/lib/standings/types";

function row(rank: number, country: string | null, score: number): RankingRow {
  return {
    rank,
    scoreRank: rank,
    publishedRank: rank,
    model: `m${rank}`,
    name: `model ${rank}`,
    organization: null,
    organizationSlug: null,
    country,
    score,
    ciLower: null,
    ciUpper: null,
    votes: null,
    license: null,
    licenseClass: "unknown",
    official: null,
    why: null,
  };
}

// 120 rows: every third from CN, every fifth (not CN) from FR, a few unattributed, the rest US.
const rows = Array.from({ length: 120 }, (_, i) =>
  row(i + 1, i % 3 === 0 ? "CN" : i % 5 === 0 ? "FR" : i % 17 === 1 ? null : "US", 1500 - i),
);

describe("tablePage", () => {
  it("without a page: every row under only and sort, as the API answered before pages", () => {
    const all = tablePage(rows, { sort: "rank" });
    expect(all.rows).toHaveLength(120);
    expect(all.page).toBeUndefined();
    const cn = tablePage(rows, { sort: "-rank", only: ["CN"] });
    expect(cn.rows.every((r) => r.country === "CN")).toBe(true);
    expect(cn.rows[0].rank).toBeGreaterThan(cn.rows[1].rank);
  });

  it("cuts pages of TABLE_PAGE_SIZE after filtering and sorting; past the last page gives the last", () => {
    const p1 = tablePage(rows, { sort: "rank", page: 1 });
    expect(p1.rows.map((r) => r.rank)).toEqual(Array.from({ length: TABLE_PAGE_SIZE }, (_, i) => i + 1));
    expect(p1.page).toEqual({ number: 1, size: TABLE_PAGE_SIZE, pages: 3, total: 120 });
    const p3 = tablePage(rows, { sort: "rank", page: 3 });
    expect(p3.rows.map((r) => r.rank)).toEqual(Array.from({ length: 20 }, (_, i) => i + 101));
    expect(tablePage(rows, { sort: "rank", page: 99 }).page?.number).toBe(3);
    // Sorted by score ascending, page 1 holds the lowest scores of the whole table, not of the first 50 rows.
    expect(tablePage(rows, { sort: "score", page: 1 }).rows[0].rank).toBe(120);
    const eu = tablePage(rows, { sort: "rank", only: ["europe"], page: 1 });
    expect(eu.page?.total).toBe(rows.filter((r) => r.country === "FR").length);
    expect(eu.page?.pages).toBe(1);
  });

  it("an empty table is one empty page", () => {
    expect(tablePage([], { sort: "rank", page: 2 })).toEqual({
      rows: [],
      countries: [],
      page: { number: 1, size: TABLE_PAGE_SIZE, pages: 1, total: 0 },
    });
  });

  it("counts countries over the whole table, before only, and groups from them", () => {
    const { countries } = tablePage(rows, { sort: "rank", only: ["CN"], page: 1 });
    const total = (k: string) => rows.filter((r) => (r.country ?? "unknown") === k).length;
    expect(countries).toEqual(
      ["US", "CN", "FR", "unknown"].map((key) => ({ key, count: total(key) })).sort((a, b) => b.count - a.count),
    );
    expect(countFor(countries, "europe")).toBe(total("FR"));
    expect(countFor(countries, "unknown")).toBe(total("unknown"));
    expect(countFor(countries, "other")).toBe(0);
    expect(countFor(countries, "CN")).toBe(total("CN"));
  });
});
