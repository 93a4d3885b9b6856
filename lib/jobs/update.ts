// The scheduled job: ingest new snapshots, then sync the registry and re-attribute every model.
// Shared by the CLI, the in-process schedule and POST /api/cron/ingest.
import pg from "pg";
import { attributeModels, syncAttribution } from "@/lib/attribution/sync";
import { runIngest, type IngestOptions, type IngestResult } from "@/lib/ingest/run";
import { observability } from "@/lib/core/observability.mjs";

export async function runUpdate(opts: IngestOptions): Promise<IngestResult> {
  const t0 = performance.now();
  const result = await runIngest({ attribute: attributeModels, ...opts });
  // Prometheus counters (scraped at /api/metrics when this runs inside the server).
  const { ingestRuns, ingestDuration } = observability();
  for (const r of result.runs) ingestRuns.inc({ source: r.source, trigger: opts.trigger, status: r.status });
  const overall = result.skipped ? "skipped" : result.runs.some((r) => r.status === "failed") ? "failed" : "succeeded";
  ingestDuration.observe({ source: "all", status: overall }, (performance.now() - t0) / 1000);
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
