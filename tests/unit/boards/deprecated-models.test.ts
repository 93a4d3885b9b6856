// The deprecated-models figures /methodology and the reconciliation note quote, measured on the real arena CSV
// (../shared/data/csv; skipped when absent). The arena rows' vote counts come only from the site's own table of the
// same publish, so a row without one is a model the site did not list that day.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { RECONCILIATION } from "@/lib/boards/reconciliation";
import { competitionRanks } from "@/lib/sources/competition-rank";
import { readCsvRecords } from "../attribution/csv";

const CSV = path.resolve(process.cwd(), "../shared/data/csv/arena_text_full.csv");

describe.skipIf(!existsSync(CSV))("models the arena's site hid, on the real history", { timeout: 60_000 }, () => {
  const byDate = new Map<string, { model: string; score: number; listed: boolean }[]>();
  if (existsSync(CSV))
    for (const r of readCsvRecords(CSV)) {
      const date = r.leaderboard_publish_date!;
      if (date < "2025-02-21" || date > "2025-05-24") continue;
      const rows = byDate.get(date) ?? [];
      rows.push({ model: r.model_name!, score: Number(r.rating), listed: r.vote_count !== null });
      byDate.set(date, rows);
    }
  const dates = [...byDate.keys()].sort();

  test("28 to 35 models a date have no row in the site's table from 2025-02-21 to 2025-05-24", () => {
    expect(dates).toHaveLength(14);
    const hidden = dates.map((d) => byDate.get(d)!.filter((r) => !r.listed).length);
    expect(hidden).toEqual([28, 28, 28, 28, 28, 28, 28, 31, 31, 31, 31, 32, 32, 35]);
    const unlisted = byDate
      .get("2025-02-21")!
      .filter((r) => !r.listed)
      .map((r) => r.model);
    for (const m of ["claude-1", "gpt-3.5-turbo-0314", "gemini-exp-1206"]) expect(unlisted).toContain(m);
  });

  test("counted, they put the site's top 20 a median of 2.5 to 10 places lower a date, 13 at most", () => {
    const medians: number[] = [];
    let most = 0;
    for (const d of dates) {
      const rows = byDate.get(d)!;
      const all = competitionRanks(rows.map((r) => r.score));
      const listed = rows.filter((r) => r.listed);
      const shown = competitionRanks(listed.map((r) => r.score));
      const rankOf = new Map(rows.map((r, i) => [r.model, all[i]]));
      const shifts = listed
        .flatMap((r, i) => (shown[i] <= 20 ? [rankOf.get(r.model)! - shown[i]] : []))
        .sort((a, b) => a - b);
      const mid = shifts.length / 2;
      medians.push(shifts.length % 2 ? shifts[Math.floor(mid)] : (shifts[mid - 1] + shifts[mid]) / 2);
      most = Math.max(most, ...shifts);
    }
    expect(Math.min(...medians)).toBe(2.5);
    expect(Math.max(...medians)).toBe(10);
    expect(most).toBe(13);
    const text = JSON.stringify(RECONCILIATION["lmarena-text"]);
    for (const quoted of [
      "28 to 35 models",
      "then 31, 32, and 35 on 2025-05-24",
      "a median of 2.5 to 10 places",
      "13 at most",
    ])
      expect(text).toContain(quoted);
  });
});
