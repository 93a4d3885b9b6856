// The frame cache: each board's columnar frame per prompt category, loaded once per data version (which an ingest
// or re-attribution bumps; lib/core/data-version.ts) and held within a byte budget, shared by every bundle of the
// process. Hand-written rather than lru-cache: a frame's weight is known only once its load finishes, concurrent
// loads share one promise, the newest frame is kept even when it alone exceeds the budget, and every drop is logged.
import "server-only";
import type { BoardSlug } from "@/lib/boards/info";
import { env } from "@/lib/core/env";
import { logger } from "@/lib/core/log";
import { OVERALL } from "@/lib/boards/categories";
import { loadFrame, type LoadedFrame } from "@/lib/frame/load";

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
    log.warn(
      {
        dropped: key,
        droppedMb: Math.round(slot.bytes / MB),
        heldMb: Math.round(total / MB),
        budgetMb: env().STANDINGS_FRAMES_MB,
      },
      "standings frame dropped to stay within STANDINGS_FRAMES_MB",
    );
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
      log.info(
        {
          board,
          category,
          version,
          snapshots: f.dates.length,
          rows: f.score.length,
          mb: Math.round(f.bytes / MB),
          ms: Date.now() - started,
        },
        "standings frame loaded",
      );
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

/** Forgets every frame. For tests. */
export function resetFrames(): void {
  frames.clear();
}
