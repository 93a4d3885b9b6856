import type { AsyncLocalStorage } from "node:async_hooks";
import type { Counter, Gauge, Histogram, Registry } from "prom-client";

export interface Observability {
  registry: Registry;
  requestContext: AsyncLocalStorage<{ reqId: string }>;
  httpDuration: Histogram<"route" | "method" | "status">;
  rateLimited: Counter<"route">;
  ingestDuration: Histogram<"source" | "status">;
  ingestRuns: Counter<"source" | "trigger" | "status">;
  dataAge: Gauge<"source">;
  dataVersion: Gauge;
}
export function observability(): Observability;
export function currentRequestId(): string | undefined;
