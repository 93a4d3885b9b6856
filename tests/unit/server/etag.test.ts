import { describe, expect, test } from "vitest";
import { etagFor, ifNoneMatchHits } from "@/lib/server/hot-path.mjs";

describe("etagFor", () => {
  test("is weak, names the data version and is stable per request key", () => {
    const tag = etagFor(7, 'standings:{"board":"lmarena-text"}');
    expect(tag).toMatch(/^W\/"v7-[A-Za-z0-9_-]{16}"$/);
    expect(etagFor(7, 'standings:{"board":"lmarena-text"}')).toBe(tag);
  });

  test("changes with the data version and with the query", () => {
    const tag = etagFor(7, "k");
    expect(etagFor(8, "k")).not.toBe(tag);
    expect(etagFor(7, "k2")).not.toBe(tag);
  });
});

describe("ifNoneMatchHits", () => {
  const tag = etagFor(3, "q");
  test("matches weakly, in lists, and on *", () => {
    expect(ifNoneMatchHits(tag, tag)).toBe(true);
    expect(ifNoneMatchHits(tag.slice(2), tag)).toBe(true);
    expect(ifNoneMatchHits(`"other", ${tag}`, tag)).toBe(true);
    expect(ifNoneMatchHits("*", tag)).toBe(true);
  });

  test("misses on absent, other or older-version tags", () => {
    expect(ifNoneMatchHits(null, tag)).toBe(false);
    expect(ifNoneMatchHits("", tag)).toBe(false);
    expect(ifNoneMatchHits(etagFor(2, "q"), tag)).toBe(false);
    expect(ifNoneMatchHits("garbage", tag)).toBe(false);
  });
});
