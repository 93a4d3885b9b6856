// Loads a history bundle into a database through the ingest's own snapshot writer: the whole file is
// checked first (hash, schema version, every row against the database's columns), so a bad bundle writes
// nothing; then each snapshot not yet stored is written in its own transaction, and one run per board is
// recorded with trigger `bundle`. Importing the same bundle twice adds nothing the second time.
import pg from "pg";
import { syncAttribution } from "@/lib/attribution/sync";
import type { BoardSlug } from "@/lib/boards";
import { releaseIngestLock, tryIngestLock } from "@/lib/ingest/lock";
import { closeRun, openRun } from "@/lib/ingest/runs";
import { bulkMethodFor, loadModelCache, storedSnapshots, writeSnapshot } from "@/lib/ingest/store";
import { carriedColumns } from "./columns";
import { BundleError, decodeBundle } from "./format";
import { planImport } from "./validate";

export interface ImportBoardResult {
  board: string;
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
  boards: ImportBoardResult[];
  ms: number;
}

export interface ImportOptions {
  connectionString: string;
  /** Shown in messages, e.g. the file's path. */
  name?: string;
  onSnapshot?: (board: string, date: string, rows: number) => void;
}

export async function importBundle(file: Buffer, opts: ImportOptions): Promise<ImportResult> {
  const t0 = performance.now();
  const decoded = decodeBundle(file, opts.name);
  const client = new pg.Client({ connectionString: opts.connectionString });
  await client.connect();
  try {
    const { rows: boardRows } = await client.query<{ slug: string }>("SELECT slug FROM board");
    const plan = planImport(decoded, await carriedColumns(client), new Set(boardRows.map((b) => b.slug)));
    if (!(await tryIngestLock(client))) return { imported: false, boards: [], ms: performance.now() - t0 };
    try {
      const bulk = await bulkMethodFor(client);
      const results: ImportBoardResult[] = [];
      const boards = [...new Set(plan.snapshots.map((s) => s.board))];
      for (const board of boards) results.push(await importBoard(client, board, plan.snapshots, bulk, opts));
      if (results.some((r) => r.snapshotsAdded > 0)) await syncAttribution(client);
      return { imported: true, boards: results, ms: performance.now() - t0 };
    } finally {
      await releaseIngestLock(client).catch(() => {});
    }
  } finally {
    await client.end();
  }
}

async function importBoard(
  client: pg.Client,
  board: BoardSlug,
  all: ReturnType<typeof planImport>["snapshots"],
  bulk: Awaited<ReturnType<typeof bulkMethodFor>>,
  opts: ImportOptions,
): Promise<ImportBoardResult> {
  const runId = await openRun(client, board, "bundle");
  const result: ImportBoardResult = {
    board, runId, snapshotsAdded: 0, snapshotsSkipped: 0, rowsInserted: 0, status: "succeeded", error: null,
  };
  let rowsSeen = 0;
  try {
    const have = new Set((await storedSnapshots(client, board)).map((s) => s.date));
    const cache = await loadModelCache(client, board);
    for (const snap of all) {
      if (snap.board !== board) continue;
      rowsSeen += snap.rows.length;
      if (have.has(snap.date)) {
        result.snapshotsSkipped += 1;
        continue;
      }
      result.rowsInserted += await writeSnapshot(client, snap, runId, cache, bulk);
      result.snapshotsAdded += 1;
      opts.onSnapshot?.(board, snap.date, snap.rows.length);
    }
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

export { BundleError };
