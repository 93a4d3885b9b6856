// Ingest run records: every run, whatever its outcome, leaves one row per source.
import type pg from "pg";
import type { BoardSlug } from "@/lib/boards/info";

export const TRIGGERS = ["cli", "schedule", "cron", "startup", "test", "bundle"] as const;
export type Trigger = (typeof TRIGGERS)[number];
export type RunStatus = "running" | "succeeded" | "failed" | "skipped";

export interface RunCounts {
  snapshotsAdded: number;
  rowsSeen: number;
  rowsInserted: number;
  rowsRejected: number;
}

export async function openRun(
  client: pg.ClientBase,
  source: string,
  board: BoardSlug | null,
  trigger: Trigger,
  status: RunStatus = "running",
) {
  const { rows } = await client.query<{ id: number }>(
    `INSERT INTO ingest_run (source, board_slug, trigger, status, started_at, finished_at)
     VALUES ($1, $2, $3, $4, now(), CASE WHEN $4 = 'running' THEN NULL ELSE now() END) RETURNING id`,
    [source, board, trigger, status],
  );
  return rows[0].id;
}

export async function closeRun(
  client: pg.ClientBase,
  id: number,
  status: Exclude<RunStatus, "running">,
  counts: RunCounts,
  error: string | null,
): Promise<void> {
  await client.query(
    `UPDATE ingest_run SET status = $2, finished_at = now(), snapshots_added = $3, rows_seen = $4,
       rows_inserted = $5, rows_rejected = $6, error = $7 WHERE id = $1`,
    [id, status, counts.snapshotsAdded, counts.rowsSeen, counts.rowsInserted, counts.rowsRejected, error],
  );
}

/** Marks runs left 'running' by a process that died as failed, so the status page never shows a ghost. */
export async function failAbandonedRuns(client: pg.ClientBase): Promise<void> {
  await client.query(
    `UPDATE ingest_run SET status = 'failed', finished_at = now(),
       error = coalesce(error, 'abandoned: the process running it stopped before it finished')
     WHERE status = 'running'`,
  );
}

/** Whether the source's last finished, non-skipped run before `currentRunId` failed. */
export async function lastRunFailed(client: pg.ClientBase, source: string, currentRunId: number): Promise<boolean> {
  const { rows } = await client.query<{ status: string }>(
    `SELECT status FROM ingest_run WHERE source = $1 AND id < $2 AND status IN ('succeeded', 'failed')
     ORDER BY id DESC LIMIT 1`,
    [source, currentRunId],
  );
  return rows[0]?.status === "failed";
}
