// Seeds an empty database from the shipped history bundle, so a new install shows real charts at once,
// with or without a network. The schedule then pulls whatever upstream has that is newer.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { SHIPPED_BUNDLE } from "@/lib/ingest/bundle/format";
import { runBundleImport } from "@/lib/jobs/import-bundle";

export interface SeedResult {
  seeded: boolean;
  reason: string;
  ms: number;
}

async function holdsSnapshots(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT 1 FROM snapshot LIMIT 1");
    return rows.length > 0;
  } finally {
    await client.end();
  }
}

export async function seedIfEmpty(url: string, root: string): Promise<SeedResult> {
  const t0 = performance.now();
  const file = path.join(root, SHIPPED_BUNDLE);
  const done = (seeded: boolean, reason: string) => ({ seeded, reason, ms: performance.now() - t0 });
  if (await holdsSnapshots(url)) return done(false, "the database already holds history");
  if (!existsSync(file)) return done(false, `no shipped bundle at ${SHIPPED_BUNDLE}`);
  // The server is not up yet, so no reader can see a model before it is attributed: one sync at the end.
  const result = await runBundleImport(await readFile(file), {
    connectionString: url,
    name: SHIPPED_BUNDLE,
    attributeEachSnapshot: false,
  });
  if (!result.imported) return done(false, "another instance holds the ingest lock");
  const added = result.sources.reduce((n, b) => n + b.snapshotsAdded, 0);
  const failed = result.sources.filter((b) => b.error).map((b) => b.error);
  if (failed.length) return done(added > 0, failed.join("; "));
  return done(true, `${added} snapshots from ${SHIPPED_BUNDLE}`);
}
