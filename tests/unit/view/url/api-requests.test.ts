import { describe, expect, it } from "vitest";
import { gapQuerySchema, snapshotTableQuerySchema, standingsQuerySchema } from "@/lib/standings/query-schemas";
import { gapUrl, snapshotsUrl, standingsUrl, tableCsvUrl, tableUrl, viewToQuery } from "@/lib/view/url/api-requests";
import { loadViewState } from "@/lib/view/url/search-params";
import { VIEW_DEFAULTS } from "@/lib/view/url/view-state";

const parseUrl = (url: string) => Object.fromEntries(new URL(url, "http://x").searchParams);

describe("viewToQuery", () => {
  it("builds the standings query of the default view, and a URL with only the non-default parameters", () => {
    const { standings } = viewToQuery(VIEW_DEFAULTS, { latest: "2025-11-01" });
    expect(standings).toEqual({
      board: "lmarena-text",
      attribution: "developer",
      license: "all",
      official: false,
      category: "overall",
      rank: "score",
      metric: "best-rank",
      n: 10,
      countries: ["US", "CN", "europe"],
      format: "json",
      from: undefined,
      to: undefined,
    });
    expect(standingsUrl(standings)).toBe("/api/v1/standings?board=lmarena-text");
    expect(standingsUrl(standings, "csv")).toBe("/api/v1/standings?board=lmarena-text&format=csv");
  });

  it("sends the category on the arena, and overall elsewhere so a stale category cannot break the HF views", () => {
    const q = viewToQuery({ ...VIEW_DEFAULTS, category: "chinese" }, { latest: null, tableDate: "2025-11-01" });
    expect([q.standings.category, q.gap.category, q.table.category]).toEqual(["chinese", "chinese", "chinese"]);
    expect(standingsUrl(q.standings)).toBe("/api/v1/standings?board=lmarena-text&category=chinese");
    expect(
      viewToQuery({ ...VIEW_DEFAULTS, board: "hf-open-llm-v2", category: "chinese" }, { latest: null }).standings
        .category,
    ).toBe("overall");
  });

  it("sends official only on boards that have the flag", () => {
    expect(viewToQuery({ ...VIEW_DEFAULTS, board: "hf-open-llm-v2" }, { latest: null }).standings.official).toBe(true);
    expect(
      viewToQuery({ ...VIEW_DEFAULTS, board: "hf-open-llm-v2", official: false }, { latest: null }).standings.official,
    ).toBe(false);
    expect(viewToQuery({ ...VIEW_DEFAULTS, official: true }, { latest: null }).standings.official).toBe(false);
  });

  it("pins n for metrics that ignore it, so equal views share a cache key", () => {
    expect(viewToQuery({ ...VIEW_DEFAULTS, n: 50 }, { latest: null }).standings.n).toBe(10);
    expect(viewToQuery({ ...VIEW_DEFAULTS, metric: "top-n-count", n: 50 }, { latest: null }).standings.n).toBe(50);
  });

  it("resolves range presets into from", () => {
    const { gap } = viewToQuery({ ...VIEW_DEFAULTS, range: "1y" }, { latest: "2025-11-01" });
    expect(gap).toMatchObject({ a: "US", b: "CN", from: "2024-11-01" });
    expect(gapUrl(gap)).toBe("/api/v1/gap?board=lmarena-text&from=2024-11-01");
  });

  it("defaults the gap pair to the first two chosen countries, never a key against itself", () => {
    const pair = (qs: string) => {
      const { gap } = viewToQuery(loadViewState(qs), { latest: null });
      return [gap.a, gap.b];
    };
    expect(pair("?countries=FR~CN")).toEqual(["FR", "CN"]);
    expect(pair("?countries=FR~CN&a=DE")).toEqual(["DE", "CN"]);
    expect(pair("?countries=FR~CN&a=FR&b=FR")).toEqual(["FR", "CN"]);
    expect(pair("?countries=US")).toEqual(["US", "CN"]);
    expect(pair("?countries=CN&b=CN")).toEqual(["CN", "US"]);
  });

  it("puts board and date in the table URL's path", () => {
    const { table } = viewToQuery({ ...VIEW_DEFAULTS, rank: "published" }, { latest: null, tableDate: "2025-11-01" });
    expect(tableUrl(table, "csv")).toBe(
      "/api/v1/boards/lmarena-text/snapshots/2025-11-01?rank=published&format=csv&only=US~CN~europe&page=1",
    );
    // The download is the whole table, every page and country, in rank order: what it was before pages.
    expect(tableCsvUrl({ ...table, sort: "-score", page: 3 })).toBe(
      "/api/v1/boards/lmarena-text/snapshots/2025-11-01?rank=published&format=csv",
    );
    expect(snapshotsUrl("hf-open-llm-v2")).toBe("/api/v1/boards/hf-open-llm-v2/snapshots");
  });

  it("round-trips: the API's own schemas parse each URL back into the same query", () => {
    const view = {
      ...VIEW_DEFAULTS,
      board: "hf-open-llm-v2" as const,
      countries: ["FR", "other"],
      range: "2y" as const,
      metric: "top-n-share" as const,
      n: 5,
      license: "open" as const,
      attribution: "base" as const,
      rank: "published" as const,
    };
    const q = viewToQuery(view, { latest: "2025-11-01", tableDate: "2025-03-01" });
    const strip = <T extends object>(o: T) => JSON.parse(JSON.stringify(o));
    expect(standingsQuerySchema.parse(parseUrl(standingsUrl(q.standings)))).toEqual(strip(q.standings));
    expect(gapQuerySchema.parse(parseUrl(gapUrl(q.gap)))).toEqual(strip(q.gap));
    const { board: _b, date: _d, ...table } = q.table;
    expect(snapshotTableQuerySchema.parse(parseUrl(tableUrl(q.table)))).toEqual(table);
  });
});

describe("lens queries", () => {
  it("the default view asks for Chinese against English prompts, and links carry only what differs", async () => {
    const { lensUrl, viewToLensQueries } = await import("@/lib/view/url/lens-requests");
    const q = viewToLensQueries(VIEW_DEFAULTS, "2025-12-11");
    expect([q.language.a, q.language.b]).toEqual(["chinese", "english"]);
    expect(lensUrl("language", q.language)).toBe("/api/v1/lenses/language");
    expect(lensUrl("language", q.language, "csv")).toBe("/api/v1/lenses/language?format=csv");
    const custom = viewToLensQueries(
      { ...VIEW_DEFAULTS, pair: ["russian", "english"], countries: ["CN", "FR"], within: 20, date: "2025-05-24" },
      null,
    );
    expect(lensUrl("language", custom.language)).toBe("/api/v1/lenses/language?a=russian&countries=CN~FR");
    expect(lensUrl("price", custom.price)).toBe("/api/v1/lenses/price?date=2025-05-24&within=20&countries=CN~FR");
    expect(custom.efficiency.official).toBe(true);
  });
});
