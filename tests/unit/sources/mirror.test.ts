// Reads the real offline mirror through a file:// endpoint, when it is present.
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { fetchHfRevision, listHfRevisions } from "@/lib/sources/hf-open-llm";
import { fetchArenaSnapshots } from "@/lib/sources/lmarena";

const MIRROR = path.resolve(process.cwd(), "../shared/data/mirror/huggingface.co");
const opts = { endpoint: pathToFileURL(MIRROR).toString() };

describe.skipIf(!existsSync(MIRROR))("real mirror via file://", () => {
  test("arena full: 110 snapshots, 14,624 rows", { timeout: 60_000 }, async () => {
    const snaps = await fetchArenaSnapshots(opts, "full");
    expect(snaps).toHaveLength(110);
    expect(snaps.reduce((n, s) => n + s.rows.length, 0)).toBe(14_624);
    expect(snaps[0].date).toBe("2023-05-08");
    expect(snaps.at(-1)!.date).toBe("2025-12-11");
    expect(snaps.at(-1)!.rows).toHaveLength(282);
    // The hash covers rows, not the date: 2025-01-21 and 2025-01-22 publish identical boards.
    const hashes = new Map(snaps.map((s) => [s.date, s.contentHash]));
    expect(new Set(hashes.values()).size).toBe(109);
    expect(hashes.get("2025-01-21")).toBe(hashes.get("2025-01-22"));
  });

  test(
    "arena categories: 28 names over the 19 catalog dates, 82,435 rows, none before 2025-02-06",
    { timeout: 60_000 },
    async () => {
      const snaps = await fetchArenaSnapshots(opts, "full");
      const withCategories = snaps.filter((s) => (s.categories ?? []).length > 0);
      expect(withCategories).toHaveLength(19);
      expect(withCategories[0].date).toBe("2025-02-06");
      const names = new Set(withCategories.flatMap((s) => s.categories!.map((c) => c.category)));
      expect(names.size).toBe(28);
      expect(names.has("chinese") && names.has("english") && !names.has("overall")).toBe(true);
      expect(withCategories.reduce((n, s) => n + s.categories!.reduce((m, c) => m + c.rows.length, 0), 0)).toBe(82_435);
      const last = snaps.at(-1)!;
      expect(last.categories!.find((c) => c.category === "chinese")!.rows[0].rank).toBe(1);
    },
  );

  test("arena latest: the newest date only", async () => {
    const snaps = await fetchArenaSnapshots(opts, "latest");
    expect(snaps.map((s) => [s.date, s.rows.length])).toEqual([["2025-12-11", 282]]);
  });

  test("HF: 10 revisions with the published row counts", { timeout: 60_000 }, async () => {
    const revs = await listHfRevisions(opts);
    expect(revs.map((r) => r.date)).toEqual([
      "2024-07-13",
      "2024-08-01",
      "2024-09-01",
      "2024-10-01",
      "2024-11-01",
      "2024-12-01",
      "2025-01-01",
      "2025-02-01",
      "2025-03-01",
      "2025-03-21",
    ]);
    const counts: number[] = [];
    for (const rev of revs) {
      const snap = await fetchHfRevision(opts, rev);
      counts.push(snap.rows.length);
      expect(snap.rows[0].rank).toBe(1);
      expect(snap.sourceRef).toBe(`${rev.id}:data/train-00000-of-00001.parquet`);
    }
    expect(counts).toEqual([237, 520, 758, 1283, 1731, 2093, 2695, 3491, 4250, 4576]);
  });
});
