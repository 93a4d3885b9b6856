// An ingest run: take the lock, find what upstream has that we do not, write each new snapshot whole,
// and record the run. A failed snapshot fails the run but never touches what is already stored.
import pg from "pg";
import { BOARD_SLUGS, type BoardSlug } from "@/lib/boards";
import { fetchArenaSnapshots } from "@/lib/sources/lmarena";
import { fetchHfRevision, listHfRevisions } from "@/lib/sources/hf-open-llm";
import type { HubOptions } from "@/lib/sources/hub";
import { SourceError, type SourceSnapshot } from "@/lib/sources/types";
import { releaseIngestLock, tryIngestLock } from "./lock";
import { closeRun, failAbandonedRuns, lastRunFailed, openRun, type RunCounts, type Trigger } from "./runs";
import { bulkMethodFor, countBoard, loadModelCache, storedSnapshots, writeSnapshot, type StoredSnapshot } from "./store";

export type IngestEvent =
  | { type: "board"; board: BoardSlug; message: string }
  | { type: "snapshot"; board: BoardSlug; date: string; rows: number; ms: number; index: number; total: number }
  | { type: "skip"; board: BoardSlug; date: string; reason: string }
  | { type: "error"; board: BoardSlug; date?: string; message: string };

export interface BoardRunResult extends RunCounts {
  board: BoardSlug;
  status: "succeeded" | "failed" | "skipped";
  error: string | null;
  runId: number;
}

export interface IngestOptions {
  connectionString: string;
  boards?: readonly BoardSlug[];
  trigger: Trigger;
  hub: HubOptions;
  onEvent?: (event: IngestEvent) => void;
}

export interface IngestResult {
  runs: BoardRunResult[];
  totals: Record<string, { snapshots: number; entries: number }>;
  /** True when another run held the lock and this one did nothing. */
  skipped: boolean;
}

export async function runIngest(opts: IngestOptions): Promise<IngestResult> {
  const boards = opts.boards ?? BOARD_SLUGS;
  const emit = opts.onEvent ?? (() => {});
  const client = new pg.Client({ connectionString: opts.connectionString });
  await client.connect();
  try {
    if (!(await tryIngestLock(client))) {
      const runs: BoardRunResult[] = [];
      for (const board of boards) {
        const runId = await openRun(client, board, opts.trigger, "skipped");
        const error = "another ingest run holds the lock";
        await client.query("UPDATE ingest_run SET error = $2 WHERE id = $1", [runId, error]);
        runs.push({ board, status: "skipped", error, runId, ...zeroCounts() });
      }
      return { runs, totals: await totalsOf(client, boards), skipped: true };
    }
    try {
      await failAbandonedRuns(client);
      const runs: BoardRunResult[] = [];
      for (const board of boards) runs.push(await ingestBoard(client, board, opts, emit));
      return { runs, totals: await totalsOf(client, boards), skipped: false };
    } finally {
      await releaseIngestLock(client).catch(() => {});
    }
  } finally {
    await client.end();
  }
}

function zeroCounts(): RunCounts {
  return { snapshotsAdded: 0, rowsSeen: 0, rowsInserted: 0, rowsRejected: 0 };
}

async function totalsOf(client: pg.Client, boards: readonly BoardSlug[]) {
  const totals: IngestResult["totals"] = {};
  for (const board of boards) totals[board] = await countBoard(client, board);
  return totals;
}

