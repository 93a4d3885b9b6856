import "server-only";
// Per-board ingest state for the stale banner, the empty states and /status: one query over snapshots and runs.
import { boardInfo, compareBoards } from "@/lib/boards/info";
import { prisma } from "@/lib/core/db";
import { env } from "@/lib/core/env";
import {
  assessFreshness,
  nextScheduledRun,
  publicError,
  scheduleIntervalMs,
  type BoardIngestState,
  type Freshness,
} from "@/lib/ingest/freshness-rules";

interface Row {
  board: string;
  snapshots: bigint;
  first: string | null;
  last: string | null;
  run_status: string | null;
  run_finished: Date | null;
  run_trigger: string | null;
  run_error: string | null;
  success_at: Date | null;
  running: boolean;
  error_at: Date | null;
  error: string | null;
}

export async function getIngestStates(): Promise<BoardIngestState[]> {
  // Runs of the shipped bundle are not checks of upstream: they neither refresh nor fail the data's freshness.
  const rows = await prisma().$queryRaw<Row[]>`
    SELECT b.slug AS board,
      (SELECT count(*) FROM snapshot s WHERE s.board_slug = b.slug) AS snapshots,
      (SELECT to_char(min(date), 'YYYY-MM-DD') FROM snapshot s WHERE s.board_slug = b.slug) AS first,
      (SELECT to_char(max(date), 'YYYY-MM-DD') FROM snapshot s WHERE s.board_slug = b.slug) AS last,
      r.status AS run_status, r.finished_at AS run_finished, r.trigger AS run_trigger, r.error AS run_error,
      (SELECT max(finished_at) FROM ingest_run x WHERE x.board_slug = b.slug AND x.status = 'succeeded'
         AND x.trigger <> 'bundle') AS success_at,
      EXISTS (SELECT 1 FROM ingest_run x WHERE x.board_slug = b.slug AND x.status = 'running') AS running,
      f.finished_at AS error_at, f.error
    FROM board b
    LEFT JOIN LATERAL (SELECT status, finished_at, trigger, error FROM ingest_run x
      WHERE x.board_slug = b.slug AND x.trigger <> 'bundle' AND x.status IN ('succeeded', 'failed')
      ORDER BY x.id DESC LIMIT 1) r ON true
    LEFT JOIN LATERAL (SELECT finished_at, error FROM ingest_run x
      WHERE x.board_slug = b.slug AND x.status = 'failed' ORDER BY x.id DESC LIMIT 1) f ON true`;
  // Every stored board (the `board` table is the runtime list), in list order.
  const sorted = [...rows].sort((a, b) => compareBoards(a.board, b.board));
  return sorted.map((r) => {
    const slug = r.board;
    const info = boardInfo(slug);
    return {
      board: slug,
      name: info.name,
      retiredOn: info.retiredOn,
      snapshots: Number(r.snapshots),
      firstDate: r.first ?? null,
      lastDate: r.last ?? null,
      lastRun:
        r.run_status && r.run_finished
          ? {
              status: r.run_status as "succeeded" | "failed",
              finishedAt: r.run_finished.toISOString(),
              trigger: r.run_trigger ?? "",
              error: r.run_error === null ? null : publicError(r.run_error),
            }
          : null,
      lastSuccessAt: r.success_at?.toISOString() ?? null,
      running: r.running ?? false,
      lastError: r.error_at && r.error ? { at: r.error_at.toISOString(), message: publicError(r.error) } : null,
    };
  });
}

export interface DataFreshness extends Freshness {
  boards: BoardIngestState[];
  nextRun: string | null;
  schedule: string;
  now: string;
}

export async function getFreshness(now = new Date()): Promise<DataFreshness> {
  const { INGEST_SCHEDULE } = env();
  const boards = await getIngestStates();
  return {
    ...assessFreshness(boards, scheduleIntervalMs(INGEST_SCHEDULE, now), now),
    boards,
    nextRun: nextScheduledRun(INGEST_SCHEDULE, now),
    schedule: INGEST_SCHEDULE,
    now: now.toISOString(),
  };
}
