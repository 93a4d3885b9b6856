import { describe, expect, test } from "vitest";
import { detectMilestones, type MilestoneSnapshot } from "@/lib/events/milestones";

/** A snapshot from [model, country, score]; ranks are competition ranks by score. */
function snap(date: string, rows: [string, string | null, number][]): MilestoneSnapshot {
  const scores = rows.map((r) => r[2]);
  return {
    date,
    entries: rows.map(([model, country, score]) => ({ model, country, score, rank: 1 + scores.filter((s) => s > score).length })),
  };
}
const filler = (n: number, base: number): [string, string | null, number][] =>
  Array.from({ length: n }, (_, i) => [`x${i}`, null, base - i]);

describe("milestone detection", () => {
  test("first top 10, then top 5, then top 1, once each; the baseline date makes none", () => {
    const series = [
      snap("2024-01-01", [["us-a", "US", 1300], ...filler(12, 1200), ["cn-a", "CN", 1000]]),
      snap("2024-02-01", [["us-a", "US", 1300], ...filler(8, 1200), ["cn-b", "CN", 1150], ...filler(4, 1100)]),
      snap("2024-03-01", [["us-a", "US", 1300], ["x0", null, 1200], ["x1", null, 1199], ["cn-c", "CN", 1190], ...filler(8, 1100)]),
      snap("2024-04-01", [["cn-d", "CN", 1310], ["us-a", "US", 1300], ...filler(8, 1100)]),
      snap("2024-05-01", [["cn-d", "CN", 1310], ["us-a", "US", 1300], ...filler(8, 1100)]),
    ];
    const firsts = detectMilestones("b", "Board", series).filter((m) => m.kind === "first-top-n");
    expect(firsts.map((m) => [m.date, m.countries[0], m.value, m.model])).toEqual([
      ["2024-02-01", "CN", 10, "cn-b"],
      ["2024-03-01", "CN", 5, "cn-c"],
      ["2024-04-01", "CN", 1, "cn-d"],
    ]);
    expect(firsts[2].title).toBe("China: first model in the top 1 of Board (cn-d, #1)");
  });

  test("a jump straight into the top 1 is one milestone (top 1), not three", () => {
    const series = [snap("2024-01-01", [["us-a", "US", 1300], ...filler(20, 1200)]), snap("2024-02-01", [["fr-a", "FR", 1400], ["us-a", "US", 1300]])];
    const ms = detectMilestones("b", "Board", series);
    expect(ms.filter((m) => m.countries[0] === "FR").map((m) => [m.kind, m.value])).toEqual([["first-top-n", 1]]);
    // The group counts too: France is in europe.
    expect(ms.filter((m) => m.countries[0] === "europe").map((m) => [m.kind, m.value])).toEqual([["first-top-n", 1]]);
  });

  test("a lead change in best score between two of US, CN and europe, both ways, never on the baseline", () => {
    const series = [
      snap("2024-01-01", [["us-a", "US", 1300], ["cn-a", "CN", 1200], ["de-a", "DE", 1100]]),
      snap("2024-02-01", [["us-a", "US", 1300], ["cn-b", "CN", 1305], ["de-a", "DE", 1100]]),
      snap("2024-03-01", [["us-b", "US", 1320], ["cn-b", "CN", 1305], ["de-a", "DE", 1100]]),
      snap("2024-04-01", [["us-b", "US", 1320], ["cn-b", "CN", 1320], ["de-a", "DE", 1100]]),
    ];
    const leads = detectMilestones("b", "Board", series).filter((m) => m.kind === "lead-change");
    expect(leads.map((m) => [m.date, m.countries, m.model])).toEqual([
      ["2024-02-01", ["CN", "US"], "cn-b"],
      ["2024-03-01", ["US", "CN"], "us-b"],
    ]);
    expect(leads[0].title).toBe("China overtakes United States in best score on Board (cn-b)");
  });

  test("a new best-ever rank, but not when a first top-N entry already says it, nor for a first appearance", () => {
    const series = [
      snap("2024-01-01", [...filler(20, 1300), ["jp-a", "JP", 1000]]),
      snap("2024-02-01", [...filler(15, 1300), ["jp-b", "JP", 1200], ...filler(3, 1100)]),
      snap("2024-03-01", [...filler(12, 1300), ["jp-c", "JP", 1250]]),
      snap("2024-04-01", [...filler(12, 1300), ["jp-c", "JP", 1250]]),
      snap("2024-05-01", [...filler(6, 1300), ["jp-d", "JP", 1280]]),
    ];
    const jp = detectMilestones("b", "Board", series).filter((m) => m.countries[0] === "JP");
    expect(jp.map((m) => [m.date, m.kind, m.value])).toEqual([
      ["2024-02-01", "best-rank", 16],
      ["2024-03-01", "best-rank", 13],
      ["2024-05-01", "first-top-n", 10],
    ]);
  });

  test("unattributed entries never make a milestone, and an empty series makes none", () => {
    expect(detectMilestones("b", "Board", [])).toEqual([]);
    const series = [snap("2024-01-01", [["us-a", "US", 1]]), snap("2024-02-01", [["who", null, 9], ["us-a", "US", 1]])];
    expect(detectMilestones("b", "Board", series).flatMap((m) => m.countries)).not.toContain("unknown");
  });
});
