import { describe, expect, test } from "vitest";
import { countryHasModels, emptyReason, emptyText } from "@/lib/view/chart/empty-state";

const span = { snapshots: 3, firstDate: "2024-01-01", lastDate: "2024-06-01" };
const idle = { running: false, error: null };

describe("empty chart states", () => {
  test("an empty board says whether the first ingest is running or why it failed, never 'widen the range'", () => {
    const none = { snapshots: 0, firstDate: null, lastDate: null };
    expect(emptyText(emptyReason(none, 0, { running: true, error: null }), "Arena")).toBe(
      "No data yet for Arena: the first ingest is running.",
    );
    const failed = emptyText(
      emptyReason(none, 0, { running: false, error: "GET x failed after 3 attempt(s): network error\nmore" }),
      "Arena",
    );
    expect(failed).toBe(
      "No data yet for Arena: the first ingest failed because GET x failed after 3 attempt(s): network error",
    );
    expect(failed).not.toMatch(/widen/i);
  });

  test("'widen the date range' only when the range excludes every snapshot", () => {
    expect(emptyReason(span, 0, idle)).toEqual({ kind: "range", firstDate: "2024-01-01", lastDate: "2024-06-01" });
    expect(emptyText(emptyReason(span, 0, idle), "Arena")).toMatch(
      /from 2024-01-01 to 2024-06-01\. Widen the date range/,
    );
    const filters = emptyText(emptyReason(span, 2, idle), "Arena");
    expect(filters).not.toMatch(/widen/i);
    expect(filters).toMatch(/countries/);
  });
});

describe("countryHasModels", () => {
  const board = (values: (number | null)[], leading: unknown[] = []) => ({
    bestRank: values.map((value) => ({ value })),
    leading,
  });
  test("a country with no organization and no ranked date on any board has nothing to show", () => {
    expect(countryHasModels({ organizations: [], boards: [board([null, null]), board([])] })).toBe(false);
  });
  test("one ranked date, one leading model or one organization is enough", () => {
    expect(countryHasModels({ organizations: [], boards: [board([null, 7])] })).toBe(true);
    expect(countryHasModels({ organizations: [], boards: [board([null], [{}])] })).toBe(true);
    expect(countryHasModels({ organizations: [{}], boards: [board([null])] })).toBe(true);
  });
});
