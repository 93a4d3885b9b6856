// The scheduled job: ingest new snapshots, then sync the registry and re-attribute every model.
// Shared by the CLI, the scheduled ingest's own process (./ingest-child.ts) and the benches.
import pg from "pg";
import { attributeModels, syncAttribution } from "@/lib/attribution/sync";
import { runIngest, type IngestOptions, type IngestResult } from "@/lib/ingest/run";
import type { Trigger } from "@/lib/ingest/runs";
import { env } from "@/lib/core/env";
import { observability } from "@/lib/core/observability.mjs";

export interface UpdateOptions extends IngestOptions {
  /**
   * Called once the ingest part is done (before the attribution sync) with its result and duration in seconds.
   * Default: count it in this process's Prometheus metrics. The scheduled ingest's process hands it to the server
   * instead, whose /api/metrics is the one scraped.
   */
  onIngested?: (result: IngestResult, trigger: Trigger, seconds: number) => void;
}

/** An update of every source from the environment's settings (DATABASE_URL must be set), as the schedule runs it. */
export function updateFromEnv(trigger: Trigger): UpdateOptions {
  const config = env();
  if (!config.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  return {
    connectionString: config.DATABASE_URL,
    trigger,
    hub: { endpoint: config.HF_ENDPOINT, token: config.HF_TOKEN, retryBudgetMs: config.HF_RETRY_BUDGET_S * 1000 },
    catalog: { endpoint: config.ARENA_CATALOG_ENDPOINT },
    github: {
      endpoint: config.GITHUB_API_ENDPOINT,
      token: config.GITHUB_TOKEN,
      retryBudgetMs: config.HF_RETRY_BUDGET_S * 1000,
    },
  };
}

/** Prometheus counters of one update: a run per source, and the ingest's duration overall. */
export function recordIngestMetrics(result: IngestResult, trigger: Trigger, seconds: number): void {
  const { ingestRuns, ingestDuration } = observability();
  for (const r of result.runs) ingestRuns.inc({ source: r.source, trigger, status: r.status });
  const overall = result.skipped ? "skipped" : result.runs.some((r) => r.status === "failed") ? "failed" : "succeeded";
  ingestDuration.observe({ source: "all", status: overall }, seconds);
}

export async function runUpdate({ onIngested = recordIngestMetrics, ...opts }: UpdateOptions): Promise<IngestResult> {
  const t0 = performance.now();
  const result = await runIngest({ attribute: attributeModels, ...opts });
  onIngested(result, opts.trigger, (performance.now() - t0) / 1000);
  if (result.skipped) return result;
  opts.signal?.throwIfAborted();
  const client = new pg.Client({ connectionString: opts.connectionString });
  await client.connect();
  try {
    await syncAttribution(client);
  } finally {
    await client.end();
  }
  return result;
}
