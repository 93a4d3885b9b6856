import { describe, expect, test } from "vitest";
import {
  assessFreshness,
  nextScheduledRun,
  publicError,
  scheduleIntervalMs,
  type BoardIngestState,
} from "@/lib/ingest/freshness-rules";

const now = new Date("2026-01-10T12:00:00Z");
const H = 3_600_000;
function board(over: Partial<BoardIngestState> = {}): BoardIngestState {
  return {
    board: "lmarena-text",
    name: "Arena",
    retiredOn: null,
    snapshots: 5,
    firstDate: "2025-01-01",
    lastDate: "2026-01-09",
    lastRun: { status: "succeeded", finishedAt: "2026-01-10T10:00:00Z", trigger: "schedule", error: null },
    lastSuccessAt: "2026-01-10T10:00:00Z",
    running: false,
    lastError: null,
    ...over,
  };
}

describe("staleness", () => {
  test("fresh when the last check succeeded within twice the interval", () => {
    expect(assessFreshness([board()], 6 * H, now)).toMatchObject({
      stale: false,
      causes: [],
      newestDate: "2026-01-09",
    });
  });

  test("stale when the last success is older than twice the interval", () => {
    const b = board({
      lastSuccessAt: "2026-01-10T01:00:00Z",
      lastRun: { status: "succeeded", finishedAt: "2026-01-10T01:00:00Z", trigger: "cli", error: null },
    });
    expect(assessFreshness([b], 6 * H, now).stale).toBe(false);
    expect(assessFreshness([b], 6 * H, new Date(now.getTime() + 2 * H)).causes).toEqual([
      { kind: "old", board: "lmarena-text", name: "Arena", lastSuccessAt: "2026-01-10T01:00:00Z" },
    ]);
  });

  test("stale when the last run failed, naming its error, even right after a success", () => {
    const b = board({
      lastRun: { status: "failed", finishedAt: "2026-01-10T11:00:00Z", trigger: "schedule", error: "GET x failed" },
    });
    expect(assessFreshness([b], 6 * H, now).causes).toEqual([
      { kind: "failed", board: "lmarena-text", name: "Arena", at: "2026-01-10T11:00:00Z", message: "GET x failed" },
    ]);
  });

  test("a retired board never counts, however old or failed", () => {
    const hf = board({ board: "hf", retiredOn: "2025-03-21", lastSuccessAt: null, lastRun: null });
    expect(assessFreshness([board(), hf], 6 * H, now).stale).toBe(false);
  });

  test("history only from the shipped bundle: stale, and says whether the first check is running", () => {
    const b = board({ lastRun: null, lastSuccessAt: null, running: true });
    expect(assessFreshness([b], 6 * H, now).causes).toEqual([
      { kind: "never-checked", board: "lmarena-text", name: "Arena", running: true },
    ]);
  });

  test("the schedule's interval and next run come from the cron expression", () => {
    expect(scheduleIntervalMs("0 */6 * * *", now)).toBe(6 * H);
    expect(scheduleIntervalMs("*/15 * * * *", now)).toBe(15 * 60_000);
    expect(scheduleIntervalMs("off", now)).toBe(6 * H);
    expect(nextScheduledRun("0 */6 * * *", now)).toBe("2026-01-10T18:00:00.000Z");
    expect(nextScheduledRun("off", now)).toBeNull();
  });
});

describe("errors readers may see", () => {
  test("network failures stay in full", () => {
    const e = "GET https://hub.example/api/x failed after 3 attempt(s): network error: fetch failed (ECONNREFUSED)";
    expect(publicError(e)).toBe(e);
    expect(publicError(`2025-01-02: ${e}`)).toBe(`2025-01-02: ${e}`);
  });

  test("anything that may quote upstream's bytes becomes generic", () => {
    const leak = "invalid JSON from file:///etc/hostname: Unexpected token 's', \"secret-host\" is not valid JSON";
    const shown = publicError(
      `${leak}\n2024-01-01: text/full.parquet: row 3: field "rating" expected number (value: "x")`,
    );
    expect(shown).not.toMatch(/secret-host|hostname|rating/);
    expect(shown.split("\n")).toEqual([
      "upstream sent data that could not be read (the operator has the details)",
      "2024-01-01: upstream sent data that could not be read (the operator has the details)",
    ]);
  });
});
