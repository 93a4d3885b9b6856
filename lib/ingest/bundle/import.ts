// Loads a history bundle into a database through the ingest's own writers (lib/ingest/store.ts, prices.ts): the
// whole file is checked first (hash, schema version, every row against the database's columns), so a bad bundle
// writes nothing; then each snapshot not yet stored is written in its own transaction, and one run per source is
// recorded with trigger `bundle`. Importing the same bundle twice adds nothing the second time.
import pg from "pg";
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { releaseIngestLock, tryIngestLock } from "@/lib/ingest/lock";
import { storedPriceSnapshots, writePriceSnapshot } from "@/lib/ingest/prices";
import { closeRun, openRun } from "@/lib/ingest/runs";
import {
  bulkMethodFor,
  loadModelCache,
  storedSnapshots,
  writeCategories,
  writeSnapshot,
  type AttributeModels,
  type BulkMethod,
} from "@/lib/ingest/store";
import type { PriceTable } from "@/lib/sources/arena-prices";
import type { SourceSnapshot } from "@/lib/sources/types";
import { carriedColumns } from "@/lib/ingest/bundle/columns";
import { BundleError, decodeBundle } from "@/lib/ingest/bundle/format";
import { planImport } from "@/lib/ingest/bundle/validate";

export interface ImportSourceResult {
  /** The run's source key: a board slug, or a price source. */
  source: string;
  runId: number;
  snapshotsAdded: number;
  snapshotsSkipped: number;
  rowsInserted: number;
  status: "succeeded" | "failed";
  error: string | null;
}

export interface ImportResult {
  /** False when another ingest held the lock and nothing was done. */
  imported: boolean;
  sources: ImportSourceResult[];
  ms: number;
}

export interface ImportOptions {
  connectionString: string;
  /** Shown in messages, e.g. the file's path. */
  name?: string;
  /** Attributes new models inside each snapshot's transaction (lib/jobs passes the registry's). */
  attribute?: AttributeModels;
  onSnapshot?: (source: string, date: string, rows: number) => void;
}

export async function importBundle(file: Buffer, opts: ImportOptions): Promise<ImportResult> {
  const t0 = performance.now();
  const decoded = decodeBundle(file, opts.name);
  const client = new pg.Client({ connectionString: opts.connectionString });
  await client.connect();
  try {
    const plan = planImport(decoded, await carriedColumns(client));
    if (!(await tryIngestLock(client))) return { imported: false, sources: [], ms: performance.now() - t0 };
    try {
      const bulk = await bulkMethodFor(client);
      const sources: ImportSourceResult[] = [];
      for (const board of [...new Set(plan.snapshots.map((s) => s.board))]) {
        const snaps = plan.snapshots.filter((s) => s.board === board);
        // A board is listed once something is stored for it (a bundle may carry one the database has not seen).
        const info = boardInfo(board);
        await client.query(`INSERT INTO board (slug, name, source) VALUES ($1, $2, $3) ON CONFLICT (slug) DO NOTHING`, [
          info.slug,
          info.name,
          info.source,
        ]);
        sources.push(
          await recorded(client, board, board, opts, (r) => importBoard(client, board, snaps, bulk, r, opts)),
        );
      }
      for (const source of [...new Set(plan.prices.map((p) => p.source))]) {
        const tables = plan.prices.filter((p) => p.source === source);
        sources.push(await recorded(client, source, null, opts, (r) => importPrices(client, source, tables, r, opts)));
      }
      return { imported: true, sources, ms: performance.now() - t0 };
    } finally {
      await releaseIngestLock(client).catch(() => {});
    }
  } finally {
    await client.end();
  }
}

/** Runs one source's import under a run record; a failure is recorded and reported, never thrown. */
async function recorded(
  client: pg.Client,
  source: string,
  board: BoardSlug | null,
  opts: ImportOptions,
  work: (result: ImportSourceResult) => Promise<number>,
): Promise<ImportSourceResult> {
  const runId = await openRun(client, source, board, "bundle");
  const result: ImportSourceResult = {
    source,
    runId,
    snapshotsAdded: 0,
    snapshotsSkipped: 0,
    rowsInserted: 0,
    status: "succeeded",
    error: null,
  };
  let rowsSeen = 0;
  try {
    rowsSeen = await work(result);
  } catch (err) {
    result.status = "failed";
    result.error = `importing ${opts.name ?? "the bundle"} failed: ${err instanceof Error ? err.message : String(err)}`;
  }
  await closeRun(
    client,
    runId,
    result.status,
    { snapshotsAdded: result.snapshotsAdded, rowsSeen, rowsInserted: result.rowsInserted, rowsRejected: 0 },
    result.error,
  );
  return result;
}

async function importBoard(
  client: pg.Client,
  board: BoardSlug,
  snaps: readonly SourceSnapshot[],
  bulk: BulkMethod,
  result: ImportSourceResult,
  opts: ImportOptions,
): Promise<number> {
  const stored = new Map((await storedSnapshots(client, board)).map((s) => [s.date, s]));
  const cache = await loadModelCache(client, board);
  let rowsSeen = 0;
  for (const snap of snaps) {
    rowsSeen += snap.rows.length + (snap.categories ?? []).reduce((n, c) => n + c.rows.length, 0);
    const have = stored.get(snap.date);
    if (have) {
      // A stored snapshot keeps its rows; categories it lacks are added, as the ingest does.
      const missing = (snap.categories ?? []).map((c) => c.category).filter((c) => !have.categories.includes(c));
      if (missing.length === 0) {
        result.snapshotsSkipped += 1;
        continue;
      }
      result.rowsInserted += await writeCategories(client, snap, missing, cache, bulk, opts.attribute);
    } else {
      result.rowsInserted += await writeSnapshot(client, snap, result.runId, cache, bulk, opts.attribute);
      result.snapshotsAdded += 1;
    }
    opts.onSnapshot?.(board, snap.date, snap.rows.length);
  }
  return rowsSeen;
}

async function importPrices(
  client: pg.Client,
  source: string,
  tables: readonly PriceTable[],
  result: ImportSourceResult,
  opts: ImportOptions,
): Promise<number> {
  const stored = new Set((await storedPriceSnapshots(client, source)).map((s) => s.date));
  let rowsSeen = 0;
  for (const table of tables) {
    rowsSeen += table.rows.length;
    if (stored.has(table.date)) {
      result.snapshotsSkipped += 1;
      continue;
    }
    result.rowsInserted += await writePriceSnapshot(client, table, result.runId);
    result.snapshotsAdded += 1;
    opts.onSnapshot?.(source, table.date, table.rows.length);
  }
  return rowsSeen;
}

export { BundleError };
