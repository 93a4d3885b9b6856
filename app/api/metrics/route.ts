// GET /api/metrics: Prometheus metrics (request latencies, ingest runs and durations, data age), Bearer $METRICS_TOKEN when set.
import { env } from "@/lib/env";
import { checkCronAuth } from "@/lib/jobs/cron-auth";
import { logger } from "@/lib/log";
import { refreshDataGauges } from "@/lib/observability/data-age";
import { observability } from "@/lib/observability/registry.mjs";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const { METRICS_TOKEN } = env();
  // The same constant-time bearer check as the cron route; without a token configured the metrics are open.
  if (METRICS_TOKEN && checkCronAuth(request.headers.get("authorization"), METRICS_TOKEN) !== "ok") {
    return Response.json(
      { error: { code: "unauthorized", message: "Send Authorization: Bearer <METRICS_TOKEN>." } },
      { status: 401, headers: { "Cache-Control": "no-store", "WWW-Authenticate": "Bearer" } },
    );
  }
  // A database outage must not hide the process metrics: the data gauges keep their last values.
  await refreshDataGauges().catch((err) => logger.child({ module: "metrics" }).warn({ err }, "data age unavailable"));
  const { registry } = observability();
  return new Response(await registry.metrics(), {
    headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" },
  });
}
