import { describe, expect, test } from "vitest";
import { competitionRanks, contentHash, dedupeByKey } from "@/lib/sources/rows";
import { normaliseBaseModel } from "@/lib/sources/hf-open-llm";
import { SourceError, type SourceRow } from "@/lib/sources/types";

const row = (key: string, score: number, extra: SourceRow["extra"] = null): SourceRow => ({
  key,
  name: key,
  organization: null,
  namespace: null,
  baseModel: null,
  license: null,
  rank: 1,
  rankOfficial: null,
  score,
  ciLower: null,
  ciUpper: null,
  votes: null,
  official: null,
  extra,
});

describe("competitionRanks", () => {
  test("ties share a rank and the next rank skips (1224)", () => {
    expect(competitionRanks([10, 20, 20, 5])).toEqual([3, 1, 1, 4]);
    expect(competitionRanks([3, 2, 2, 1])).toEqual([1, 2, 2, 4]);
  });
  test("keeps input order, handles empty and single", () => {
    expect(competitionRanks([])).toEqual([]);
    expect(competitionRanks([42])).toEqual([1]);
    expect(competitionRanks([1, 5, 3, 5, 5])).toEqual([5, 1, 4, 1, 1]);
  });
});

describe("contentHash", () => {
  test("is independent of row order and extra key order", () => {
    const a = [row("a", 1, { x: 1, y: "z" }), row("b", 2)];
    const b = [row("b", 2), row("a", 1, { y: "z", x: 1 })];
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });
  test("changes when any value changes", () => {
    expect(contentHash([row("a", 1)])).not.toBe(contentHash([row("a", 1.5)]));
    expect(contentHash([row("a", 1)])).not.toBe(contentHash([row("a", 1, { v: 1 })]));
  });
});

describe("dedupeByKey", () => {
  test("drops verbatim repeats, keeping the first", () => {
    expect(dedupeByKey([row("a", 1), row("b", 2), row("a", 1)], "t")).toEqual([row("a", 1), row("b", 2)]);
  });
  test("fails on a conflicting repeat, naming the key", () => {
    expect(() => dedupeByKey([row("a", 1), row("a", 2)], "arena 2024-01-01")).toThrowError(
      /arena 2024-01-01: conflicting duplicate rows for key "a"/,
    );
    expect(() => dedupeByKey([row("a", 1), row("a", 2)], "x")).toThrowError(SourceError);
  });
});

describe("normaliseBaseModel", () => {
  test.each([
    [null, null],
    ["", null],
    ["   ", null],
    ["Removed", null],
    ["org/model", null],
    ["ORG/Model", null],
    ["org/model (Merge)", null],
    ["other/base (Merge)", "other/base"],
    ["  other/base  ", "other/base"],
    ["gpt2", "gpt2"],
  ])("%j → %j", (input, expected) => {
    expect(normaliseBaseModel(input, "org/model")).toBe(expected);
  });
});
