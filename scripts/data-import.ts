// npm run data:import -- [FILE]   (also Prisma's seed command: see prisma.config.ts)
// Loads a history bundle (default: the shipped prisma/seed bundle) into DATABASE_URL. The file is checked
// whole before anything is written; each snapshot not yet stored is written in its own transaction.
// Exit codes: 0 imported (or nothing new), 1 refused or failed, 2 bad usage or another ingest holds the lock.
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { BundleError, MAX_BUNDLE_FILE_BYTES, SHIPPED_BUNDLE } from "@/lib/ingest/bundle/format";
import { env, EnvError, redactUrl } from "@/lib/core/env";
import { runBundleImport } from "@/lib/jobs/import-bundle";

const root = path.resolve(import.meta.dirname, "..");

function usage(message: string): never {
  console.error(`${message}\nusage: npm run data:import -- [FILE]`);
  process.exit(2);
}

async function main() {
  const arg = process.argv[2];
  if (arg?.startsWith("-")) usage(`unknown option ${arg}`);
  const file = path.resolve(arg ?? path.join(root, SHIPPED_BUNDLE));
  let url: string | undefined;
  try {
    url = env().DATABASE_URL;
  } catch (err) {
    if (err instanceof EnvError) usage(err.message);
    throw err;
  }
  if (!url) usage("DATABASE_URL is not set: point it at the database to fill (run npm run db:migrate first).");
  let bytes: Buffer;
  try {
    // Refuse an oversized file before reading it (decodeBundle checks again, for every other caller).
    const { size } = await stat(file);
    if (size > MAX_BUNDLE_FILE_BYTES) {
      console.error(
        `data:import refused, nothing was written: ${file} is ${size} bytes, over the ${MAX_BUNDLE_FILE_BYTES}-byte limit of a bundle`,
      );
      process.exit(1);
    }
    bytes = await readFile(file);
  } catch (err) {
    console.error(`data:import: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    process.exit(1);
  }
  console.error(`Importing ${file} into ${redactUrl(url)}`);
  const result = await runBundleImport(bytes, { connectionString: url, name: file });
  if (!result.imported) {
    console.error("another ingest run holds the lock; nothing was imported");
    process.exit(2);
  }
  for (const b of result.sources) {
    console.error(
      `${b.source}: ${b.status}, ${b.snapshotsAdded} snapshots added, ${b.snapshotsSkipped} already stored, ` +
        `${b.rowsInserted} rows inserted` +
        (b.error ? `\n  ${b.error}` : ""),
    );
  }
  console.error(`done in ${Math.round(result.ms)} ms`);
  process.exit(result.sources.some((b) => b.status === "failed") ? 1 : 0);
}

main().catch((err) => {
  const what = err instanceof BundleError ? "refused, nothing was written" : "failed";
  console.error(`data:import ${what}: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
