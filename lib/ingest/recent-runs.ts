import "server-only";
import { prisma } from "@/lib/core/db";
import { publicError } from "@/lib/ingest/freshness-rules";

export interface RunSummary {
  id: number;
  board: string;
  trigger: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  snapshotsAdded: number;
  rowsSeen: number;
  rowsInserted: number;
  rowsRejected: number;
  error: string | null;
}

/** The newest ingest runs, newest first. */
export async function getRecentRuns(limit = 20): Promise<RunSummary[]> {
  const runs = await prisma().ingestRun.findMany({ orderBy: { id: "desc" }, take: limit });
  return runs.map((r) => ({
    id: r.id,
    board: r.source,
    trigger: r.trigger,
    status: r.status,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    snapshotsAdded: r.snapshotsAdded,
    rowsSeen: r.rowsSeen,
    rowsInserted: r.rowsInserted,
    rowsRejected: r.rowsRejected,
    // A public page shows it: network failures in full, anything that may quote upstream's bytes generically.
    error: r.error === null ? null : publicError(r.error),
  }));
}
