// POST /api/cron/ingest: runs ingestion now, for external schedulers (Vercel cron), with Bearer $CRON_SECRET.
import { NextResponse } from "next/server";
import { env } from "@/lib/core/env";
import { checkCronAuth } from "@/lib/jobs/cron-auth";
import { runUpdateInChild } from "@/lib/jobs/ingest-process";

export const dynamic = "force-dynamic";
export const maxDuration = 300;

const error = (status: number, code: string, message: string) =>
  NextResponse.json({ error: { code, message } }, { status, headers: { "Cache-Control": "no-store" } });

async function handle(request: Request) {
  const { CRON_SECRET, DATABASE_URL } = env();
  const auth = checkCronAuth(request.headers.get("authorization"), CRON_SECRET);
  // Without a configured secret the route does not exist.
  if (auth === "disabled") return error(404, "not_found", "Not found");
  if (auth === "unauthorized") return error(401, "unauthorized", "Send Authorization: Bearer <CRON_SECRET>.");
  if (!DATABASE_URL) return error(503, "no_database", "DATABASE_URL is not set on this instance.");
  // In a process of its own, as the schedule's runs are (lib/jobs/ingest-process.ts), with the same settings.
  const { result } = await runUpdateInChild("cron");
  const runs = result.runs.map(({ source, board, status, snapshotsAdded, rowsInserted, rowsRejected, error }) => ({
    source,
    board,
    status,
    snapshotsAdded,
    rowsInserted,
    rowsRejected,
    error,
  }));
  const failed = runs.some((r) => r.status === "failed");
  const status = result.skipped ? 409 : failed ? 502 : 200;
  return NextResponse.json(
    { runs, totals: result.totals, skipped: result.skipped },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}

export const POST = handle;
// Vercel cron sends GET; the same secret check applies.
export const GET = handle;
