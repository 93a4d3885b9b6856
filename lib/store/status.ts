import "server-only";
import { prisma } from "@/lib/db";

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
    error: r.error,
  }));
}

/** When each source (board slugs, lmarena-prices) last ingested successfully, for "data is N hours old". */
export async function getLastSuccess(): Promise<Record<string, string | null>> {
  const rows = await prisma().ingestRun.groupBy({
    by: ["source"],
    where: { status: "succeeded" },
    _max: { finishedAt: true },
  });
  return Object.fromEntries(rows.map((r) => [r.source, r._max.finishedAt?.toISOString() ?? null]));
}
