// The scheduled ingest (and POST /api/cron/ingest) runs in a process of its own (./ingest-child.ts) with its own
// heap cap (INGEST_HEAP_MB), not in the server's heap: an ingest's transient memory (whole upstream files decoded,
// batches of rows) would otherwise add to the server's peak, and a container sized for serving would be killed
// mid-ingest. The server waits for it, counts its runs in its own metrics, and learns its result over IPC; a child
// that dies without a report fails the call, and the runs it left open are marked abandoned at once.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import pg from "pg";
import { env } from "@/lib/core/env";
import { logger } from "@/lib/core/log";
import type { IngestResult } from "@/lib/ingest/run";
import { releaseIngestLock, tryIngestLock } from "@/lib/ingest/lock";
import { failAbandonedRuns, type Trigger } from "@/lib/ingest/runs";
import { INGEST_CHILD_BUNDLE, INGEST_CHILD_SOURCE } from "./ingest-child-files.mjs";
import { recordIngestMetrics, runUpdate, updateFromEnv } from "./update";

/** Who ran the update: the child's pid, its heap limit as V8 reports it, and its peak resident set. */
export interface ChildSelf {
  pid: number;
  heapLimitMb: number;
  peakRssMb: number;
}

/** The child's one report to its parent. */
export type ChildMessage =
  | ({ type: "done"; result: IngestResult; ingestSeconds: number } & ChildSelf)
  | ({
      type: "error";
      message: string;
      stack: string | null;
      /** The ingest's result when only the attribution sync after it failed. */
      ingested: { result: IngestResult; seconds: number } | null;
    } & ChildSelf);

export interface ChildUpdate extends ChildSelf {
  result: IngestResult;
}

/** The child ended without a report: killed (out of memory, a signal) or crashed before it could say why. */
export class IngestProcessError extends Error {
  constructor(
    message: string,
    readonly pid: number | undefined,
    readonly code: number | null,
    readonly signal: NodeJS.Signals | null,
  ) {
    super(message);
  }
}

/**
 * How to run the child: its bundle in a production build, else its TypeScript source through tsx (tests, `next
 * dev`, or a build made by `next build` alone, which removes any older bundle); null when neither is there.
 */
function childEntry(root: string): string[] | null {
  const bundle = path.join(root, INGEST_CHILD_BUNDLE);
  const source = path.join(root, INGEST_CHILD_SOURCE);
  if (process.env.NODE_ENV === "production" && existsSync(bundle)) return [bundle];
  if (existsSync(source)) return ["--import", "tsx", source];
  return existsSync(bundle) ? [bundle] : null;
}

/**
 * Where the child cannot be started (a platform that deploys only the files Next traced, such as a serverless
 * function for the cron route, whose memory the platform bounds per invocation): the update in this process.
 */
async function runUpdateHere(trigger: Trigger): Promise<ChildUpdate> {
  logger
    .child({ module: "ingest-process" })
    .warn(`neither ${INGEST_CHILD_BUNDLE} nor ${INGEST_CHILD_SOURCE} is deployed: ingesting in the server's process`);
  const result = await runUpdate(updateFromEnv(trigger));
  return {
    result,
    pid: process.pid,
    heapLimitMb: Math.round(v8.getHeapStatistics().heap_size_limit / 2 ** 20),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

export interface ChildOptions {
  /** Where the child's bundle or source is looked for; default: the working directory (the app's root). */
  root?: string;
  /** The child's V8 old-space cap in MB; default INGEST_HEAP_MB. */
  heapMb?: number;
  /** Called with the child's pid as soon as it runs. */
  onSpawn?: (pid: number) => void;
}

/**
 * Runs one update (lib/jobs/update.ts) with the environment's settings in a child process, and resolves with its
 * result once the child has exited. Rejects with the child's own error when the update threw there, or with an
 * IngestProcessError when the child ended without a report. Without the child's files, runs it here instead.
 */
export function runUpdateInChild(trigger: Trigger, opts: ChildOptions = {}): Promise<ChildUpdate> {
  const root = opts.root ?? process.cwd();
  const entry = childEntry(root);
  if (!entry) return runUpdateHere(trigger);
  const heapMb = opts.heapMb ?? env().INGEST_HEAP_MB;
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, ...entry, trigger], {
    cwd: root,
    // Its log lines go where the server's go.
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  if (child.pid !== undefined) opts.onSpawn?.(child.pid);
  let report: ChildMessage | undefined;
  child.on("message", (m: ChildMessage) => {
    report ??= m;
    if (m.type === "done") recordIngestMetrics(m.result, trigger, m.ingestSeconds);
    else if (m.ingested) recordIngestMetrics(m.ingested.result, trigger, m.ingested.seconds);
  });
  return new Promise((resolve, reject) => {
    child.once("error", (err) => reject(err));
    // "close", not "exit": it comes once the IPC channel is drained too, so the report is never missed.
    child.once("close", (code, signal) => {
      if (report?.type === "done") {
        const { type: _type, ingestSeconds: _seconds, ...update } = report;
        resolve(update);
      } else if (report?.type === "error") {
        const err = new Error(report.message);
        if (report.stack) err.stack = report.stack;
        reject(err);
      } else {
        const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        const err = new IngestProcessError(
          `the ingest process (pid ${child.pid}, heap cap ${heapMb} MB) ${how} before it reported; ` +
            "if it ran out of memory, raise INGEST_HEAP_MB",
          child.pid,
          code,
          signal,
        );
        closeAbandonedRuns().then(
          () => reject(err),
          () => reject(err),
        );
      }
    });
  });
}

/** Marks the runs a dead child left open as failed (abandoned), unless another ingest holds the lock by now. */
async function closeAbandonedRuns(): Promise<void> {
  const url = env().DATABASE_URL;
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // The dead child's session (and the lock it held) ends when PostgreSQL notices the closed connection: a moment.
    let locked = false;
    for (let attempt = 0; attempt < 10 && !locked; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 200));
      locked = await tryIngestLock(client);
    }
    if (!locked) return;
    try {
      await failAbandonedRuns(client);
    } finally {
      await releaseIngestLock(client).catch(() => {});
    }
  } finally {
    await client.end();
  }
}
