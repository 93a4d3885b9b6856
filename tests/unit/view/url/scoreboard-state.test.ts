import { describe, expect, test } from "vitest";
import { readScoreboardState, scoreboardPath } from "@/lib/view/url/scoreboard-state";

describe("the scoreboard's URL state", () => {
  test("defaults: US and CN, Europe beside them, one row per board", () => {
    const s = readScoreboardState({});
    expect(s.query).toMatchObject({ a: "US", b: "CN", also: ["europe"], categories: false });
    expect(s.notices).toEqual([]);
    expect(s.embed).toBe(false);
    expect(scoreboardPath(s.query)).toBe("/scoreboard");
  });

  test("keys in any case, categories and embed; the path writes only what differs", () => {
    const s = readScoreboardState({ a: "cn", b: "de", also: "Europe~fr", categories: "true", embed: "1" });
    expect(s.query).toMatchObject({ a: "CN", b: "DE", also: ["europe", "FR"], categories: true });
    expect(s.embed).toBe(true);
    expect(scoreboardPath(s.query)).toBe("/scoreboard?a=CN&b=DE&also=europe~FR&categories=true");
    expect(scoreboardPath(s.query, { embed: true })).toBe(
      "/scoreboard?a=CN&b=DE&also=europe~FR&categories=true&embed=1",
    );
  });

  test("a bad value falls back to its default and is said", () => {
    const s = readScoreboardState({ a: "XX", categories: "maybe" });
    expect(s.query).toMatchObject({ a: "US", categories: false });
    expect(s.notices.map((n) => n.key)).toEqual(["a", "categories"]);
    expect(s.notices[0].message).toMatch(/^a: "XX" is not an ISO 3166-1 alpha-2 code .*; showing US instead\.$/);
  });

  test("a pair of one key keeps a and gives b another default", () => {
    expect(readScoreboardState({ a: "CN", b: "cn" }).query).toMatchObject({ a: "CN", b: "US" });
    expect(readScoreboardState({ b: "US" }).query).toMatchObject({ a: "US", b: "CN" });
    expect(readScoreboardState({ a: "DE", b: "DE" }).notices.map((n) => n.key)).toEqual(["b"]);
  });
});
