// The embedded path end to end: PGlite over pglite-socket, migrated and filled by the real ingest code.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { runUpdate } from "@/lib/jobs/update";
import { startEmbeddedDb, type EmbeddedDb } from "@/scripts/lib/embedded-db";
import { migrate } from "@/scripts/lib/migrate-runner";
import { syncReferenceData } from "@/scripts/lib/reference-data";
import { createMiniMirror, MINI_COUNTS, MINI_PRICES, type MiniMirror } from "../fixtures/mini-mirror";

let dir: string;
let db: EmbeddedDb;
let mirror: MiniMirror;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "atlas-embedded-test-"));
  db = await startEmbeddedDb(dir);
  mirror = await createMiniMirror();
});
afterAll(async () => {
  await db?.close();
  await rm(dir, { recursive: true, force: true });
  await mirror?.cleanup();
});

test("the embedded database migrates, ingests whole snapshots, and serves concurrent connections", async () => {
  await migrate(db.url);
  await syncReferenceData(db.url);
  const opts = {
    connectionString: db.url,
    trigger: "test" as const,
    hub: { endpoint: mirror.fileEndpoint },
    catalog: { endpoint: mirror.catalogEndpoint },
  };
  const result = await runUpdate(opts);
  expect(result.runs.map((r) => r.status)).toEqual(["succeeded", "succeeded", "succeeded"]);
  // Category entries and prices go through the embedded INSERT path too (pglite-socket cannot carry COPY).
  expect(result.totals["lmarena-text"]).toEqual({
    snapshots: MINI_COUNTS.arenaSnapshots,
    entries: MINI_COUNTS.arenaEntries,
    categoryEntries: MINI_COUNTS.arenaCategoryEntries,
  });
  expect(result.totals["lmarena-prices"]).toEqual({ snapshots: 1, entries: MINI_PRICES.length });
  expect(result.totals["hf-open-llm-v2"]).toEqual({
    snapshots: MINI_COUNTS.hfSnapshots,
    entries: MINI_COUNTS.hfEntries,
  });

  // Entries keep their JSON extras and nulls through the embedded bulk path.
  const pool = new pg.Pool({ connectionString: db.url, max: 8 });
  try {
    const counts = await Promise.all(
      Array.from({ length: 8 }, () =>
        pool.query<{ n: string }>("SELECT count(*) AS n FROM entry WHERE extra->>'precision' = 'bfloat16'"),
      ),
    );
    expect(counts.every((c) => Number(c.rows[0].n) === MINI_COUNTS.hfEntries)).toBe(true);
    const nulls = await pool.query("SELECT count(*) AS n FROM entry WHERE rank_official IS NULL AND official");
    expect(Number(nulls.rows[0].n)).toBe(0);
  } finally {
    await pool.end();
  }
  const again = await runUpdate(opts);
  expect(again.runs.map((r) => r.snapshotsAdded)).toEqual([0, 0, 0]);
});
