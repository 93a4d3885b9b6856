import { describe, expect, test } from "vitest";
import { lastOnOrBefore, pinnedView, seriesEnd, tableDateFor, viewAsOf } from "@/lib/view/url/as-of";
import { VIEW_DEFAULTS } from "@/lib/view/url/view-state";

const snaps = ["2024-01-10", "2025-02-03", "2025-02-11", "2025-05-24", "2025-11-05", "2025-12-11"].map((date) => ({
  date,
}));
const view = (over: Partial<typeof VIEW_DEFAULTS>) => ({ ...VIEW_DEFAULTS, ...over });

describe("the view's data date", () => {
  test("is the range's end, not the newest snapshot", () => {
    expect(viewAsOf(view({ to: "2025-02-11" }), snaps)).toBe("2025-02-11");
    // A `to` between snapshots: the last snapshot on or before it.
    expect(viewAsOf(view({ to: "2025-03-01" }), snaps)).toBe("2025-02-11");
    expect(viewAsOf(view({}), snaps)).toBe("2025-12-11");
    expect(viewAsOf(view({ range: "1y" }), snaps)).toBe("2025-12-11");
    expect(viewAsOf(view({ from: "2025-01-01" }), snaps)).toBe("2025-12-11");
  });

  test("is null when no snapshot lies in the range, or the board has none", () => {
    expect(viewAsOf(view({ to: "2023-01-01" }), snaps)).toBeNull();
    expect(viewAsOf(view({ from: "2025-02-12", to: "2025-02-20" }), snaps)).toBeNull();
    expect(viewAsOf(view({}), [])).toBeNull();
    expect(viewAsOf(view({}), undefined)).toBeNull();
  });

  test("the ranking table shows the range's end unless the reader picks a snapshot", () => {
    expect(tableDateFor(view({ to: "2025-02-11" }), snaps)).toBe("2025-02-11");
    expect(tableDateFor(view({ to: "2025-02-11", date: "2024-01-10" }), snaps)).toBe("2024-01-10");
    // A picked date without a snapshot falls back to the range's end, not to the newest snapshot.
    expect(tableDateFor(view({ to: "2025-02-11", date: "2025-02-05" }), snaps)).toBe("2025-02-11");
    expect(tableDateFor(view({}), snaps)).toBe("2025-12-11");
    // A range with no snapshot still shows a table: the newest.
    expect(tableDateFor(view({ to: "2023-01-01" }), snaps)).toBe("2025-12-11");
    expect(tableDateFor(view({}), [])).toBeNull();
  });

  test("lastOnOrBefore and seriesEnd", () => {
    expect(lastOnOrBefore(snaps, "2025-02-10")).toBe("2025-02-03");
    expect(lastOnOrBefore(snaps)).toBe("2025-12-11");
    expect(lastOnOrBefore([{ date: "2025-01-02" }], "2025-01-01")).toBeNull();
    // A null value still marks a snapshot in range.
    const series = [
      {
        points: [
          { date: "2025-01-01", value: 1, model: null },
          { date: "2025-02-11", value: null, model: null },
        ],
      },
      { points: [{ date: "2025-01-01", value: 2, model: null }] },
    ];
    expect(seriesEnd(series)).toBe("2025-02-11");
    expect(seriesEnd([{ points: [] }])).toBeNull();
  });

  test("a cited view pins its range (and the table's snapshot) to dates", () => {
    expect(pinnedView(view({ countries: ["US", "CN"] }), { latest: "2025-12-11", asOf: "2025-12-11" })).toMatchObject({
      from: null,
      to: "2025-12-11",
      range: "all",
    });
    expect(pinnedView(view({ range: "1y" }), { latest: "2025-12-11", asOf: "2025-12-11" })).toMatchObject({
      from: "2024-12-11",
      to: "2025-12-11",
      range: "all",
    });
    expect(
      pinnedView(view({ to: "2025-03-01" }), { latest: "2025-12-11", asOf: "2025-02-11", tableDate: "2025-02-11" }),
    ).toMatchObject({ to: "2025-02-11", date: "2025-02-11" });
    const open = view({});
    expect(pinnedView(open, { latest: null, asOf: null })).toBe(open);
  });
});
