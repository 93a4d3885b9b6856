// CSV answers round numbers to what the sources publish, and describe themselves in a metadata sidecar.
import { describe, expect, test } from "vitest";
import { gapCsv, snapshotTableCsv, standingsCsv } from "@/lib/api/csv";
import { csvPathOf, gapMetadata, sidecarPath, standingsMetadata } from "@/lib/api/csv-metadata";
import { fileMetadata } from "@/lib/view/url/provenance";
import { roundTo } from "@/lib/standings/format";
import type { GapResponse, SnapshotTableResponse, StandingsResponse } from "@/lib/standings/types";

const standings = (metric: StandingsResponse["metric"], value: number): StandingsResponse => ({
  board: "lmarena-text",
  category: "overall",
  metric,
  n: 10,
  attribution: "developer",
  license: "all",
  official: false,
  updatedAt: null,
  asOf: "2025-12-11",
  concentration: [],
  series: [
    {
      key: "US",
      label: "United States",
      points: [
        { date: "2025-02-03", value, model: "m" },
        { date: "2025-02-11", value: null, model: null },
      ],
    },
  ],
});

describe("rounding", () => {
  test("roundTo rounds half away from float noise and keeps null", () => {
    expect(roundTo(1364.8213000000001, 2)).toBe(1364.82);
    expect(roundTo(1364.825, 2)).toBe(1364.83);
    expect(roundTo(-0.001, 2)).toBe(0);
    expect(roundTo(null, 2)).toBeNull();
  });

  test("scores carry two decimals, shares four, ranks stay whole", () => {
    expect(standingsCsv(standings("best-score", 1364.821345678901)).body).toContain(
      "2025-02-03,US,United States,1364.82,m\r\n",
    );
    expect(standingsCsv(standings("top-n-share", 0.333333333333)).body).toContain(",0.3333,");
    expect(standingsCsv(standings("best-rank", 3)).body).toContain(",3,m");
  });

  test("the gap's scores, gap, percent and band carry two decimals", () => {
    const r = {
      board: "lmarena-text",
      category: "overall",
      a: "US",
      b: "CN",
      attribution: "developer",
      updatedAt: null,
      asOf: "2025-02-11",
      points: [
        {
          date: "2025-02-11",
          a: { score: 1365.123456, model: "x" },
          b: { score: 1343.987654, model: "y" },
          absolute: 21.135802,
          relative: 1.5725791,
          lagDays: 30,
          reverseLagDays: null,
          leader: "US",
          ci: { low: 12.3456789, high: 29.87654 },
          significant: true,
          lagSpansChange: null,
          reverseLagSpansChange: null,
          lagDataCaveat: null,
          reverseLagDataCaveat: null,
        },
      ],
    } as unknown as GapResponse;
    const line = gapCsv(r).body.split("\r\n")[1];
    expect(line).toBe("2025-02-11,US,1365.12,x,CN,1343.99,y,21.14,1.57,30,,US,12.35,29.88,true,,,,");
  });

  test("the ranking table's score and interval carry two decimals", () => {
    const r = {
      board: "lmarena-text",
      date: "2025-02-11",
      category: "overall",
      attribution: "developer",
      countries: [],
      rows: [
        {
          rank: 1,
          model: "m",
          name: "M",
          organization: "O",
          organizationSlug: "o",
          country: "US",
          score: 1365.1234567,
          ciLower: 1360.0000001,
          ciUpper: 1370.55555,
          votes: 100,
          license: "x",
          licenseClass: "open",
          official: null,
          why: "w",
          scoreRank: 1,
          publishedRank: 1,
        },
      ],
    } as unknown as SnapshotTableResponse;
    expect(snapshotTableCsv(r).body.split("\r\n")[1]).toBe("1,m,M,O,o,US,1365.12,1360,1370.56,100,x,open,,w,1,1");
  });
});

describe("metadata sidecar", () => {
  test("lives at <resource>/metadata.json with the same query, without format", () => {
    expect(sidecarPath("/api/v1/standings?board=lmarena-text&countries=US~CN&format=csv")).toBe(
      "/api/v1/standings/metadata.json?board=lmarena-text&countries=US~CN",
    );
    expect(sidecarPath("/api/v1/lenses/price?format=csv")).toBe("/api/v1/lenses/price/metadata.json");
    expect(csvPathOf("/api/v1/standings", { board: "lmarena-text", metric: "best-score", to: "2025-02-11" })).toBe(
      "/api/v1/standings?board=lmarena-text&metric=best-score&to=2025-02-11&format=csv",
    );
  });

  test("names the data date (the file's last date), source, licence with credit, citation and every column", () => {
    const csv = "/api/v1/standings?board=lmarena-text&metric=best-score&to=2025-02-11&format=csv";
    const m = standingsMetadata(standings("best-score", 1300), csv);
    expect(m.title).toBe("Best score by country on LMArena text arena");
    expect(m.file).toBe(csv);
    expect(m.dataAsOf).toBe("2025-02-11");
    expect(m.range).toEqual({ from: "2025-02-03", to: "2025-02-11" });
    expect(m.sources[0]).toMatchObject({
      publisher: "LMArena",
      licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    });
    expect(m.licence).toBe("Data: LMArena, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); credit LMArena.");
    expect(m.citation).toContain("data as of 2025-02-11");
    expect(m.citation).toContain(csv);
    expect(m.citation).toContain("CC BY 4.0");
    // The columns are the CSV's header, in order, and say how numbers are rounded.
    expect(m.columns.map((c) => c.name).join(",")).toBe(
      standingsCsv(standings("best-score", 1300)).body.split("\r\n")[0],
    );
    expect(m.columns.find((c) => c.name === "value")!.decimals).toBe(2);
    expect(
      standingsMetadata(standings("best-rank", 1), csv).columns.find((c) => c.name === "value")!.decimals,
    ).toBeUndefined();
  });

  test("the gap's columns match its CSV header", () => {
    const r = {
      board: "hf-open-llm-v2",
      category: "overall",
      a: "US",
      b: "CN",
      attribution: "developer",
      updatedAt: null,
      asOf: null,
      points: [],
    } as unknown as GapResponse;
    const m = gapMetadata(r, "/api/v1/gap?format=csv");
    expect(m.columns.map((c) => c.name).join(",")).toBe(gapCsv(r).body.split("\r\n")[0]);
    expect(m.dataAsOf).toBeNull();
    expect(m.range).toBeNull();
    expect(m.licence).toContain("credit the Open LLM Leaderboard");
  });

  test("fileMetadata uses the permalink as the cited URL when there is one", () => {
    const m = fileMetadata({
      title: "T",
      description: "D",
      file: "x.csv",
      permalink: "https://a.org/?to=2025-02-11",
      board: "lmarena-text",
      dates: ["2025-02-11", "2025-01-01"],
      columns: [],
      accessed: "2026-12-07",
    });
    expect(m.citation).toBe(
      'Leaderboard Atlas, "T", https://a.org/?to=2025-02-11 (data: LMArena text arena, overall (lmarena-ai/leaderboard-dataset); data as of 2025-02-11; accessed 2026-12-07). Data: LMArena, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); credit LMArena.',
    );
  });
});
