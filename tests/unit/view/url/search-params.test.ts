import { describe, expect, it } from "vitest";
import { loadViewState, viewParsers } from "@/lib/view/url/search-params";
import { serializeView, VIEW_DEFAULTS } from "@/lib/view/url/view-state";

describe("view parsers", () => {
  it("give the documented defaults for an empty query", () => {
    expect(VIEW_DEFAULTS).toEqual({
      board: "lmarena-text",
      metric: "best-rank",
      n: 10,
      countries: ["US", "CN", "europe"],
      range: "all",
      from: null,
      to: null,
      license: "all",
      attribution: "developer",
      official: true,
      category: "overall",
      rank: "score",
      date: null,
      a: null,
      b: null,
      sort: "rank",
      only: null,
      page: 1,
      events: true,
      gapunit: "points",
      pair: ["chinese", "english"],
      within: 50,
      embed: false,
    });
  });

  it("read the lens parameters: a category pair and a price margin; bad values fall back", () => {
    expect(loadViewState("?pair=russian~english&within=25")).toMatchObject({
      pair: ["russian", "english"],
      within: 25,
    });
    expect(loadViewState("?pair=chinese~chinese").pair).toEqual(["chinese", "english"]);
    expect(loadViewState("?pair=chinese").pair).toEqual(["chinese", "english"]);
    expect(loadViewState("?within=-5").within).toBe(50);
    expect(serializeView({ pair: ["chinese", "english"], within: 50 })).toBe("");
    expect(serializeView({ pair: ["japanese", "english"] })).toBe("?pair=japanese~english");
  });

  it("read a full permalink", () => {
    const v = loadViewState(
      "?board=hf-open-llm-v2&metric=top-n-share&n=20&countries=us~FR~Europe&range=1y&license=open&attribution=base&official=false&date=2025-03-01&a=FR&b=cn&sort=-score&only=CN~europe",
    );
    expect(v).toMatchObject({
      board: "hf-open-llm-v2",
      metric: "top-n-share",
      n: 20,
      countries: ["US", "FR", "europe"],
      range: "1y",
      license: "open",
      attribution: "base",
      official: false,
      date: "2025-03-01",
      a: "FR",
      b: "CN",
      sort: "-score",
      only: ["CN", "europe"],
    });
  });

  it("read a hand-typed comma list as the ~ list it writes back", () => {
    const v = loadViewState("?countries=US,CN,FR");
    expect(v.countries).toEqual(["US", "CN", "FR"]);
    expect(serializeView(v)).toBe("?countries=US~CN~FR");
  });

  it("fall back per parameter on invalid values", () => {
    const v = loadViewState("?countries=US~XX&n=101&metric=elo&official=maybe&from=2024-02-30&a=ZZ&sort=-nope");
    expect(v.countries).toEqual(["US", "CN", "europe"]);
    expect(v.n).toBe(10);
    expect(v.metric).toBe("best-rank");
    expect(v.official).toBe(true);
    expect(v.from).toBeNull();
    expect(v.a).toBeNull();
    expect(v.sort).toBe("rank");
  });

  it("dedupe country keys and cap them at the API's limit", () => {
    expect(viewParsers.countries.parse("US~us~CN")).toEqual(["US", "CN"]);
    expect(
      viewParsers.countries.parse(
        Array(13)
          .fill("US")
          .map((k, i) => (i ? "FR DE IT ES NL SE PL PT AT BE DK FI".split(" ")[i - 1] : k))
          .join("~"),
      ),
    ).toBeNull();
    expect(viewParsers.countries.parse("")).toBeNull();
  });
});

describe("serializeView", () => {
  it("writes only parameters that differ from the defaults", () => {
    expect(serializeView(VIEW_DEFAULTS)).toBe("");
    expect(serializeView({ ...VIEW_DEFAULTS, countries: ["US", "CN", "europe"], official: true })).toBe("");
    expect(serializeView({ ...VIEW_DEFAULTS, countries: ["US", "FR"], official: false, sort: "-votes" })).toBe(
      "?countries=US~FR&official=false&sort=-votes",
    );
  });

  it("round-trips through the parsers", () => {
    const view = {
      ...VIEW_DEFAULTS,
      board: "hf-open-llm-v2" as const,
      n: 5 as const,
      from: "2024-01-01",
      only: ["CN"],
    };
    expect(loadViewState(serializeView(view))).toEqual(view);
  });
});

describe("events=0|1", () => {
  it("is on by default, off with events=0, written only when off, and an invalid value falls back to on", () => {
    expect(loadViewState({}).events).toBe(true);
    expect(loadViewState({ events: "0" }).events).toBe(false);
    expect(loadViewState({ events: "1" }).events).toBe(true);
    expect(loadViewState({ events: "maybe" }).events).toBe(true);
    expect(serializeView({ ...loadViewState({}), events: false })).toBe("?events=0");
    expect(serializeView(loadViewState({}))).toBe("");
  });
});

describe("gapunit", () => {
  it("points is the default and stays out of the URL; percent is kept; anything else falls back", () => {
    expect(loadViewState({}).gapunit).toBe("points");
    expect(loadViewState({ gapunit: "percent" }).gapunit).toBe("percent");
    expect(viewParsers.gapunit.parse("ratio")).toBeNull();
    expect(serializeView({ gapunit: "points" })).toBe("");
    expect(serializeView({ gapunit: "percent" })).toBe("?gapunit=percent");
  });
});
