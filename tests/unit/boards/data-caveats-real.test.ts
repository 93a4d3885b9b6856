// The 2025-11-05 caveat on each arena board rests on that board's own rows in the shared data (skipped when absent):
// the snapshot holds the late-August models and none of the September and October releases its description names,
// which first appear on 2025-11-06. Every board the catalog version dated carries the caveat, and only on that date.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dataCaveatsFor, type DataCaveat } from "@/lib/boards/data-caveats";
import { readCsvRecords } from "../attribution/csv";

const CSV_DIR = path.resolve(process.cwd(), "../shared/data/csv");

/**
 * Per board: its CSV twin, models its 2025-11-05 snapshot holds (August releases), later ones it must not hold, and
 * the later releases its caveat's description names.
 */
const BOARDS: { board: string; file: string; august: string[]; later: string[]; named: string[] }[] = [
  {
    board: "lmarena-text",
    file: "arena_text_full.csv",
    august: ["gpt-5-chat", "claude-opus-4-1-20250805", "deepseek-v3.1", "mistral-medium-2508"],
    later: ["claude-sonnet-4-5-20250929", "glm-4.6", "claude-haiku-4-5-20251001", "qwen3-max-2025-09-23"],
    named: [],
  },
  {
    board: "lmarena-text-style-control",
    file: "arena_text_style_control_full.csv",
    august: ["gpt-5-chat", "claude-opus-4-1-20250805", "deepseek-v3.1", "mistral-medium-2508"],
    later: ["claude-sonnet-4-5-20250929", "glm-4.6", "claude-haiku-4-5-20251001"],
    named: ["claude-sonnet-4-5-20250929", "glm-4.6", "claude-haiku-4-5-20251001"],
  },
  {
    board: "lmarena-vision",
    file: "arena_vision_full.csv",
    august: ["gpt-5-chat", "glm-4.5v", "mistral-medium-2508"],
    later: ["qwen3-vl-235b-a22b-instruct", "gemini-2.5-flash-preview-09-2025"],
    named: ["qwen3-vl-235b-a22b", "gemini-2.5-flash-preview-09-2025", "28 to 67 points"],
  },
  {
    board: "lmarena-text-to-image",
    file: "arena_text_to_image_full.csv",
    august: ["gemini-2.5-flash-image-preview (nano-banana)"],
    later: ["hunyuan-image-3.0", "seedream-4-2k", "mai-image-1"],
    named: ["hunyuan-image-3.0", "seedream-4", "mai-image-1", "nano-banana"],
  },
];

describe.skipIf(!existsSync(CSV_DIR))("the 2025-11-05 caveat on every arena board, against the data", () => {
  const overallOn = (file: string) => {
    const byDate = new Map<string, Set<string>>();
    for (const r of readCsvRecords(path.join(CSV_DIR, file))) {
      if (r.category !== "overall") continue;
      const date = r.leaderboard_publish_date!;
      if (!byDate.has(date)) byDate.set(date, new Set());
      byDate.get(date)!.add(r.model_name!);
    }
    return byDate;
  };

  it.each(BOARDS)("$board: 2025-11-05 holds the August board, and the caveat says so", (b) => {
    const byDate = overallOn(b.file);
    const nov5 = byDate.get("2025-11-05")!;
    const nov6 = byDate.get("2025-11-06")!;
    for (const m of b.august) expect(nov5.has(m), `${m} on 2025-11-05`).toBe(true);
    for (const m of b.later) {
      expect(nov5.has(m), `${m} not on 2025-11-05`).toBe(false);
      expect(nov6.has(m), `${m} on 2025-11-06`).toBe(true);
    }
    const caveats: DataCaveat[] = dataCaveatsFor(b.board);
    expect(caveats).toHaveLength(1);
    expect(caveats[0]).toMatchObject({ kind: "late-snapshot", dates: ["2025-11-05"], holdsBoardOf: "2025-08-29" });
    // The description names the board's own evidence, not another board's.
    for (const m of b.named) expect(caveats[0].description).toContain(m);
  });

  it("the vision scores fall from 2025-11-05 to 2025-11-06 for every model on both dates, by 28 to 67 points", () => {
    const score = new Map<string, number>();
    let shared = 0;
    let min = Infinity;
    let max = -Infinity;
    for (const r of readCsvRecords(path.join(CSV_DIR, "arena_vision_full.csv"))) {
      if (r.category !== "overall") continue;
      if (r.leaderboard_publish_date === "2025-11-05") score.set(r.model_name!, Number(r.rating));
    }
    for (const r of readCsvRecords(path.join(CSV_DIR, "arena_vision_full.csv"))) {
      if (r.category !== "overall" || r.leaderboard_publish_date !== "2025-11-06" || !score.has(r.model_name!))
        continue;
      const fall = score.get(r.model_name!)! - Number(r.rating);
      shared++;
      min = Math.min(min, fall);
      max = Math.max(max, fall);
    }
    expect(shared).toBe(75);
    expect(Math.round(min)).toBe(28);
    expect(Math.round(max)).toBe(67);
  });
});
