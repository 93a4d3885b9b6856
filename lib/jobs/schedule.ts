// The ingestion schedule that `npm start` runs (via instrumentation.ts): a cron job from INGEST_SCHEDULE, plus
// one run at start-up when the database is empty or holds only the shipped bundle. Each run is an update in a
// process of its own (./ingest-process.ts), which the server waits for and reports on here.
// The advisory lock keeps this safe when several app instances run the same schedule.
import { Cron } from "croner";
import pg from "pg";
import { env } from "@/lib/core/env";
import { logger } from "@/lib/core/log";
import type { Trigger } from "@/lib/ingest/runs";
import { runUpdateInChild, type ChildOptions, type ChildUpdate } from "./ingest-process";

const log = logger.child({ module: "schedule" });

/** One scheduled update, logged; resolves with the child's report, or null when it failed (logged too). */
export async function scheduledUpdate(trigger: Trigger, opts: ChildOptions = {}): Promise<ChildUpdate | null> {
  if (!env().DATABASE_URL) return null;
  const t0 = performance.now();
  try {
    const update = await runUpdateInChild(trigger, opts);
    for (const r of update.result.runs) {
      const fields = {
        source: r.source,
        status: r.status,
        snapshotsAdded: r.snapshotsAdded,
        rowsInserted: r.rowsInserted,
      };
      if (r.status === "failed") log.error({ ...fields, error: r.error }, "ingest run failed");
      else log.info(fields, `ingest run ${r.status}`);
    }
    log.info(
      {
        ms: Math.round(performance.now() - t0),
        totals: update.result.totals,
        pid: update.pid,
        peakRssMb: update.peakRssMb,
      },
      "ingest finished",
    );
    return update;
  } catch (err) {
    log.error({ err }, "ingest crashed; the next scheduled run will try again");
    return null;
  }
}

/**
 * Why to ingest at start-up, or null: when the database is empty, or when its history came only from the
 * shipped bundle (no upstream check has ever succeeded), so whatever upstream has that is newer arrives now.
 */
async function startupReason(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ snapshots: boolean; checked: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM snapshot) AS snapshots,
              EXISTS (SELECT 1 FROM ingest_run WHERE status = 'succeeded' AND trigger <> 'bundle') AS checked`,
    );
    if (!rows[0].snapshots) return "the database holds no snapshot yet";
    if (!rows[0].checked) return "the history so far comes from the shipped bundle";
    return null;
  } finally {
    await client.end();
  }
}

let started: Cron | null = null;

export function startIngestSchedule(): void {
  const { INGEST_SCHEDULE, DATABASE_URL } = env();
  if (started || !DATABASE_URL) return;
  if (INGEST_SCHEDULE === "off") {
    log.info("ingest schedule is off (INGEST_SCHEDULE=off)");
    return;
  }
  started = new Cron(
    INGEST_SCHEDULE,
    { protect: true, catch: true },
    async () => void (await scheduledUpdate("schedule")),
  );
  log.info({ schedule: INGEST_SCHEDULE, next: started.nextRun()?.toISOString() }, "ingest schedule started");
  void startupReason(DATABASE_URL)
    .then((reason) => {
      if (!reason) return;
      log.info(`${reason}: ingesting now`);
      return scheduledUpdate("startup");
    })
    .catch((err) => log.error({ err }, "could not check whether to ingest at start-up"));
}
