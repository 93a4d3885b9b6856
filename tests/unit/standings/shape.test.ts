import { describe, expect, test, vi } from "vitest";
import { standingsFromFrame } from "@/lib/standings/answers";
import { rankingRows, type StoredEntryRow } from "./stored-rows";
import { standingsQuerySchema, snapshotTableQuerySchema } from "@/lib/standings/query-schemas";
import { entry, frame } from "./helpers";
import { objectView } from "@/tests/unit/standings/oracle";

vi.mock("server-only", () => ({}));

function row(model: string, rank: number, more: Partial<StoredEntryRow> = {}): StoredEntryRow {
  return {
    model,
    name: model,
    rank,
    rankOfficial: null,
    score: 100 - rank,
    ciLower: null,
    ciUpper: null,
    votes: null,
    license: "Proprietary",
    official: null,
    devName: "Dev",
    devSlug: "dev",
    devCountry: "US",
    devWhy: "alias",
    baseName: "Base",
    baseSlug: "base",
    baseCountry: "CN",
    baseWhy: "lineage",
    ...more,
  };
}

describe("rankingRows", () => {
  const q = (qs: string) => snapshotTableQuerySchema.parse(Object.fromEntries(new URLSearchParams(qs)));

  test("attribution mode picks the organization, country and why", () => {
    const [dev] = rankingRows("lmarena-text", [row("m", 1)], q(""));
    expect([dev.organization, dev.organizationSlug, dev.country, dev.why]).toEqual(["Dev", "dev", "US", "alias"]);
    const [base] = rankingRows("lmarena-text", [row("m", 1)], q("attribution=base"));
    expect([base.organization, base.organizationSlug, base.country, base.why]).toEqual([
      "Base",
      "base",
      "CN",
      "lineage",
    ]);
  });

  test("official on HF keeps official rows ranked among themselves; ignored on the arena", () => {
    const rows = [
      row("a", 1),
      row("b", 2, { official: true, rankOfficial: 1 }),
      row("c", 3, { official: true, rankOfficial: 2 }),
    ];
    expect(rankingRows("hf-open-llm-v2", rows, q("official=true")).map((r) => [r.model, r.rank])).toEqual([
      ["b", 1],
      ["c", 2],
    ]);
    expect(rankingRows("lmarena-text", rows, q("official=true"))).toHaveLength(3);
  });

  test("license filter by class; HF rows are all open weights", () => {
    const rows = [row("p", 1), row("o", 2, { license: "MIT" }), row("u", 3, { license: null })];
    expect(rankingRows("lmarena-text", rows, q("license=open")).map((r) => r.model)).toEqual(["o"]);
    expect(rankingRows("lmarena-text", rows, q("license=proprietary")).map((r) => r.model)).toEqual(["p"]);
    expect(rankingRows("hf-open-llm-v2", rows, q("license=open"))).toHaveLength(3);
  });
});

describe("standingsFromFrame", () => {
  test("echoes the query and carries the frame's dates", () => {
    const f = {
      ...frame("lmarena-text", { "2025-01-01": [entry("us", 1, 1300, "US")] }),
      updatedAt: "t",
      asOf: "2025-01-01",
    };
    const q = standingsQuerySchema.parse({ board: "lmarena-text", countries: "US~CN" });
    const r = standingsFromFrame(f, q);
    expect(r).toMatchObject({
      board: "lmarena-text",
      metric: "best-rank",
      n: 10,
      attribution: "developer",
      updatedAt: "t",
      asOf: "2025-01-01",
    });
    expect(r.series.map((s) => s.points[0].value)).toEqual([1, null]);
  });
});

describe("rowsToFrame", () => {
  test("cuts snapshots by date, keeps empty ones and trims char(2) countries", async () => {
    const { rowsToFrame } = await import("@/lib/frame/load");
    const base = { created_at: new Date("2025-01-02T00:00:00Z"), rank_official: null, official: null, license: null };
    const f = rowsToFrame("lmarena-text", [
      { ...base, date: "2025-01-01", model: "a", rank: 1, score: 10, country_developer: "US", country_base: null },
      { ...base, date: "2025-01-01", model: "b", rank: 2, score: 9, country_developer: null, country_base: "CN" },
      {
        ...base,
        date: "2025-02-01",
        model: null,
        rank: null,
        score: null,
        country_developer: null,
        country_base: null,
        created_at: new Date("2025-02-02T00:00:00Z"),
      },
    ]);
    expect(objectView(f).snapshots.map((s) => [s.date, s.entries.length])).toEqual([
      ["2025-01-01", 2],
      ["2025-02-01", 0],
    ]);
    expect(objectView(f).snapshots[0].entries[1]).toMatchObject({ countryDeveloper: null, countryBase: "CN" });
    expect([f.asOf, f.updatedAt]).toEqual(["2025-02-01", "2025-02-02T00:00:00.000Z"]);
  });
});
