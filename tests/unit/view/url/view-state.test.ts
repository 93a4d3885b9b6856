import { describe, expect, it } from "vitest";
import {
  applyCrossFieldRules,
  findInvalidParams,
  minusYears,
  rangeNeedsLatest,
  readView,
  resolveRange,
  VIEW_DEFAULTS,
  withQuery,
} from "@/lib/view/url/view-state";

describe("findInvalidParams", () => {
  it("echoes at most 60 characters of an invalid value", () => {
    // (A board is any text to the parser: the page checks it against the stored boards, lib/view/load/stored-view.ts.)
    const [notice] = findInvalidParams({ metric: "b".repeat(15_000) });
    expect(notice.value).toBe(`${"b".repeat(60)}…`);
    expect(notice.message.length).toBeLessThan(200);
  });
  it("names each ignored parameter and what is shown instead", () => {
    expect(
      findInvalidParams({ countries: "XX", metric: "best-rank", from: "2024-13-01" }).map((n) => n.message),
    ).toEqual([
      "Ignored invalid parameter countries=XX; showing the default (US~CN~europe).",
      "Ignored invalid parameter from=2024-13-01; showing the full date range.",
    ]);
  });

  it("leaves valid and unknown parameters alone", () => {
    expect(findInvalidParams({ board: "hf-open-llm-v2", utm_source: "x", n: "50" })).toEqual([]);
  });

  it("reads the first of a repeated parameter", () => {
    expect(findInvalidParams({ n: ["0", "10"] })).toHaveLength(1);
  });
});

describe("readView", () => {
  it("drops a reversed custom range with a notice", () => {
    const { view, notices } = readView({ from: "2025-01-01", to: "2024-01-01" });
    expect(view.from).toBeNull();
    expect(view.to).toBeNull();
    expect(notices[0].message).toMatch(/start is after the end/);
  });

  it("keeps a valid view as parsed", () => {
    const { view, notices } = readView({ countries: "FR~DE", range: "2y" });
    expect(view.countries).toEqual(["FR", "DE"]);
    expect(view.range).toBe("2y");
    expect(notices).toEqual([]);
    expect(applyCrossFieldRules(view).view).toBe(view);
  });
});

describe("ranges", () => {
  it("count presets back from the newest snapshot", () => {
    expect(resolveRange({ range: "1y", from: null, to: null }, "2025-11-01")).toEqual({ from: "2024-11-01" });
    expect(resolveRange({ range: "2y", from: null, to: null }, "2025-03-21")).toEqual({ from: "2023-03-21" });
    expect(resolveRange({ range: "all", from: null, to: null }, "2025-03-21")).toEqual({});
  });

  it("let a custom bound win over the preset", () => {
    expect(resolveRange({ range: "1y", from: "2024-06-01", to: null }, "2025-11-01")).toEqual({
      from: "2024-06-01",
      to: undefined,
    });
    expect(rangeNeedsLatest({ range: "1y", from: null, to: "2025-01-01" })).toBe(false);
    expect(rangeNeedsLatest({ range: "1y", from: null, to: null })).toBe(true);
    expect(rangeNeedsLatest(VIEW_DEFAULTS)).toBe(false);
  });

  it("clamp 29 February", () => {
    expect(minusYears("2024-02-29", 1)).toBe("2023-02-28");
    expect(minusYears("2024-02-29", 4)).toBe("2020-02-29");
  });
});

describe("readView and hostile parameter names", () => {
  it("never reads inherited names: a __proto__ parameter cannot turn `sort` into Array.prototype.sort", async () => {
    const { readView } = await import("@/lib/view/url/view-state");
    // What a `?__proto__=x&sort=-1` query can look like once parsed: an object whose prototype is an array.
    const raw = Object.assign(Object.create(Array.prototype), { sort: "-1" });
    const { view, notices } = readView(raw);
    expect(view.sort).toBe("rank");
    expect(notices).toEqual([{ key: "sort", value: "-1", message: expect.stringContaining("sort=-1") }]);
    const inherited = readView(Object.create(Array.prototype));
    expect(inherited.notices).toEqual([]);
    expect(JSON.parse(JSON.stringify(inherited.notices))).toEqual([]);
  });
});

describe("withQuery", () => {
  it("keeps the query's own parameters, repeated ones included, and nothing for an empty query", () => {
    expect(withQuery("/countries/US", { embed: "1", countries: "US~CN" })).toBe(
      "/countries/US?embed=1&countries=US%7ECN",
    );
    expect(withQuery("/countries/US", { a: ["1", "2"] })).toBe("/countries/US?a=1&a=2");
    expect(withQuery("/countries/US", {})).toBe("/countries/US");
  });
});
