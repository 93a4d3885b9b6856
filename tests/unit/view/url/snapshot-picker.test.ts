import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dateForYear,
  fromSnapshotIndex,
  PICKER_LIMIT,
  snapshotPicker,
  toSnapshotIndex,
} from "@/lib/view/url/snapshot-picker";
import type { SnapshotListItem } from "@/lib/standings/types";

const DAY = 86_400_000;
const daily = (from: string, count: number): SnapshotListItem[] =>
  Array.from({ length: count }, (_, i) => ({
    date: new Date(Date.parse(`${from}T00:00:00Z`) + i * DAY).toISOString().slice(0, 10),
    entries: 100 + i,
    officialEntries: null,
  }));

describe("snapshot picker", () => {
  it("lists every snapshot, newest first, in one menu while they fit (today's 110)", () => {
    const all = daily("2023-05-08", 110);
    const list = [...all.slice(50), ...all.slice(0, 50)].reverse();
    const p = snapshotPicker(list, null);
    expect(p.years).toBeNull();
    expect(p.options.map((s) => s.date)).toEqual(
      daily("2023-05-08", 110)
        .map((s) => s.date)
        .reverse(),
    );
    expect(p.latest).toBe("2023-08-25");
  });

  it("over ten years of daily snapshots, asks for a year and lists that year's snapshots", () => {
    const list = daily("2016-01-01", 3650);
    const latest = list[list.length - 1].date;
    expect(latest).toBe("2025-12-28");
    const now = snapshotPicker(list, null);
    expect(now.years).toEqual(["2025", "2024", "2023", "2022", "2021", "2020", "2019", "2018", "2017", "2016"]);
    expect(now.year).toBe("2025");
    expect(now.options).toHaveLength(362);
    expect(now.options[0].date).toBe(latest);
    const past = snapshotPicker(list, "2019-03-04");
    expect(past.year).toBe("2019");
    expect(past.options.map((s) => s.date)).toEqual(
      list
        .filter((s) => s.date.startsWith("2019"))
        .map((s) => s.date)
        .reverse(),
    );
    expect(past.latest).toBe(latest);
    // A date without a snapshot shows the latest's year (the panel shows the latest snapshot then).
    expect(snapshotPicker(list, "2030-01-01").year).toBe("2025");
    expect(snapshotPicker([], null)).toEqual({ years: null, year: null, options: [], latest: null });
  });

  it("choosing a year shows its newest snapshot; the newest year is the latest (no date)", () => {
    const list = daily("2016-01-01", 3650);
    expect(dateForYear(list, "2019")).toBe("2019-12-31");
    expect(dateForYear(list, "2025")).toBeNull();
    expect(dateForYear(list, "2030")).toBeNull();
  });

  it("never lists more than the limit unless one year holds more; the shown date is always listed", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 20 * 366 }), { minLength: 1, maxLength: 1200 }),
        fc.integer({ min: 0, max: 1199 }),
        fc.integer({ min: 50, max: PICKER_LIMIT }),
        (days, pick, limit) => {
          const list = days.map((d) => ({
            date: new Date(Date.UTC(2000, 0, 1) + d * DAY).toISOString().slice(0, 10),
            entries: 1,
            officialEntries: null,
          }));
          const date = list[pick % list.length].date;
          const p = snapshotPicker(list, date, limit);
          expect(p.options.map((s) => s.date)).toContain(date);
          if (p.years === null) expect(p.options).toHaveLength(list.length);
          else {
            expect(p.options.length).toBeLessThanOrEqual(366);
            expect(p.options.every((s) => s.date.startsWith(p.year!))).toBe(true);
            expect(p.years).toContain(date.slice(0, 4));
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("snapshot index", () => {
  it("holds a list in columns, ascending, and gives it back", () => {
    const list = [
      { date: "2025-03-01", entries: 9, officialEntries: 4 },
      { date: "2024-07-13", entries: 7, officialEntries: null },
    ];
    const index = toSnapshotIndex(list);
    expect(index).toEqual({ dates: ["2024-07-13", "2025-03-01"], entries: [7, 9], officialEntries: [null, 4] });
    expect(fromSnapshotIndex(index)).toEqual([...list].reverse());
    const arena = daily("2016-01-01", 3650);
    expect(toSnapshotIndex(arena).officialEntries).toBeNull();
    expect(fromSnapshotIndex(toSnapshotIndex(arena))).toEqual(arena);
    expect(toSnapshotIndex(arena)).toBe(toSnapshotIndex(arena));
    // The point of it: a third of the list's JSON.
    expect(JSON.stringify(toSnapshotIndex(arena)).length).toBeLessThan(JSON.stringify(arena).length / 2.5);
  });
});
