// In-process caches keyed by the data version, which an ingest or re-attribution bumps. The version itself is
// re-read at most every VERSION_TTL_MS per process, so a warm request costs no database round trip; a change
// shows within that window on every instance, and CDN caches revalidate by ETag.
import "server-only";
import type { BoardSlug } from "@/lib/boards/info";
import { prisma } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import { logger } from "@/lib/core/log";
import { OVERALL } from "@/lib/boards/categories";
import { publishVersion, requestStore, setVersionSource } from "@/lib/server/hot-path.mjs";
import { loadFrame, type LoadedFrame } from "@/lib/frame/load";

export const VERSION_TTL_MS = 2000;

/** Bounds of an Lru by weight: at most `maxBytes` in all, each value weighing `sizeOf(value)`. */
export interface LruBytes<V> {
  maxBytes: number;
  sizeOf(value: V): number;
}

/**
 * A small least-recently-used map: a Map keeps insertion order, so re-inserting on read marks recency. Bounded by
 * entry count, and also by bytes when given `bytes`: one cache of bodies can then hold many small answers or a few
 * large ones, but never more than `maxBytes` (a value heavier than that alone is not kept).
 */
export class Lru<V> {
  private readonly map = new Map<string, V>();
  private weight = 0;
  constructor(
    readonly max: number,
    private readonly bytes?: LruBytes<V>,
  ) {}

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.delete(key);
    const size = this.bytes?.sizeOf(value) ?? 0;
    if (this.bytes && size > this.bytes.maxBytes) return;
    this.map.set(key, value);
    this.weight += size;
    while (this.map.size > this.max || (this.bytes && this.weight > this.bytes.maxBytes)) {
      this.delete(this.map.keys().next().value as string);
    }
  }

  delete(key: string): void {
    const old = this.map.get(key);
    if (old === undefined) return;
    this.map.delete(key);
    if (this.bytes) this.weight -= this.bytes.sizeOf(old);
  }

  clear(): void {
    this.map.clear();
    this.weight = 0;
  }

  /** The summed weight of the values (0 without a byte bound). */
  get totalBytes(): number {
    return this.weight;
  }

  get size(): number {
    return this.map.size;
  }
}

let known: { version: number; readAt: number } | null = null;
let reading: Promise<number> | null = null;

/** A database that does not answer must fail the request (503), not hang it. */
const VERSION_TIMEOUT_MS = 5000;

async function readVersion(): Promise<number> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`database timeout after ${VERSION_TIMEOUT_MS} ms`)), VERSION_TIMEOUT_MS);
  });
  try {
    const query = prisma().$queryRaw<{ version: number }[]>`SELECT version FROM data_version WHERE id = 1`;
    const rows = await Promise.race([query, timeout]);
    return rows[0]?.version ?? 0;
  } finally {
    clearTimeout(timer);
  }
}

/** When the data version in use was read from the database (epoch ms), or 0 before the first read. */
export function dataVersionReadAt(): number {
  return known?.readAt ?? 0;
}

/**
 * The data version, at most VERSION_TTL_MS old. Concurrent callers share one query. Throws when the DB is down.
 * Inside a request of the custom server the first read is pinned for the rest of that request, so one page
 * render (metadata, every panel's prefetch) or one image reads one version and has one ETag. Each read is also
 * published to the server's fast path, which serves hot entries only while the version is confirmed.
 */
export async function currentDataVersion(): Promise<number> {
  const store = requestStore();
  if (store?.version !== undefined) return store.version;
  const version = await latestVersion();
  publishVersion(version, dataVersionReadAt(), VERSION_TTL_MS);
  if (!store) return version;
  store.version ??= version;
  return store.version;
}

setVersionSource(currentDataVersion);

async function latestVersion(): Promise<number> {
  if (known && Date.now() - known.readAt < VERSION_TTL_MS) return known.version;
  reading ??= readVersion()
    .then((version) => {
      known = { version, readAt: Date.now() };
      return version;
    })
    .finally(() => {
      reading = null;
    });
  return reading;
}

