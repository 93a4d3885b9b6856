// An ingest run: take the lock, ask each family which boards upstream lists now, then for each source ask it what
// upstream has that is not stored (its plan), load each item and write it whole in one transaction, and record one
// run per source. Nothing here knows a board: the sources declare where they write (lib/sources/source.ts), and a
// board is listed (the `board` table) when its first snapshot is stored. A failed item fails the run but never
// touches what is already stored.
import pg from "pg";
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { FAMILIES, isSourceKey, SOURCES, sourceKeyForms, type AnySource } from "@/lib/sources/catalog";
import type { HubOptions } from "@/lib/sources/hub";
import type { Payload, PlanContext, SourceFamily, StoredInfo } from "@/lib/sources/source";
import { SourceError, type SourceSnapshot } from "@/lib/sources/types";
import { releaseIngestLock, tryIngestLock } from "./lock";
import { closeRun, failAbandonedRuns, lastRunFailed, openRun, type RunCounts, type Trigger } from "./runs";
import { countPrices, storedPriceSnapshots, writePriceSnapshot } from "./prices";
import {
  bulkMethodFor,
  countBoard,
  loadModelCache,
  storedSnapshots,
  writeCategories,
  writeSnapshots,
  type AttributeModels,
  type BulkMethod,
  type ModelCache,
} from "./store";

export type IngestEvent =
  | { type: "board"; board: string; message: string }
  | { type: "snapshot"; board: string; date: string; rows: number; ms: number; index: number; total: number }
  | { type: "skip"; board: string; date: string; reason: string }
  | { type: "error"; board: string; date?: string; message: string };

export interface SourceRunResult extends RunCounts {
  /** The source's key (lib/sources/catalog.ts). */
  source: string;
  /** The board it feeds, or null (price table). */
  board: BoardSlug | null;
  status: "succeeded" | "failed" | "skipped";
  error: string | null;
  runId: number;
}

export interface IngestOptions {
  connectionString: string;
  /**
   * Sources to run, by key (a family's board slug included); default: every board source (the families' boards as
   * upstream lists them now), plus the price source when `catalog` is given.
   */
  sources?: readonly string[];
  trigger: Trigger;
  /** HF Hub base (HF_ENDPOINT). */
  hub: HubOptions;
  /** Arena catalog base (ARENA_CATALOG_ENDPOINT). */
  catalog?: HubOptions;
  /** GitHub API base (GITHUB_API_ENDPOINT), for the price table's history; absent, the current table only. */
  github?: HubOptions;
  /** Attributes the models a snapshot adds or changes, inside the snapshot's transaction. */
  attribute?: AttributeModels;
  /** Today's date for sources that date snapshots by when they were read (tests pin it). */
  today?: string;
  onEvent?: (event: IngestEvent) => void;
  /**
   * Stops the run when aborted: the source in progress fails with the signal's reason (its loaded but unwritten
   * snapshots are dropped; what is written stays), no later source starts, and runIngest rejects with the reason
   * once its run records are closed, the lock released and its connection ended.
   */
  signal?: AbortSignal;
}

export interface IngestResult {
  runs: SourceRunResult[];
  /** Per source: stored snapshots and their rows (overall entries, or prices); categoryEntries on boards with categories. */
  totals: Record<string, { snapshots: number; entries: number; categoryEntries?: number }>;
  /** True when another run held the lock and this one did nothing. */
  skipped: boolean;
}

/** What a run takes: each family with the keys asked of it (null: every board it lists), and the fixed sources. */
interface Selection {
  families: { family: SourceFamily; only: string[] | null }[];
  fixed: AnySource[];
}

function selectSources(opts: IngestOptions): Selection {
  if (opts.sources) {
    const asked = opts.sources;
    const unknown = asked.filter((k) => !isSourceKey(k));
    if (unknown.length)
      throw new Error(`unknown source ${unknown.join(", ")}; sources are ${sourceKeyForms().join(", ")}`);
    return {
      families: FAMILIES.map((family) => ({ family, only: asked.filter((k) => family.owns(k)) })).filter(
        (f) => f.only.length > 0,
      ),
      fixed: SOURCES.filter((s) => asked.includes(s.key)),
    };
  }
  return {
    families: FAMILIES.map((family) => ({ family, only: null })),
    fixed: SOURCES.filter((s) => s.board !== null || opts.catalog !== undefined),
  };
}

