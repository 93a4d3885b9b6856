import { describe, expect, test } from "vitest";
import { viewToQuery } from "@/lib/view/url/api-requests";
import { resolveView, shownCategory } from "@/lib/view/url/resolve-view";
import { VIEW_DEFAULTS } from "@/lib/view/url/view-state";

const view = (over: Partial<typeof VIEW_DEFAULTS>) => ({ ...VIEW_DEFAULTS, ...over });
const categories = [{ name: "overall" }, { name: "chinese" }, { name: "coding" }];
// The overall list runs a year longer than the chinese one: range presets must count back from the category's own.
const overall = ["2023-05-01", "2024-06-01", "2025-06-01", "2025-11-01"].map((date) => ({ date }));
const chinese = ["2023-05-01", "2024-06-01", "2024-11-01"].map((date) => ({ date }));

describe("shownCategory", () => {
  test("keeps a category the board has, and keeps the asked one while the list is not known", () => {
    expect(shownCategory(view({ category: "chinese" }), categories)).toBe("chinese");
    expect(shownCategory(view({ category: "chinese" }), undefined)).toBe("chinese");
    expect(shownCategory(view({ category: "chinese" }), null)).toBe("chinese");
  });

  test("falls back to overall for a category the board does not have, and on a board without categories", () => {
    expect(shownCategory(view({ category: "elvish" }), categories)).toBe("overall");
    expect(shownCategory(view({ board: "hf-open-llm-v2", category: "chinese" }), categories)).toBe("overall");
    expect(shownCategory(view({ board: "hf-open-llm-v2", category: "chinese" }), undefined)).toBe("overall");
  });
});

describe("resolveView", () => {
  test("a category the board has: shown as asked, dated by that category's own snapshots, no notice", () => {
    const r = resolveView(view({ category: "chinese", range: "1y" }), { categories, snapshots: chinese });
    expect(r.view.category).toBe("chinese");
    expect(r.notices).toEqual([]);
    expect([r.latest, r.asOf, r.tableDate]).toEqual(["2024-11-01", "2024-11-01", "2024-11-01"]);
    expect(viewToQuery(r.view, r).standings).toMatchObject({ category: "chinese", from: "2023-11-01" });
  });

  test("a category the board does not have (or no longer has): overall, with a notice naming both", () => {
    const asked = view({ category: "elvish", range: "1y" });
    const r = resolveView(asked, { categories, snapshots: overall });
    expect(r.view).toEqual({ ...asked, category: "overall" });
    expect(r.notices).toEqual([
      { key: "category", value: "elvish", message: "No prompt category elvish on this board; showing Overall." },
    ]);
    expect(r.latest).toBe("2025-11-01");
    expect(viewToQuery(r.view, r).standings).toMatchObject({ category: "overall", from: "2024-11-01" });
  });

  test("no category notice on a board without categories: the parameter does not apply there", () => {
    const r = resolveView(view({ board: "hf-open-llm-v2", category: "chinese" }), {
      categories: [{ name: "overall" }],
      snapshots: overall,
    });
    expect(r.view.category).toBe("overall");
    expect(r.notices).toEqual([]);
  });

  test("a table date without a snapshot: the table shows the range's end, with a notice", () => {
    const latest = resolveView(view({ date: "2025-01-01" }), { categories, snapshots: overall });
    expect([latest.tableDate, latest.asOf]).toEqual(["2025-11-01", "2025-11-01"]);
    expect(latest.notices).toEqual([
      {
        key: "date",
        value: "2025-01-01",
        message: "No snapshot on date=2025-01-01 on this board; showing the latest snapshot.",
      },
    ]);
    const ranged = resolveView(view({ date: "2025-01-01", to: "2025-07-01" }), { categories, snapshots: overall });
    expect(ranged.tableDate).toBe("2025-06-01");
    expect(ranged.notices[0].message).toBe(
      "No snapshot on date=2025-01-01 on this board; showing the last snapshot of the date range.",
    );
    expect(resolveView(view({ date: "2024-06-01" }), { categories, snapshots: overall }).tableDate).toBe("2024-06-01");
  });

  test("while the lists are not known: the asked view, no dates and no notices", () => {
    const asked = view({ category: "elvish", date: "2025-01-01" });
    expect(resolveView(asked, {})).toEqual({ view: asked, notices: [], latest: null, asOf: null, tableDate: null });
  });
});
