import { describe, expect, test } from "vitest";
import { detectMilestones } from "@/lib/standings/milestones/detect";
import { caveatLine, qualifierLine } from "@/lib/standings/milestones/text";
import { type MilestoneEntry, type MilestoneSnapshot } from "@/lib/standings/milestones/types";

/** A snapshot from [model, country, score]; ranks are competition ranks by score. */
function snap(date: string, rows: [string, string | null, number][]): MilestoneSnapshot {
  const scores = rows.map((r) => r[2]);
  return {
    date,
    entries: rows.map(([model, country, score]) => ({
      model,
      country,
      score,
      rank: 1 + scores.filter((s) => s > score).length,
    })),
  };
}
const filler = (n: number, base: number): [string, string | null, number][] =>
  Array.from({ length: n }, (_, i) => [`x${i}`, null, base - i]);

describe("milestone detection", () => {
  test("first top 10, then top 5, then top 1, once each; the baseline date makes none", () => {
    const series = [
      snap("2024-01-01", [["us-a", "US", 1300], ...filler(12, 1200), ["cn-a", "CN", 1000]]),
      snap("2024-02-01", [["us-a", "US", 1300], ...filler(8, 1200), ["cn-b", "CN", 1150], ...filler(4, 1100)]),
      snap("2024-03-01", [
        ["us-a", "US", 1300],
        ["x0", null, 1200],
        ["x1", null, 1199],
        ["cn-c", "CN", 1190],
        ...filler(8, 1100),
      ]),
      snap("2024-04-01", [["cn-d", "CN", 1310], ["us-a", "US", 1300], ...filler(8, 1100)]),
      snap("2024-05-01", [["cn-d", "CN", 1310], ["us-a", "US", 1300], ...filler(8, 1100)]),
    ];
    const firsts = detectMilestones("b", "Board", series).filter((m) => m.kind === "first-top-n");
    expect(firsts.map((m) => [m.date, m.countries[0], m.value, m.model])).toEqual([
      ["2024-02-01", "CN", 10, "cn-b"],
      ["2024-03-01", "CN", 5, "cn-c"],
      ["2024-04-01", "CN", 1, "cn-d"],
    ]);
    expect(firsts[2].title).toBe(
      "China: first model in the top 1 of Board: cn-d, #1 of 10, 10.00 points ahead of #2 (no 95% interval to compare), holding for 30 days so far",
    );
  });

  test("a jump straight into the top 1 is one milestone (top 1), not three", () => {
    const series = [
      snap("2024-01-01", [["us-a", "US", 1300], ...filler(20, 1200)]),
      snap("2024-02-01", [
        ["fr-a", "FR", 1400],
        ["us-a", "US", 1300],
      ]),
    ];
    const ms = detectMilestones("b", "Board", series);
    expect(ms.filter((m) => m.countries[0] === "FR").map((m) => [m.kind, m.value])).toEqual([["first-top-n", 1]]);
    // The group counts too: France is in europe.
    expect(ms.filter((m) => m.countries[0] === "europe").map((m) => [m.kind, m.value])).toEqual([["first-top-n", 1]]);
  });

  test("a lead change in best score between two of US, CN and europe, both ways, never on the baseline", () => {
    const series = [
      snap("2024-01-01", [
        ["us-a", "US", 1300],
        ["cn-a", "CN", 1200],
        ["de-a", "DE", 1100],
      ]),
      snap("2024-02-01", [
        ["us-a", "US", 1300],
        ["cn-b", "CN", 1305],
        ["de-a", "DE", 1100],
      ]),
      snap("2024-05-01", [
        ["us-b", "US", 1320],
        ["cn-b", "CN", 1305],
        ["de-a", "DE", 1100],
      ]),
      snap("2024-08-01", [
        ["us-b", "US", 1320],
        ["cn-b", "CN", 1320],
        ["de-a", "DE", 1100],
      ]),
    ];
    const leads = detectMilestones("b", "Board", series).filter((m) => m.kind === "lead-change");
    expect(
      leads.map((m) => [m.date, m.countries, m.model, m.qualifiers.margin, m.qualifiers.endedOn, m.qualifiers.days]),
    ).toEqual([
      ["2024-02-01", ["CN", "US"], "cn-b", 5, "2024-05-01", 90],
      // An equal score later does not end a lead.
      ["2024-05-01", ["US", "CN"], "us-b", 15, null, 92],
    ]);
    expect(leads[0].title).toBe(
      "China overtakes United States in best score on Board: cn-b, 5.00 points ahead of us-a (no 95% interval to compare), held 90 days",
    );
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
    const series = [
      snap("2024-01-01", [["us-a", "US", 1]]),
      snap("2024-02-01", [
        ["who", null, 9],
        ["us-a", "US", 1],
      ]),
    ];
    expect(detectMilestones("b", "Board", series).flatMap((m) => m.countries)).not.toContain("unknown");
  });

  test("lead changes that flip back within 30 days are one contested period, not a headline per flip", () => {
    const pair = (date: string, cn: number, eu: number) =>
      snap(date, [
        ["us-a", "US", 1400],
        ["cn-a", "CN", cn],
        ["fr-a", "FR", eu],
      ]);
    const series = [
      pair("2024-01-01", 1200, 1100),
      pair("2024-03-01", 1200, 1210), // europe ahead for 60 days: a lead change of its own
      pair("2024-04-30", 1220, 1210), // CN ahead for 5 days,
      pair("2024-05-05", 1220, 1230), // europe for 3,
      pair("2024-05-08", 1240, 1230), // CN for 7,
      pair("2024-05-15", 1240, 1250), // then europe for good
      pair("2024-09-01", 1240, 1250),
    ];
    const ms = detectMilestones("b", "Board", series).filter(
      (m) => m.countries.includes("europe") && m.countries.includes("CN"),
    );
    expect(ms.map((m) => [m.kind, m.date])).toEqual([
      ["lead-change", "2024-03-01"],
      ["contested", "2024-04-30"],
    ]);
    const contested = ms[1];
    expect(contested.countries).toEqual(["europe", "CN"]);
    expect(contested.contest).toEqual({
      until: "2024-05-15",
      changes: 4,
      leader: "europe",
      leaderEndedOn: null,
      leaderDays: 109,
    });
    expect(contested.qualifiers).toMatchObject({ endedOn: "2024-05-15", days: 15, tie: false });
    expect(contested.title).toBe(
      "Europe and China: lead in best score on Board contested, 4 lead changes in 15 days (2024-04-30 to 2024-05-15), each reversed within 30 days; then Europe ahead (fr-a), holding for 109 days so far",
    );
  });
});

