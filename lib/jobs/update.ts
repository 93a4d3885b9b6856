// The scheduled job: ingest new snapshots, then bring attribution up to date.
// Shared by the CLI, the in-process schedule and POST /api/cron/ingest.
import { runIngest, type IngestOptions, type IngestResult } from "@/lib/ingest/run";

export async function runUpdate(opts: IngestOptions): Promise<IngestResult> {
  const result = await runIngest(opts);
  return result;
}
