// The scheduled ingest's own process, started by ./ingest-process.ts with its own heap cap: one update
// (./update.ts) with the settings of the environment it inherits, reported to the parent over IPC, then exit.
// Usage (by the parent only): node [--max-old-space-size=N] <this file, or its bundle> <trigger>
import v8 from "node:v8";
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

function report(message: ChildMessage): Promise<void> {
  return new Promise((resolve) => process.send!(message, () => resolve()));
}

async function main(): Promise<number> {
  const trigger = process.argv[2] as Trigger;
  if (!process.send || !TRIGGERS.includes(trigger)) {
    console.error(
      `lib/jobs/ingest-child runs under the server's schedule (an IPC channel and one of ${TRIGGERS.join(", ")})`,
    );
    return 2;
  }
  let ingested: Extract<ChildMessage, { type: "error" }>["ingested"] = null;
  try {
    const result = await runUpdate({
      ...updateFromEnv(trigger),
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