/** An entry with a 95% interval (null: the board published none that day). */
const entry = (
  model: string,
  country: string | null,
  rank: number,
  score: number,
  ci: number | null = null,
  base: MilestoneEntry["base"] = null,
): MilestoneEntry => ({
  model,
  country,
  rank,
  score,
  ciLower: ci === null ? null : score - ci,
  ciUpper: ci === null ? null : score + ci,
  base,
});
/** n filler rows from rank `from` down, one point apart, unattributed. */
const rows = (from: number, n: number, top: number, ci: number | null = null) =>
  Array.from({ length: n }, (_, i) => entry(`x${from + i}`, null, from + i, top - i, ci));

describe("milestone qualifiers", () => {
  test("an openchat-3.5-like case: #5 of 35, 0.03 points ahead of #6, no interval, 8 days, a fine-tune of a French base model", () => {
    const before = { date: "2023-10-02", entries: [entry("us-1", "US", 1, 1200), ...rows(2, 20, 1100)] };
    const day = {
      date: "2023-11-08",
      entries: [
        entry("us-1", "US", 1, 1200),
        ...rows(2, 3, 1150),
        entry("openchat-3.5", "CN", 5, 1077.5, null, { organization: "Mistral AI", country: "FR" }),
        entry("x6", null, 6, 1077.47),
        ...rows(7, 29, 1070),
      ],
    };
    const after = {
      date: "2023-11-16",
      entries: [
        entry("us-1", "US", 1, 1200),
        ...rows(2, 5, 1150),
        entry("openchat-3.5", "CN", 7, 1077.5),
        ...rows(8, 30, 1070),
      ],
    };
    const [first] = detectMilestones("lmarena-text", "LMArena text arena", [before, day, after]).filter(
      (m) => m.kind === "first-top-n" && m.countries[0] === "CN",
    );
    expect(first.value).toBe(5);
    expect(first.qualifiers).toEqual({
      boardSize: 35,
      rank: 5,
      rival: { model: "x6", rank: 6, score: 1077.47, country: null },
      margin: expect.closeTo(0.03, 6),
      ciOverlap: null,
      tie: false,
      endedOn: "2023-11-16",
      days: 8,
      base: { organization: "Mistral AI", country: "FR" },
    });
    expect(first.title).toBe(
      "China: first model in the top 5 of LMArena text arena: openchat-3.5, #5 of 35, 0.03 points ahead of #6 (no 95% interval to compare), held 8 days; a fine-tune of a base model from France (Mistral AI)",
    );
    expect(qualifierLine(first)).toBe(
      "#5 of 35 · 0.03 points ahead of #6 · no 95% interval · held 8 days · base model from France (Mistral AI)",
    );
  });

  test("a deepseek-r1-like case: 7th by score (3rd only by the published CI rule) is no top 5; its top 10 overlaps #11's interval, so it is a tie", () => {
    // Score ranks, as the service hands on: the published rank (3) would have made a "first in the top 5".
    const us = [entry("us-1", "US", 1, 1380, 5), ...rows(2, 5, 1370, 5)];
    const before = {
      date: "2025-01-20",
      entries: [...us, ...rows(7, 10, 1340, 5), entry("cn-old", "CN", 17, 1300, 5)],
    };
    const day = {
      date: "2025-01-24",
      entries: [
        ...us,
        entry("deepseek-r1", "CN", 7, 1362, 6),
        ...rows(8, 3, 1360, 5),
        entry("x11", null, 11, 1356, 4),
        ...rows(12, 10, 1340, 5),
      ],
    };
    const later = {
      date: "2025-03-01",
      entries: [...us, ...rows(7, 6, 1368, 5), entry("deepseek-r1", "CN", 13, 1362, 6)],
    };
    const ms = detectMilestones("lmarena-text", "LMArena text arena", [before, day, later]).filter(
      (m) => m.countries[0] === "CN",
    );
    expect(ms.map((m) => [m.kind, m.value])).toEqual([["first-top-n", 10]]);
    const q = ms[0].qualifiers;
    expect(q).toMatchObject({
      boardSize: 21,
      rank: 7,
      rival: { model: "x11", rank: 11 },
      margin: 6,
      ciOverlap: true,
      tie: true,
      endedOn: "2025-03-01",
      days: 36,
    });
    expect(ms[0].title).toBe(
      "China: tie for a place in the top 10 of LMArena text arena: deepseek-r1, #7 of 21, 6.00 points ahead of #11 (95% intervals overlap #11's: a statistical tie), held 36 days",
    );
    // Intervals apart: a first, not a tie.
    const apart = {
      ...day,
      entries: day.entries.map((e) => (e.model === "x11" ? entry("x11", null, 11, 1340, 2) : e)),
    };
    const [clear] = detectMilestones("lmarena-text", "LMArena text arena", [before, apart, later]).filter(
      (m) => m.countries[0] === "CN",
    );
    expect(clear.qualifiers).toMatchObject({ ciOverlap: false, tie: false, margin: 22 });
    expect(clear.title).toMatch(/^China: first model in the top 10 .*95% intervals apart from #11's/);
  });

  test("a retired board's milestone that held to the end says so, not 'so far'", () => {
    const series = [
      { date: "2025-01-01", entries: [entry("us-1", "US", 1, 50), ...rows(2, 12, 40)] },
      { date: "2025-03-21", entries: [entry("us-1", "US", 1, 50), entry("fr-1", "FR", 2, 45), ...rows(3, 12, 40)] },
    ];
    const [fr] = detectMilestones("hf", "HF", series, { retired: true }).filter((m) => m.countries[0] === "FR");
    expect(fr.qualifiers).toMatchObject({ endedOn: null, days: 0 });
    expect(fr.title).toMatch(/held 0 days, to the board's last snapshot \(it is retired\)$/);
    // The list and feed line reads the board's retirement from the board registry.
    expect(qualifierLine({ ...fr, board: "hf-open-llm-v2" })).toMatch(
      /held 0 days, to the board's last snapshot \(it is retired\)/,
    );
    expect(qualifierLine({ ...fr, board: "lmarena-text" })).toMatch(/holding for 0 days so far/);
  });
});

describe("milestones that rest on a caveated snapshot", () => {
  // The arena's 2025-11-05 snapshot holds the board of about 2025-08-29: Europe's best-ever rank (#2,
  // mistral-medium-2508) was found on it. A milestone found there, or ending there, names the caveat.
  const series = [
    snap("2025-05-06", [["us-a", "US", 1450], ["cn-a", "CN", 1440], ...filler(4, 1430), ["fr-a", "FR", 1380]]),
    snap("2025-05-20", [["us-a", "US", 1450], ["cn-a", "CN", 1440], ["fr-a", "FR", 1435], ...filler(4, 1300)]),
    snap("2025-05-24", [["cn-b", "CN", 1455], ["us-a", "US", 1450], ["fr-b", "FR", 1420], ...filler(3, 1300)]),
    snap("2025-11-05", [["us-c", "US", 1470], ["fr-c", "FR", 1445], ["cn-b", "CN", 1440], ...filler(3, 1300)]),
    snap("2025-11-06", [["us-c", "US", 1470], ["cn-c", "CN", 1460], ["fr-c", "FR", 1445], ...filler(3, 1300)]),
  ];
  const AUGUST = "arena-2025-11-05-holds-august-board";
  const found = detectMilestones("lmarena-text", "LMArena", series);
  const on = (kind: string, key: string, date: string) =>
    found.find((m) => m.kind === kind && m.countries[0] === key && m.date === date)!;

  test("found on 2025-11-05: Europe's best-ever rank and the contested lead carry the caveat", () => {
    expect(on("best-rank", "europe", "2025-11-05")).toMatchObject({ value: 2, model: "fr-c", caveats: [AUGUST] });
    const contest = found.find((m) => m.kind === "contested")!;
    expect(contest).toMatchObject({ date: "2025-11-05", caveats: [AUGUST] });
    expect(caveatLine(on("best-rank", "europe", "2025-11-05"))).toBe(
      "Rests on the snapshot of 2025-11-05, which holds the board of about 2025-08-29 (published late), so it says when the data shows it, not when it happened.",
    );
  });

  test("ended on 2025-11-05: China's first #1 and its lead over the US carry it; one that still holds does not", () => {
    expect(on("first-top-n", "CN", "2025-05-24")).toMatchObject({
      value: 1,
      qualifiers: { endedOn: "2025-11-05" },
      caveats: [AUGUST],
    });
    expect(on("lead-change", "CN", "2025-05-24")).toMatchObject({ caveats: [AUGUST] });
    expect(on("first-top-n", "europe", "2025-05-20")).toMatchObject({
      value: 5,
      qualifiers: { endedOn: null },
      caveats: [],
    });
    expect(caveatLine({ caveats: [] })).toBeNull();
  });

  test("another board's same dates carry none", () => {
    expect(detectMilestones("hf-open-llm-v2", "HF", series).every((m) => m.caveats.length === 0)).toBe(true);
  });
});
