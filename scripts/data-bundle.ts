// npm run data:bundle
// Rebuilds the shipped history bundle (prisma/seed/) from HF_ENDPOINT (and the price table's history: its commit list
// from GITHUB_API_ENDPOINT, each version from ARENA_CATALOG_ENDPOINT): ingests every source into a fresh embedded
// database in a temporary folder, then exports it. The same upstream gives byte-identical output.
import { mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { exportBundle } from "@/lib/ingest/bundle/export";
import { createHash } from "node:crypto";
import { SHIPPED_BUNDLE } from "@/lib/ingest/bundle/format";
import { env } from "@/lib/core/env";
import { runIngest } from "@/lib/ingest/run";
import { PRICES_SOURCE } from "@/lib/sources/arena-prices";
import { startEmbeddedDb } from "./lib/embedded-db";
import { migrate } from "./lib/migrate-runner";
import { syncReferenceData } from "./lib/reference-data";

const root = path.resolve(import.meta.dirname, "..");
const MAX_BUNDLE_BYTES = 8 * 1024 * 1024;

async function main() {
  const { HF_ENDPOINT, ARENA_CATALOG_ENDPOINT, GITHUB_API_ENDPOINT, GITHUB_TOKEN } = env();
  const out = path.resolve(process.argv[2] ?? path.join(root, SHIPPED_BUNDLE));
  const dir = await mkdtemp(path.join(os.tmpdir(), "atlas-bundle-"));
  const db = await startEmbeddedDb(dir);
  try {
    await migrate(db.url);
    await syncReferenceData(db.url);
    console.error(
      `Ingesting from ${HF_ENDPOINT}, ${ARENA_CATALOG_ENDPOINT} and ${GITHUB_API_ENDPOINT} into a temporary embedded database…`,
    );
    const hub = { endpoint: HF_ENDPOINT };
    // No source named and no catalog: every board source, each LMArena config upstream lists included.
    const boards = await runIngest({ connectionString: db.url, trigger: "cli", hub });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    // Each version of the price table is dated by its commit. Should the commit list fail, the run fails and nothing is
    // written; `today` (the newest board snapshot) only dates a current table, so a rerun never depends on the day.
    const { rows } = await client.query<{ d: string }>("SELECT to_char(max(date), 'YYYY-MM-DD') AS d FROM snapshot");
    const prices = await runIngest({
      connectionString: db.url,
      trigger: "cli",
      sources: [PRICES_SOURCE],
      hub,
      catalog: { endpoint: ARENA_CATALOG_ENDPOINT },
      github: { endpoint: GITHUB_API_ENDPOINT, token: GITHUB_TOKEN },
      today: rows[0].d,
    });
    // A config skipped as not a leaderboard is no failure; a failed run, or a run the lock kept out, is.
    const locked = boards.skipped || prices.skipped;
    const failed = [...boards.runs, ...prices.runs].filter((r) => r.status === "failed" || locked);
    if (failed.length) {
      await client.end();
      throw new Error(failed.map((r) => `${r.source}: ${r.status}: ${r.error}`).join("\n"));
    }
    const { file, summary } = await exportBundle(client).finally(() => client.end());
    for (const b of summary.boards) {
      console.error(
        `${b.board}: ${b.snapshots} snapshots, ${b.entries} entries, ${b.categoryEntries} category entries, ${b.models} models`,
      );
    }
    for (const p of summary.prices) console.error(`${p.source}: ${p.snapshots} price snapshots, ${p.rows} prices`);
    if (file.byteLength > MAX_BUNDLE_BYTES) {
      throw new Error(
        `the bundle is ${file.byteLength} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit; nothing was written`,
      );
    }
    await writeFile(`${out}.tmp`, file);
    await rename(`${out}.tmp`, out);
    console.error(
      `wrote ${path.relative(root, out)}: ${file.byteLength} bytes, sha256 ${createHash("sha256").update(file).digest("hex")}`,
    );
  } finally {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`data:bundle failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