async function ingestBoard(
  client: pg.Client,
  board: BoardSlug,
  opts: IngestOptions,
  emit: (e: IngestEvent) => void,
): Promise<BoardRunResult> {
  const runId = await openRun(client, board, opts.trigger);
  const counts = zeroCounts();
  const errors: string[] = [];
  const fail = (message: string, date?: string) => {
    errors.push(date ? `${date}: ${message}` : message);
    emit({ type: "error", board, date, message });
  };
  try {
    const stored = await storedSnapshots(client, board);
    const candidates =
      board === "lmarena-text"
        ? await arenaPlan(stored, opts.hub, emit, await lastRunFailed(client, board, runId))
        : await hfPlan(stored, opts.hub, emit);
    const cache = await loadModelCache(client, board);
    const bulk = await bulkMethodFor(client);
    // Decode the next snapshot while the current one is being written.
    const items = candidates.items;
    let next = items.length ? settle(items[0].load()) : null;
    for (let i = 0; i < items.length; i++) {
      const candidate = items[i];
      const index = i + 1;
      const loaded = await next!;
      next = i + 1 < items.length ? settle(items[i + 1].load()) : null;
      let snap: SourceSnapshot;
      try {
        snap = unwrap(loaded);
      } catch (err) {
        counts.rowsRejected += rejectedRows(err);
        fail(describe(err), candidate.date);
        continue;
      }
      counts.rowsSeen += snap.rows.length;
      const previous = latestBefore(stored, snap.date);
      if (stored.some((s) => s.date === snap.date)) continue;
      // HF publishes a revision per upload, and an upload can republish the same table; the arena's
      // publish dates are events in themselves, so an unchanged arena date is still a snapshot.
      if (board === "hf-open-llm-v2" && previous && previous.contentHash === snap.contentHash) {
        emit({ type: "skip", board, date: snap.date, reason: `same content as ${previous.date}` });
        continue;
      }
      const t0 = performance.now();
      try {
        counts.rowsInserted += await writeSnapshot(client, snap, runId, cache, bulk);
        counts.snapshotsAdded += 1;
        stored.push({ date: snap.date, contentHash: snap.contentHash, sourceRef: snap.sourceRef });
        stored.sort((a, b) => a.date.localeCompare(b.date));
        const ms = performance.now() - t0;
        emit({ type: "snapshot", board, date: snap.date, rows: snap.rows.length, ms, index, total: items.length });
      } catch (err) {
        fail(`writing the snapshot failed and was rolled back: ${describe(err)}`, snap.date);
      }
    }
  } catch (err) {
    counts.rowsRejected += rejectedRows(err);
    fail(describe(err));
  }
  const status = errors.length ? "failed" : "succeeded";
  const error = errors.length ? errors.join("\n") : null;
  await closeRun(client, runId, status, counts, error);
  return { board, status, error, runId, ...counts };
}

interface Candidate {
  date: string;
  load: () => Promise<SourceSnapshot>;
}
interface Plan {
  items: Candidate[];
}

function latestBefore(stored: StoredSnapshot[], date: string): StoredSnapshot | undefined {
  let found: StoredSnapshot | undefined;
  for (const s of stored) if (s.date < date) found = s;
  return found;
}

/**
 * Arena: backfill from the `full` shards on an empty board. Afterwards poll `latest`; when it shows a
 * date we do not have, read `full` again so that any dates missed in between are filled too.
 */
async function arenaPlan(
  stored: StoredSnapshot[],
  hub: HubOptions,
  emit: (e: IngestEvent) => void,
  lastRunFailed: boolean,
): Promise<Plan> {
  const have = new Set(stored.map((s) => s.date));
  let snaps: SourceSnapshot[];
  if (stored.length === 0 || lastRunFailed) {
    const why = stored.length === 0 ? "empty board" : "the previous run failed";
    emit({ type: "board", board: "lmarena-text", message: `${why}: reading the full history` });
    snaps = await fetchArenaSnapshots(hub, "full");
  } else {
    const latest = await fetchArenaSnapshots(hub, "latest");
    if (latest.every((s) => have.has(s.date))) {
      emit({ type: "board", board: "lmarena-text", message: "latest shard holds nothing new" });
      return { items: [] };
    }
    emit({ type: "board", board: "lmarena-text", message: "new publish date: reading the full history for gaps" });
    snaps = await fetchArenaSnapshots(hub, "full");
  }
  const missing = snaps.filter((s) => !have.has(s.date));
  return { items: missing.map((s) => ({ date: s.date, load: async () => s })) };
}

/** HF: one snapshot per dataset revision, dated by its commit date; revisions already stored are not fetched. */
async function hfPlan(stored: StoredSnapshot[], hub: HubOptions, emit: (e: IngestEvent) => void): Promise<Plan> {
  const revisions = await listHfRevisions(hub);
  const haveDates = new Set(stored.map((s) => s.date));
  const haveRevs = new Set(stored.map((s) => s.sourceRef.split(":")[0]));
  // Several commits on one day publish one snapshot for that date: the day's last commit.
  const lastOfDay = new Map(revisions.map((r) => [r.date, r]));
  const todo = [...lastOfDay.values()].filter((r) => !haveDates.has(r.date) && !haveRevs.has(r.id));
  emit({
    type: "board",
    board: "hf-open-llm-v2",
    message: `${revisions.length} revisions upstream, ${todo.length} not stored yet`,
  });
  return { items: todo.map((rev) => ({ date: rev.date, load: () => fetchHfRevision(hub, rev) })) };
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(p: Promise<T>): Promise<Settled<T>> =>
  p.then((value) => ({ ok: true as const, value }), (error) => ({ ok: false as const, error }));
function unwrap<T>(s: Settled<T>): T {
  if (s.ok) return s.value;
  throw s.error;
}

function describe(err: unknown): string {
  if (err instanceof SourceError) return err.message;
  return err instanceof Error ? err.message : String(err);
}

function rejectedRows(err: unknown): number {
  if (err instanceof SourceError && err.kind === "data") return err.rejectedRows;
  return 0;
}
