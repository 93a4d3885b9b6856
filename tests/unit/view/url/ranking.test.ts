import { describe, expect, it } from "vitest";
import type { RankingRow } from "@/lib/standings/types";
import {
  filterRows,
  nextSort,
  pageLinks,
  parseSort,
  presentCountries,
  sortRows,
  tableKeys,
  toggleTableKey,
} from "@/lib/view/url/ranking";

function row(rank: number, name: string, country: string | null, score: number, votes: number | null): RankingRow {
  return {
    rank,
    scoreRank: rank,
    publishedRank: rank,
    model: name,
    name,
    organization: country ? `org-${country}` : null,
    organizationSlug: null,
    country,
    score,
    ciLower: null,
    ciUpper: null,
    votes,
    license: null,
    licenseClass: "unknown",
    official: null,
    why: null,
  };
}

const rows = [
  row(1, "b", "US", 1300, 10),
  row(2, "a", "CN", 1290, null),
  row(2, "c", "FR", 1290, 30),
  row(4, "d", null, 1200, 5),
];

describe("ranking table helpers", () => {
  it("parse and flip sort values", () => {
    expect(parseSort("-score")).toEqual({ column: "score", descending: true });
    expect(nextSort("rank", "rank")).toBe("-rank");
    expect(nextSort("-rank", "rank")).toBe("rank");
    expect(nextSort("rank", "score")).toBe("-score");
    expect(nextSort("rank", "model")).toBe("model");
  });

  it("sort stably with empty cells last in both directions", () => {
    expect(sortRows(rows, "model").map((r) => r.name)).toEqual(["a", "b", "c", "d"]);
    expect(sortRows(rows, "-votes").map((r) => r.name)).toEqual(["c", "b", "d", "a"]);
    expect(sortRows(rows, "votes").map((r) => r.name)).toEqual(["d", "b", "c", "a"]);
    expect(sortRows(rows, "country").map((r) => r.name)).toEqual(["a", "c", "b", "d"]);
    expect(sortRows(rows, "-score").map((r) => r.name)).toEqual(["b", "a", "c", "d"]);
  });

  it("filter by keys, groups included", () => {
    expect(filterRows(rows, []).length).toBe(4);
    expect(filterRows(rows, ["europe"]).map((r) => r.name)).toEqual(["c"]);
    expect(filterRows(rows, ["CN", "unknown"]).map((r) => r.name)).toEqual(["a", "d"]);
  });

  it("list the countries present, most rows first", () => {
    expect(presentCountries([...rows, row(5, "e", "US", 1100, 1)])).toEqual([
      { key: "US", count: 2 },
      { key: "CN", count: 1 },
      { key: "FR", count: 1 },
      { key: "unknown", count: 1 },
    ]);
  });
});

describe("the table's country chips", () => {
  const countries = ["US", "CN", "europe"];
  it("start from the chosen countries; `all` shows every country", () => {
    expect(tableKeys({ only: null, countries })).toEqual(countries);
    expect(tableKeys({ only: "all", countries })).toEqual([]);
    expect(tableKeys({ only: ["FR"], countries })).toEqual(["FR"]);
  });
  it("toggle a key; back at the chosen countries the parameter goes, with none left every country shows", () => {
    expect(toggleTableKey({ only: null, countries }, "CN")).toEqual(["US", "europe"]);
    expect(toggleTableKey({ only: ["US", "europe"], countries }, "CN")).toBeNull();
    expect(toggleTableKey({ only: ["FR"], countries }, "FR")).toBe("all");
    expect(toggleTableKey({ only: "all", countries }, "JP")).toEqual(["JP"]);
  });

  it("link the first, last and neighbouring pages, with gaps of more than one page as …", () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(1, 6)).toEqual([1, 2, null, 6]);
    expect(pageLinks(4, 6)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(pageLinks(10, 20)).toEqual([1, null, 9, 10, 11, null, 20]);
    expect(pageLinks(20, 20)).toEqual([1, null, 19, 20]);
  });
});