interface FrameSlot {
  version: number;
  frame: Promise<LoadedFrame>;
  /** Known once loaded; 0 while loading. */
  bytes: number;
}

/** Frames per (board, category), least recently used first, bounded by STANDINGS_FRAMES_MB once loaded. */
/**
 * Next compiles route handlers and pages into separate bundles, each with its own copy of this module: kept in a
 * module variable, the frames were loaded (and held) once by the API and again by the pages. One process-wide map
 * on globalThis serves every bundle.
 */
const shared = globalThis as unknown as { standingsFrames?: Map<string, FrameSlot> };
const frames = (shared.standingsFrames ??= new Map<string, FrameSlot>());

function frameBudget(): number {
  return env().STANDINGS_FRAMES_MB * 1024 * 1024;
}

const log = logger.child({ module: "standings-frames" });
const MB = 1024 * 1024;

/**
 * Drops the least recently used loaded frames until the rest fit the budget; the newest is always kept. A drop is
 * logged as a warning: a frame dropped here is read again from the database when next asked for, so frequent drops
 * mean STANDINGS_FRAMES_MB is too small for the boards and categories in use.
 */
function evictFrames(keep: string): void {
  let total = 0;
  for (const slot of frames.values()) total += slot.bytes;
  for (const [key, slot] of frames) {
    if (total <= frameBudget()) break;
    if (key === keep || slot.bytes === 0) continue;
    frames.delete(key);
    total -= slot.bytes;
    log.warn({ dropped: key, droppedMb: Math.round(slot.bytes / MB), heldMb: Math.round(total / MB), budgetMb: env().STANDINGS_FRAMES_MB }, "standings frame dropped to stay within STANDINGS_FRAMES_MB");
  }
}

/**
 * The board's frame in one prompt category (default overall) for this data version; older versions' frames are
 * dropped. Concurrent loads are shared. Frames are loaded when first asked for and dropped, least recently used
 * first, when the loaded ones exceed STANDINGS_FRAMES_MB.
 */
export function frameFor(board: BoardSlug, version: number, category: string = OVERALL): Promise<LoadedFrame> {
  const key = `${board}|${category}`;
  const hit = frames.get(key);
  if (hit && hit.version === version) {
    frames.delete(key);
    frames.set(key, hit);
    return hit.frame;
  }
  for (const [k, slot] of frames) if (slot.version !== version) frames.delete(k);
  const started = Date.now();
  const frame = loadFrame(board, category);
  const slot: FrameSlot = { version, frame, bytes: 0 };
  frames.set(key, slot);
  frame.then(
    (f) => {
      log.info({ board, category, version, snapshots: f.dates.length, rows: f.score.length, mb: Math.round(f.bytes / MB), ms: Date.now() - started }, "standings frame loaded");
      if (frames.get(key) !== slot) return;
      slot.bytes = f.bytes;
      evictFrames(key);
    },
    () => {
      if (frames.get(key) === slot) frames.delete(key);
    },
  );
  return frame;
}

const results = new Lru<Promise<unknown>>(300);

/**
 * Memoises a computed response per (data version, normalized query). Keys are built by the caller from parsed
 * (zod-normalized) input, so `countries=us~CN` and `countries=US~cn` share an entry. Failures are not kept.
 */
export function memo<T>(version: number, key: string, compute: () => Promise<T>): Promise<T> {
  const k = `${version}|${key}`;
  const hit = results.get(k) as Promise<T> | undefined;
  if (hit) return hit;
  const p = compute();
  results.set(k, p);
  p.catch(() => results.delete(k));
  return p;
}

/** Forgets everything, the known version included. For tests and after an in-process ingest. */
export function resetStandingsCache(): void {
  known = null;
  frames.clear();
  results.clear();
}
