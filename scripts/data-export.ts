// npm run data:export -- FILE
// Writes the history held by DATABASE_URL (every board's snapshots, entries and models) to a bundle FILE.
import { rename, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { exportBundle } from "@/lib/ingest/bundle/export";
import { env, EnvError, redactUrl } from "@/lib/core/env";

function usage(message: string): never {
  console.error(`${message}\nusage: npm run data:export -- FILE`);
  process.exit(2);
}

async function main() {
  const file = process.argv[2];
  if (!file || file.startsWith("-")) usage("name the bundle file to write");
  let url: string | undefined;
  try {
    url = env().DATABASE_URL;
  } catch (err) {
    if (err instanceof EnvError) usage(err.message);
    throw err;
  }
  if (!url) usage("DATABASE_URL is not set: point it at the database to export.");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const t0 = performance.now();
    const { file: bytes, summary } = await exportBundle(client);
    const target = path.resolve(file);
    await writeFile(`${target}.tmp`, bytes);
    await rename(`${target}.tmp`, target);
    for (const b of summary.boards) {
      console.error(
        `${b.board}: ${b.snapshots} snapshots, ${b.entries} entries, ${b.categoryEntries} category entries, ${b.models} models`,
      );
    }
    for (const p of summary.prices) console.error(`${p.source}: ${p.snapshots} price snapshots, ${p.rows} prices`);
    console.error(
      `wrote ${target} (${(summary.bytes / 1e6).toFixed(2)} MB) from ${redactUrl(url)} in ${Math.round(performance.now() - t0)} ms`,
    );
  } finally {
    await client.end();
  }
}

main().catch((err) => {
  console.error(`data:export failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