/** A run that did nothing but leave its record: a skipped config, a lock held, a config list that could not be read. */
async function recordOnly(
  client: pg.ClientBase,
  key: string,
  board: BoardSlug | null,
  trigger: Trigger,
  status: "skipped" | "failed",
  error: string,
): Promise<SourceRunResult> {
  const runId = await openRun(client, key, board, trigger, status);
  await client.query("UPDATE ingest_run SET error = $2 WHERE id = $1", [runId, error]);
  return { source: key, board, status, error, runId, ...zeroCounts() };
}

async function storedBoards(client: pg.ClientBase): Promise<BoardSlug[]> {
  return (await client.query<{ slug: string }>("SELECT slug FROM board ORDER BY slug")).rows.map((r) => r.slug);
}

/**
 * The families' boards as upstream lists them now, as sources. A config that is not a board leaves a skipped run
 * with the reason; a key asked for that upstream does not list leaves a failed one; a config list that cannot be
 * read fails the run of every stored board of the family (or of the ones asked for), which keeps its data.
 */
async function expandFamilies(
  client: pg.ClientBase,
  selection: Selection,
  opts: IngestOptions,
  emit: (e: IngestEvent) => void,
): Promise<{ sources: AnySource[]; runs: SourceRunResult[] }> {
  const sources: AnySource[] = [];
  const runs: SourceRunResult[] = [];
  for (const { family, only } of selection.families) {
    const wanted = (key: string) => only === null || only.includes(key);
    const note = (message: string) => emit({ type: "board", board: family.key, message });
    let found;
    try {
      found = await family.discover({ hub: opts.hub, catalog: opts.catalog, github: opts.github }, note);
    } catch (err) {
      const error = `reading the list of boards failed: ${describe(err)}`;
      const stored = await storedBoards(client);
      const keys = only ?? stored.filter((b) => family.owns(b));
      for (const key of keys) {
        emit({ type: "error", board: key, message: error });
        runs.push(await recordOnly(client, key, stored.includes(key) ? key : null, opts.trigger, "failed", error));
      }
      continue;
    }
    for (const s of found.sources) if (wanted(s.key)) sources.push(s as AnySource);
    for (const s of found.skipped) {
      if (!wanted(s.key)) continue;
      note(s.reason);
      runs.push(await recordOnly(client, s.key, null, opts.trigger, "skipped", s.reason));
    }
    for (const key of only ?? []) {
      if (found.sources.some((s) => s.key === key) || found.skipped.some((s) => s.key === key)) continue;
      const error = `upstream lists no board ${key} now`;
      emit({ type: "error", board: key, message: error });
      const stored = (await storedBoards(client)).includes(key);
      runs.push(await recordOnly(client, key, stored ? key : null, opts.trigger, "failed", error));
    }
  }
  return { sources, runs };
}

