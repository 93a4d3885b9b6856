// Process-wide observability state, shared by the custom server (scripts/server.mjs, plain JavaScript) and the
// code Next.js bundles: one prom-client registry and one request context, kept on globalThis so both module
// copies see the same objects. Plain JavaScript for the same reason as the server.
import { AsyncLocalStorage } from "node:async_hooks";
import client from "prom-client";

const KEY = "__leaderboardAtlasObservability";

function create() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  return {
    registry,
    requestContext: new AsyncLocalStorage(),
    httpDuration: new client.Histogram({
      name: "atlas_http_request_duration_seconds",
      help: "HTTP request latency by route group, method and status.",
      labelNames: ["route", "method", "status"],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    rateLimited: new client.Counter({
      name: "atlas_http_rate_limited_total",
      help: "Requests answered 429 by the per-IP rate limit.",
      labelNames: ["route"],
      registers: [registry],
    }),
    ingestDuration: new client.Histogram({
      name: "atlas_ingest_duration_seconds",
      help: "Duration of ingest runs by source and result.",
      labelNames: ["source", "status"],
      buckets: [0.1, 0.5, 1, 5, 15, 60, 300, 900],
      registers: [registry],
    }),
    ingestRuns: new client.Counter({
      name: "atlas_ingest_runs_total",
      help: "Ingest runs by source, trigger and result (succeeded, failed, skipped).",
      labelNames: ["source", "trigger", "status"],
      registers: [registry],
    }),
    dataAge: new client.Gauge({
      name: "atlas_data_age_seconds",
      help: "Seconds since each source last ingested successfully (read from the database at scrape time).",
      labelNames: ["source"],
      registers: [registry],
    }),
    dataVersion: new client.Gauge({
      name: "atlas_data_version",
      help: "The data version this instance serves.",
      registers: [registry],
    }),
  };
}

/** @returns {ReturnType<typeof create>} */
export function observability() {
  globalThis[KEY] ??= create();
  return globalThis[KEY];
}

/** The current request's id, when the request came through the custom server. */
export function currentRequestId() {
  return observability().requestContext.getStore()?.reqId;
}
