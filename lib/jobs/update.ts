// The scheduled job: ingest new snapshots, then sync the registry and re-attribute every model.
// Shared by the CLI, the in-process schedule and POST /api/cron/ingest.
import pg from "pg";
import { attributeModels, syncAttribution } from "@/lib/attribution/sync";
import { runIngest, type IngestOptions, type IngestResult } from "@/lib/ingest/run";

export async function runUpdate(opts: IngestOptions): Promise<IngestResult> {
  const result = await runIngest({ attribute: attributeModels, ...opts });
  if (result.skipped) return result;
  const client = new pg.Client({ connectionString: opts.connectionString });
  await client.connect();
  try {
    await syncAttribution(client);
  } finally {
    await client.end();
  }
  return result;
}
