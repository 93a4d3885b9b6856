// The embedded PostgreSQL used when DATABASE_URL is unset: PGlite served over TCP by pglite-socket
// (./pglite-host.mjs, with its memory settings), after checking that its data directory is usable.
import { constants } from "node:fs";
import { access, mkdir, open, readdir, rm } from "node:fs/promises";
import { freePort, servePglite, type ServedPglite } from "./pglite-host.mjs";

export { freePort };
export type EmbeddedDb = ServedPglite;

/** The data directory cannot be used: said plainly, before PGlite touches a file. */
export class EmbeddedDbError extends Error {}

const HINT =
  "Fix its permissions, point PGLITE_DATA_DIR at a writable directory, or set DATABASE_URL to a PostgreSQL server.";

/**
 * Refuses a data directory the process cannot create or write, before PGlite opens it: PGlite would otherwise
 * fail half-way through initdb or recovery, with an obscure error and a directory left in an unknown state.
 */
export async function checkDataDir(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new EmbeddedDbError(`Embedded database: cannot create the data directory ${dataDir} (${code}). ${HINT}`);
  }
  // Every subdirectory must be writable too (a read-only copy, or files owned by another user).
  const dirs = [dataDir];
  try {
    for (const entry of await readdir(dataDir, { withFileTypes: true, recursive: true })) {
      if (entry.isDirectory()) dirs.push(`${entry.parentPath}/${entry.name}`);
    }
    for (const dir of dirs) await access(dir, constants.R_OK | constants.W_OK | constants.X_OK);
    // access() trusts mode bits; a read-only file system only shows when writing.
    const probe = `${dataDir}/.atlas-write-probe-${process.pid}`;
    await (await open(probe, "w")).close();
    await rm(probe);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const where = e.path && e.path !== dataDir ? ` (${e.path})` : "";
    throw new EmbeddedDbError(
      `Embedded database: the data directory ${dataDir} is not writable${where}: ${e.code ?? e.message}. ` +
        `Nothing was changed in it. ${HINT}`,
    );
  }
}

export async function startEmbeddedDb(dataDir: string, port?: number): Promise<EmbeddedDb> {
  const t0 = performance.now();
  await checkDataDir(dataDir);
  const db = await servePglite(dataDir, port);
  return { ...db, startMs: performance.now() - t0 };
}
