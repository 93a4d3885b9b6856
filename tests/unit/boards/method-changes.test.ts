import { describe, expect, test } from "vitest";
import { METHOD_CHANGES, methodChangesFor, scoreChangesBetween } from "@/lib/boards/method-changes";

describe("method changes", () => {
  test("the list is checked, sorted by date, with unique ids", () => {
    expect(METHOD_CHANGES.length).toBeGreaterThanOrEqual(3);
    const dates = METHOD_CHANGES.map((c) => c.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(METHOD_CHANGES.map((c) => c.id)).size).toBe(METHOD_CHANGES.length);
    for (const c of METHOD_CHANGES) expect(c.source).toMatch(/^https:\/\//);
  });

  test("holds the arena's Elo → Bradley-Terry switch and the late-2025 scale shift as score changes", () => {
    const score = methodChangesFor("lmarena-text")
      .filter((c) => c.effect === "score")
      .map((c) => c.date);
    expect(score).toEqual(["2024-03-27", "2025-11-05"]);
    expect(methodChangesFor("hf-open-llm-v2")).toEqual([]);
  });

  test("scoreChangesBetween: after `from`, up to and including `to`", () => {
    expect(scoreChangesBetween("lmarena-text", "2024-03-26", "2024-03-27").map((c) => c.id)).toEqual([
      "arena-online-elo-to-bradley-terry",
    ]);
    expect(scoreChangesBetween("lmarena-text", "2024-03-27", "2025-05-24")).toEqual([]);
    expect(scoreChangesBetween("lmarena-text", "2023-05-08", "2025-12-11")).toHaveLength(2);
    expect(scoreChangesBetween("hf-open-llm-v2", "2023-05-08", "2025-12-11")).toEqual([]);
  });
});