export async function runIngest(opts: IngestOptions): Promise<IngestResult> {
  const selection = selectSources(opts);
  const emit = opts.onEvent ?? (() => {});
  const client = new pg.Client({ connectionString: opts.connectionString });
  await client.connect();
  try {
    if (!(await tryIngestLock(client))) {
      // The families' boards are not listed without the lock: the stored ones (or the ones asked for) stand for them.
      const stored = await storedBoards(client);
      const keys = [
        ...selection.families.flatMap(({ family, only }) => only ?? stored.filter((b) => family.owns(b))),
        ...selection.fixed.map((s) => s.key),
      ];
      const runs: SourceRunResult[] = [];
      for (const key of keys) {
        const fixed = selection.fixed.find((s) => s.key === key);
        const board = fixed ? fixed.board : stored.includes(key) ? key : null;
        runs.push(await recordOnly(client, key, board, opts.trigger, "skipped", "another ingest run holds the lock"));
      }
      return {
        runs,
        totals: await totalsOf(
          client,
          runs.map((r) => ({ key: r.source, board: r.board })),
        ),
        skipped: true,
      };
    }
    try {
      await failAbandonedRuns(client);
      const expanded = await expandFamilies(client, selection, opts, emit);
      const sources = [...expanded.sources, ...selection.fixed];
      const runs: SourceRunResult[] = [...expanded.runs];
      for (const source of sources) {
        opts.signal?.throwIfAborted();
        runs.push(await ingestSource(client, source, opts, emit));
      }
      opts.signal?.throwIfAborted();
      return { runs, totals: await totalsOf(client, sources), skipped: false };
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

async function totalsOf(client: pg.Client, sources: readonly { key: string; board: BoardSlug | null }[]) {
  const totals: IngestResult["totals"] = {};
  for (const s of sources)
    totals[s.key] = s.board !== null ? await countBoard(client, s.board) : await countPrices(client, s.key);
  return totals;
}

async function storedOf(client: pg.ClientBase, source: AnySource): Promise<StoredInfo[]> {
  return source.board !== null ? storedSnapshots(client, source.board) : storedPriceSnapshots(client, source.key);
}

/** Rows a payload carries, for the run's counts. */
function rowCount(p: Payload): number {
  switch (p.kind) {
    case "snapshot":
      return p.snapshot.rows.length + (p.snapshot.categories ?? []).reduce((n, c) => n + c.rows.length, 0);
    case "categories":
      return (p.snapshot.categories ?? [])
        .filter((c) => p.categories.includes(c.category))
        .reduce((n, c) => n + c.rows.length, 0);
    case "prices":
      return p.table.rows.length;
    case "skip":
      return 0;
  }
}

function contentOf(p: Payload): { date: string; contentHash: string; sourceRef: string; categories: string[] } | null {
  if (p.kind === "snapshot") {
    const s = p.snapshot;
    return {
      date: s.date,
      contentHash: s.contentHash,
      sourceRef: s.sourceRef,
      categories: (s.categories ?? []).map((c) => c.category),
    };
  }
  if (p.kind === "prices")
    return { date: p.table.date, contentHash: p.table.contentHash, sourceRef: p.table.sourceRef, categories: [] };
  return null;
}

interface Writer {
  runId: number;
  bulk: BulkMethod;
  cache: ModelCache | null;
  attribute?: AttributeModels;
}

/** Writes one payload in its own transaction; returns the rows inserted. */
async function write(client: pg.ClientBase, p: Payload, w: Writer): Promise<number> {
  switch (p.kind) {
    case "snapshot":
      return writeSnapshots(client, [p.snapshot], w.runId, w.cache!, w.bulk, w.attribute);
    case "categories":
      return writeCategories(client, p.snapshot, p.categories, w.cache!, w.bulk, w.attribute);
    case "prices":
      return writePriceSnapshot(client, p.table, w.runId);
    case "skip":
      return 0;
  }
}

async function ingestSource(
  client: pg.ClientBase,
  source: AnySource,
  opts: IngestOptions,
  emit: (e: IngestEvent) => void,
): Promise<SourceRunResult> {
  const key = source.key;
  // A board is listed once something is stored for it: a new board's run is linked to it at its first write.
  let listed = source.board === null || (await storedBoards(client)).includes(source.board);
  const runId = await openRun(client, key, listed ? source.board : null, opts.trigger);
  const listBoard = async () => {
    if (listed || source.board === null) return;
    const info = boardInfo(source.board);
    await client.query(`INSERT INTO board (slug, name, source) VALUES ($1, $2, $3) ON CONFLICT (slug) DO NOTHING`, [
      info.slug,
      info.name,
      info.source,
    ]);
    await client.query("UPDATE ingest_run SET board_slug = $2 WHERE id = $1", [runId, source.board]);
    listed = true;
  };
  const counts = zeroCounts();
  const errors: string[] = [];
  // Items left out with a reason the run's record keeps (a price version that does not parse).
  const notes: string[] = [];
  const fail = (message: string, date?: string) => {
    errors.push(date ? `${date}: ${message}` : message);
    emit({ type: "error", board: key, date, message });
  };
  try {
    const stored = await storedOf(client, source);
    const withSignal = (hub: HubOptions | undefined) => (hub && opts.signal ? { ...hub, signal: opts.signal } : hub);
    const ctx: PlanContext = {
      endpoints: { hub: withSignal(opts.hub)!, catalog: withSignal(opts.catalog), github: withSignal(opts.github) },
      stored,
      lastRunFailed: await lastRunFailed(client, key, runId),
      today: opts.today ?? new Date().toISOString().slice(0, 10),
      note: (message) => emit({ type: "board", board: key, message }),
      warn: (message) => fail(message),
    };
    const items = await source.plan(ctx);
    const writer: Writer = {
      runId,
      bulk: await bulkMethodFor(client),
      cache: source.board !== null ? await loadModelCache(client, source.board) : null,
      attribute: opts.attribute,
    };
    // Items are loaded in order ahead of the writer. New snapshots are written in batches that share one
    // transaction (BATCH_ROWS, BATCH_WAIT_MS); `stored` includes the batch, so the checks below see it.
    const loader = startLoader(items, (item) => source.load(item, ctx), AHEAD_ROWS, opts.signal);
    let batch: { index: number; snapshot: SourceSnapshot; rows: number }[] = [];
    let batchRows = 0;
    let batchSince = 0;
    const unstore = (date: string) => {
      const at = stored.findIndex((s) => s.date === date);
      if (at >= 0) stored.splice(at, 1);
    };
    const flush = async () => {
      if (batch.length === 0) return;
      const pending = batch;
      batch = [];
      batchRows = 0;
      const t0 = performance.now();
      try {
        await listBoard();
        counts.rowsInserted += await writeSnapshots(
          client,
          pending.map((b) => b.snapshot),
          writer.runId,
          writer.cache!,
          writer.bulk,
          writer.attribute,
        );
        counts.snapshotsAdded += pending.length;
        const ms = (performance.now() - t0) / pending.length;
        for (const b of pending)
          emit({
            type: "snapshot",
            board: key,
            date: b.snapshot.date,
            rows: b.rows,
            ms,
            index: b.index + 1,
            total: items.length,
          });
      } catch (err) {
        if (pending.length === 1) {
          unstore(pending[0].snapshot.date);
          fail(`writing failed and was rolled back: ${describe(err)}`, pending[0].snapshot.date);
          return;
        }
        // The batch rolled back whole: write its snapshots one by one, so only a bad one fails.
        for (const b of pending) {
          batch = [b];
          await flush();
        }
      }
    };
    try {
      for (;;) {
        opts.signal?.throwIfAborted();
        const wait = batch.length === 0 ? Infinity : Math.max(0, BATCH_WAIT_MS - (performance.now() - batchSince));
        const next = await loader.next(wait);
        opts.signal?.throwIfAborted();
        if (next === "timeout") {
          await flush();
          continue;
        }
        if (next === "done") break;
        const { index: i, result: loaded } = next;
        let payload: Payload;
        try {
          payload = unwrap(loaded);
        } catch (err) {
          counts.rowsRejected += rejectedRows(err);
          fail(describe(err), items[i].date);
          continue;
        }
        if (payload.kind === "skip") {
          emit({ type: "skip", board: key, date: payload.date, reason: payload.reason });
          if (payload.note) notes.push(`${payload.date}: ${payload.reason}`);
          continue;
        }
        const rows = rowCount(payload);
        counts.rowsSeen += rows;
        const content = contentOf(payload);
        if (content && stored.some((s) => s.date === content.date)) continue;
        if (content && source.skipUnchanged) {
          const previous = latestBefore(stored, content.date);
          if (previous && previous.contentHash === content.contentHash) {
            emit({ type: "skip", board: key, date: content.date, reason: `same content as ${previous.date}` });
            continue;
          }
        }
        if (payload.kind === "snapshot") {
          if (batch.length === 0) batchSince = performance.now();
          batch.push({ index: i, snapshot: payload.snapshot, rows });
          batchRows += rows;
          stored.push(content!);
          stored.sort((a, b) => a.date.localeCompare(b.date));
          // Full, or old enough: write it, so the database starts while later items are still loading.
          if (batchRows >= BATCH_ROWS || performance.now() - batchSince >= BATCH_WAIT_MS) await flush();
          continue;
        }
        // Categories and price tables are written on their own, after the batch before them.
        await flush();
        const t0 = performance.now();
        try {
          await listBoard();
          counts.rowsInserted += await write(client, payload, writer);
          if (content) {
            counts.snapshotsAdded += 1;
            stored.push(content);
            stored.sort((a, b) => a.date.localeCompare(b.date));
          }
          const ms = performance.now() - t0;
          emit({ type: "snapshot", board: key, date: items[i].date, rows, ms, index: i + 1, total: items.length });
        } catch (err) {
          fail(`writing failed and was rolled back: ${describe(err)}`, items[i].date);
        }
      }
      await flush();
    } finally {
      loader.stop();
    }
  } catch (err) {
    counts.rowsRejected += rejectedRows(err);
    fail(describe(err));
  }
  const status = errors.length ? "failed" : "succeeded";
  const recorded = [...errors, ...notes];
  const error = recorded.length ? recorded.join("\n") : null;
  await closeRun(client, runId, status, counts, error);
  return { source: key, board: source.board, status, error, runId, ...counts };
}

/** Rows of new snapshots written in one transaction at most (a larger snapshot is written alone). */
const BATCH_ROWS = 50_000;
/**
 * How long a loaded snapshot waits for more to share its transaction (ms): a batch is written once it is this old,
 * or full, or when the next item has not arrived in this time. Bounds what a kill can lose to what was loaded in the
 * last moment; nothing stored is ever downloaded again.
 */
const BATCH_WAIT_MS = 1_000;
/** Rows loaded ahead of the writer at most (one item is always loaded, whatever its size). */
const AHEAD_ROWS = 50_000;

interface Loaded {
  index: number;
  result: Settled<Payload>;
  rows: number;
}

/**
 * Loads items one after another, in order, ahead of the writer while fewer than `aheadRows` rows wait. `next(ms)`
 * gives the next loaded item, "timeout" when none is loaded within `ms`, or "done" after the last; it returns at
 * once when `signal` is aborted (the writer checks it before acting on what it got).
 */
function startLoader<I>(
  items: readonly I[],
  load: (item: I) => Promise<Payload>,
  aheadRows: number,
  signal?: AbortSignal,
) {
  const ready: Loaded[] = [];
  let waitingRows = 0;
  let finished = false;
  let stopped = false;
  let wakeWriter: (() => void) | null = null;
  let wakeLoader: (() => void) | null = null;
  const wake = (w: (() => void) | null) => w?.();
  void (async () => {
    for (let index = 0; index < items.length && !stopped; index++) {
      while (ready.length > 0 && waitingRows >= aheadRows && !stopped)
        await new Promise<void>((resolve) => (wakeLoader = resolve));
      if (stopped) break;
      const result = await settle(load(items[index]));
      const rows = result.ok ? rowCount(result.value) : 0;
      ready.push({ index, result, rows });
      waitingRows += rows;
      wake(wakeWriter);
    }
    finished = true;
    wake(wakeWriter);
  })();
  return {
    async next(waitMs: number): Promise<Loaded | "timeout" | "done"> {
      while (ready.length === 0) {
        if (finished) return "done";
        if (waitMs <= 0) return "timeout";
        if (signal?.aborted) return "timeout";
        let timer: NodeJS.Timeout | undefined;
        let onAbort: (() => void) | undefined;
        const woken = await new Promise<boolean>((resolve) => {
          wakeWriter = () => resolve(true);
          if (Number.isFinite(waitMs)) timer = setTimeout(() => resolve(false), waitMs);
          onAbort = () => resolve(false);
          signal?.addEventListener("abort", onAbort, { once: true });
        });
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort!);
        wakeWriter = null;
        if (!woken && ready.length === 0) return "timeout";
      }
      const item = ready.shift()!;
      waitingRows -= item.rows;
      wake(wakeLoader);
      wakeLoader = null;
      return item;
    },
    stop() {
      stopped = true;
      wake(wakeLoader);
    },
  };
}

function latestBefore(stored: readonly StoredInfo[], date: string): StoredInfo | undefined {
  let found: StoredInfo | undefined;
  for (const s of stored) if (s.date < date) found = s;
  return found;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settle = <T>(p: Promise<T>): Promise<Settled<T>> =>
  p.then(
    (value) => ({ ok: true as const, value }),
    (error) => ({ ok: false as const, error }),
  );
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
