import { describe, expect, test } from "vitest";
import { gapCsv, modelHistoryCsv, safeFilename, snapshotListCsv, snapshotTableCsv, standingsCsv } from "@/lib/api/csv";
import type { ModelHistoryResponse, StandingsResponse } from "@/lib/standings/types";

const standings: StandingsResponse = {
  board: "lmarena-text",
  category: "overall",
  metric: "best-rank",
  n: 10,
  attribution: "developer",
  license: "all",
  official: false,
  series: [
    { key: "US", label: "United States", points: [{ date: "2025-01-01", value: 1, model: '=HYPERLINK("x")' }] },
    { key: "europe", label: "Europe", points: [{ date: "2025-01-01", value: null, model: null }] },
  ],
  updatedAt: null,
  asOf: "2025-01-01",
  concentration: [],
};

describe("API CSV", () => {
  test("standings: one row per point with date,key,label,value,model; formulas neutralised", () => {
    const { filename, body } = standingsCsv(standings);
    // Named after the data's date: the last snapshot the file covers.
    expect(filename).toBe("standings-lmarena-text-best-rank-2025-01-01.csv");
    expect(body).toBe(
      "date,key,label,value,model\r\n" +
        '2025-01-01,US,United States,1,"\'=HYPERLINK(""x"")"\r\n' +
        "2025-01-01,europe,Europe,,\r\n",
    );
  });

  test("gap keeps negative numbers as numbers", () => {
    const { body } = gapCsv({
      board: "lmarena-text",
      category: "overall",
      a: "US",
      b: "CN",
      attribution: "developer",
      updatedAt: null,
      asOf: null,
      points: [
        {
          date: "2025-01-01",
          a: { score: 1300, model: "-m" },
          b: { score: 1310, model: "+n" },
          absolute: -10,
          relative: -0.76,
          lagDays: null,
          reverseLagDays: 30,
          lagSpansChange: null,
          reverseLagSpansChange: "arena-2025-scale-shift",
          ci: { low: -22, high: 2 },
          significant: false,
          leader: "b",
          lagDataCaveat: null,
          reverseLagDataCaveat: "arena-2025-11-05-holds-august-board",
        },
      ],
    });
    expect(body.split("\r\n")[1]).toBe(
      "2025-01-01,US,1300,'-m,CN,1310,'+n,-10,-0.76,,30,b,-22,2,false,,arena-2025-scale-shift,,arena-2025-11-05-holds-august-board",
    );
  });

  test("snapshot list, table and model history", () => {
    expect(snapshotListCsv("hf-open-llm-v2", [{ date: "2024-08-01", entries: 3, officialEntries: 1 }]).body).toBe(
      "date,entries,official_entries\r\n2024-08-01,3,1\r\n",
    );
    const table = snapshotTableCsv({
      board: "lmarena-text",
      category: "overall",
      countries: [{ key: "US", count: 1 }],
      date: "2025-01-01",
      attribution: "base",
      rows: [
        {
          rank: 1,
          model: "m",
          name: "M, large",
          organization: "@org",
          organizationSlug: "org",
          country: "US",
          score: 1300.5,
          ciLower: 1296,
          ciUpper: 1305,
          votes: 1000,
          license: "Proprietary",
          licenseClass: "proprietary",
          official: null,
          why: "alias",
          scoreRank: 1,
          publishedRank: 3,
        },
      ],
    });
    expect(table.body.split("\r\n")[1]).toBe(
      '1,m,"M, large",\'@org,org,US,1300.5,1296,1305,1000,Proprietary,proprietary,,alias,1,3',
    );
    const history = {
      board: "lmarena-text",
      category: "overall",
      key: "a/b",
      points: [
        {
          date: "2025-01-01",
          rank: 2,
          scoreRank: 2,
          publishedRank: 1,
          rankOfficial: null,
          score: 1,
          ciLower: null,
          ciUpper: null,
          votes: null,
        },
      ],
    };
    const csv = modelHistoryCsv(history as unknown as ModelHistoryResponse);
    expect(csv.filename).toBe("model-lmarena-text-a_b.csv");
    expect(csv.body).toBe(
      "date,rank,score_rank,published_rank,rank_official,score,ci_lower,ci_upper,votes\r\n2025-01-01,2,2,1,,1,,,\r\n",
    );
  });

  test("file names cannot break the Content-Disposition header", () => {
    expect(safeFilename(['a"b', "c\r\nd", "ü/..", 1])).toBe("a_b-c_d-_..-1.csv");
  });
});
