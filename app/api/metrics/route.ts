// GET /api/metrics: Prometheus metrics (request latencies, ingest runs and durations, data age), Bearer $METRICS_TOKEN (open without one only when the server listens on loopback).
import { env } from "@/lib/core/env";
import { isLoopbackHost } from "@/lib/core/deployment.mjs";
import { checkCronAuth } from "@/lib/jobs/cron-auth";
import { logger } from "@/lib/core/log";
import { refreshDataGauges } from "@/lib/reads/data-age";
import { observability } from "@/lib/core/observability.mjs";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const { METRICS_TOKEN } = env();
  // Without a token, metrics are open only on a server no other machine reaches (lib/core/deployment.mjs).
  if (!METRICS_TOKEN && !isLoopbackHost(process.env.HOST)) {
    return Response.json(
      {
        error: {
          code: "metrics_closed",
          message: "Metrics are closed: this server listens beyond loopback and METRICS_TOKEN is not set.",
        },
      },
      { status: 403, headers: { "Cache-Control": "no-store" } },
    );
  }
  // The same constant-time bearer check as the cron route.
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
