// The data caveats: one checked list (a fault of the data on some snapshots, with its source), read by the charts,
// the lag, the milestones and the CSV sidecars.
import { describe, expect, test } from "vitest";
import {
  checkDataCaveats,
  DATA_CAVEATS,
  dataCaveatNote,
  dataCaveatsAmong,
  dataCaveatsFor,
  dataCaveatsOn,
  type DataCaveat,
} from "@/lib/boards/data-caveats";
import { caveatMarkersFor } from "@/lib/boards/markers";
import { seriesSpec } from "@/lib/view/chart/spec";

const AUGUST = "arena-2025-11-05-holds-august-board";
const valid: DataCaveat = {
  id: "x-late",
  board: "lmarena-text",
  kind: "late-snapshot",
  dates: ["2025-11-05"],
  holdsBoardOf: "2025-08-29",
  label: "A late snapshot",
  description: "This snapshot holds an older board than its date.",
  source: "https://example.org/why",
};

describe("the data caveat list", () => {
  test("holds the arena snapshot of 2025-11-05, which holds the board of about 2025-08-29, with its source", () => {
    const c = DATA_CAVEATS.find((x) => x.id === AUGUST)!;
    expect(c).toMatchObject({
      board: "lmarena-text",
      kind: "late-snapshot",
      dates: ["2025-11-05"],
      holdsBoardOf: "2025-08-29",
    });
    expect(c.source).toMatch(/^https:\/\/github\.com\/lmarena\/arena-catalog\//);
    expect(c.label.length).toBeLessThanOrEqual(40);
    for (const x of DATA_CAVEATS) expect(x.source).toMatch(/^https:\/\//);
    expect(new Set(DATA_CAVEATS.map((x) => x.id)).size).toBe(DATA_CAVEATS.length);
  });

  test("is read per board and per date", () => {
    expect(dataCaveatsFor("hf-open-llm-v2")).toEqual([]);
    expect(dataCaveatsOn("lmarena-text", "2025-11-05").map((c) => c.id)).toEqual([AUGUST]);
    expect(dataCaveatsOn("lmarena-text", "2025-11-06")).toEqual([]);
    expect(dataCaveatsAmong("lmarena-text", ["2025-05-24", "2025-11-05", "2025-11-06"]).map((c) => c.id)).toEqual([
      AUGUST,
    ]);
    expect(dataCaveatsAmong("lmarena-text", ["2025-11-06"])).toEqual([]);
    expect(dataCaveatNote(DATA_CAVEATS[0])).toMatch(/^Data caveat \(2025-11-05\): The arena snapshot dated 2025-11-05/);
  });

  test("refuses a malformed entry: a late snapshot without the board's date or dated before it, a duplicate id, an unknown board, a long label, a plain-http source", () => {
    expect(checkDataCaveats([valid])).toHaveLength(1);
    expect(() => checkDataCaveats([{ ...valid, holdsBoardOf: undefined }])).toThrow(/holdsBoardOf/);
    expect(() => checkDataCaveats([{ ...valid, holdsBoardOf: "2025-12-01" }])).toThrow(/holdsBoardOf/);
    expect(() => checkDataCaveats([valid, valid])).toThrow(/duplicate/);
    expect(() => checkDataCaveats([{ ...valid, board: "lmarena-no-such-arena" }])).toThrow();
    expect(() => checkDataCaveats([{ ...valid, label: "x".repeat(41) }])).toThrow();
    expect(() => checkDataCaveats([{ ...valid, source: "http://example.org" }])).toThrow();
    expect(() => checkDataCaveats([{ ...valid, dates: [] }])).toThrow();
    expect(() => checkDataCaveats([{ ...valid, dates: ["2025-02-30"] }])).toThrow();
    // A caveat of several dates is sorted, and marked on each.
    expect(checkDataCaveats([{ ...valid, dates: ["2025-12-01", "2025-11-05"] }])[0].dates).toEqual([
      "2025-11-05",
      "2025-12-01",
    ]);
  });
});

describe("the caveat on a chart", () => {
  const chart = (dates: string[], events: boolean) =>
    seriesSpec({
      title: "Best rank",
      subtitle: "",
      kind: "step",
      unit: "rank",
      lowerIsBetter: true,
      yLabel: "Best rank",
      value: { kind: "metric", metric: "best-rank", board: "lmarena-text" },
      series: [{ key: "US", label: "United States", points: dates.map((date) => ({ date, value: 1, model: "m" })) }],
      board: "lmarena-text",
      events,
    });

  test("a chart whose span includes 2025-11-05 marks the caveat there, events on or off", () => {
    const on = chart(["2025-05-24", "2025-11-05", "2025-11-06"], true);
    const caveat = on.markers.filter((m) => m.kind === "caveat");
    expect(caveat).toEqual([
      {
        id: AUGUST,
        kind: "caveat",
        date: "2025-11-05",
        label: "Snapshot holds the late-August board",
        description: DATA_CAVEATS[0].description,
        source: DATA_CAVEATS[0].source,
      },
    ]);
    // Beside the method change of the same date (the scale shift), which only the events show.
    expect(on.markers.filter((m) => m.date === "2025-11-05").map((m) => m.kind)).toEqual(["method-change", "caveat"]);
    const off = chart(["2025-05-24", "2025-11-05", "2025-11-06"], false);
    expect(off.markers.map((m) => m.id)).toEqual([AUGUST]);
    // Within the span though not a point of it (a thinned chart), and not outside it.
    expect(chart(["2025-05-24", "2025-12-11"], false).markers.map((m) => m.id)).toEqual([AUGUST]);
    expect(chart(["2025-11-06", "2025-12-11"], false).markers).toEqual([]);
    expect(chart(["2025-05-24", "2025-11-05"], false).markers.map((m) => m.date)).toEqual(["2025-11-05"]);
  });

  test("other boards mark none", () => {
    expect(caveatMarkersFor("hf-open-llm-v2")).toEqual([]);
  });
});
