// npm run data:bundle
// Rebuilds the shipped history bundle (prisma/seed/) from HF_ENDPOINT: ingests every board into a fresh
// embedded database in a temporary folder, then exports it. The same upstream gives byte-identical output.
import { mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { exportBundle } from "@/lib/bundle/export";
import { createHash } from "node:crypto";
import { SHIPPED_BUNDLE } from "@/lib/bundle/format";
import { env } from "@/lib/env";
import { runIngest } from "@/lib/ingest/run";
import { startEmbeddedDb } from "./lib/embedded-db";
import { migrate } from "./lib/migrate-runner";
import { syncReferenceData } from "./lib/reference-data";

const root = path.resolve(import.meta.dirname, "..");
const MAX_BUNDLE_BYTES = 5 * 1024 * 1024;

async function main() {
  const { HF_ENDPOINT } = env();
  const out = path.resolve(process.argv[2] ?? path.join(root, SHIPPED_BUNDLE));
  const dir = await mkdtemp(path.join(os.tmpdir(), "atlas-bundle-"));
  const db = await startEmbeddedDb(dir);
  try {
    await migrate(db.url);
    await syncReferenceData(db.url);
    console.error(`Ingesting from ${HF_ENDPOINT} into a temporary embedded database…`);
    const result = await runIngest({ connectionString: db.url, trigger: "cli", hub: { endpoint: HF_ENDPOINT } });
    const failed = result.runs.filter((r) => r.status !== "succeeded");
    if (failed.length) {
      throw new Error(failed.map((r) => `${r.board}: ${r.status}: ${r.error}`).join("\n"));
    }
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { file, summary } = await exportBundle(client).finally(() => client.end());
    for (const b of summary.boards) {
      console.error(`${b.board}: ${b.snapshots} snapshots, ${b.entries} entries, ${b.models} models`);
    }
    if (file.byteLength > MAX_BUNDLE_BYTES) {
      throw new Error(`the bundle is ${file.byteLength} bytes, over the ${MAX_BUNDLE_BYTES}-byte limit; nothing was written`);
    }
    await writeFile(`${out}.tmp`, file);
    await rename(`${out}.tmp`, out);
    console.error(`wrote ${path.relative(root, out)}: ${file.byteLength} bytes, sha256 ${createHash("sha256").update(file).digest("hex")}`);
  } finally {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`data:bundle failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
