// The scheduled ingest's own process, started by ./ingest-process.ts with its own heap cap: one update
// (./update.ts) with the settings of the environment it inherits, reported to the parent over IPC, then exit.
// When the parent is gone (its IPC channel closes: the server died or was stopped), the update stops at once: the
// source in progress is closed as failed, the lock released and the connections ended, and the process exits, so
// no ingest outlives its server (a restarted server's own run would otherwise find the lock held and skip).
// Usage (by the parent only): node [--max-old-space-size=N] <this file, or its bundle> <trigger>
import v8 from "node:v8";
import { logger } from "@/lib/core/log";
import { TRIGGERS, type Trigger } from "@/lib/ingest/runs";
import type { ChildMessage, ChildSelf } from "./ingest-process";
import { runUpdate, updateFromEnv } from "./update";

function self(): ChildSelf {
  return {
    pid: process.pid,
    heapLimitMb: Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20),
    // maxRSS is in kilobytes.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/**
 * How long a stopped update may take to close its runs and connections before the process leaves anyway (ms). A
 * query in flight is waited for; past this, PostgreSQL rolls back and unlocks when it sees the connection close.
 */
const STOP_GRACE_MS = 10_000;

function report(message: ChildMessage): Promise<void> {
  if (!process.connected) return Promise.resolve();
  return new Promise((resolve) => process.send!(message, () => resolve()));
}

/** Aborts the update when the parent's IPC channel closes, and bounds how long the stop may take. */
function stopWhenOrphaned(): AbortSignal {
  const stop = new AbortController();
  const orphaned = () => {
    const why = "the server that started this ingest is gone (its IPC channel closed)";
    logger.child({ module: "ingest-child" }).warn(`${why}: stopping the ingest`);
    stop.abort(new Error(why));
    setTimeout(() => process.exit(1), STOP_GRACE_MS).unref();
  };
  // The channel may have closed while this process was still loading.
  if (process.connected) process.once("disconnect", orphaned);
  else orphaned();
  return stop.signal;
}

async function main(): Promise<number> {
  const trigger = process.argv[2] as Trigger;
  if (!process.send || !TRIGGERS.includes(trigger)) {
    console.error(
      `lib/jobs/ingest-child runs under the server's schedule (an IPC channel and one of ${TRIGGERS.join(", ")})`,
    );
    return 2;
  }
  const signal = stopWhenOrphaned();
  let ingested: Extract<ChildMessage, { type: "error" }>["ingested"] = null;
  try {
    const result = await runUpdate({
      ...updateFromEnv(trigger),
      signal,
      onIngested: (r, _trigger, seconds) => (ingested = { result: r, seconds }),
    });
    await report({ type: "done", result, ingestSeconds: ingested!.seconds, ...self() });
    return 0;
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    await report({ type: "error", message: e.message, stack: e.stack ?? null, ingested, ...self() });
    return 1;
  }
}

// Exit explicitly: nothing here should keep the process alive once the parent has the report.
void main().then((code) => process.exit(code));
