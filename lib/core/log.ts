// Structured logs (pino). One logger; modules take a child with their own `module` field. A line written while
// the custom server handles a request carries that request's id (`reqId`), as its access-log line does.
import pino from "pino";
import { currentRequestId } from "@/lib/core/observability.mjs";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: undefined,
  redact: {
    paths: [
      "*.password",
      "*.connectionString",
      "*.DATABASE_URL",
      "*.CRON_SECRET",
      "*.METRICS_TOKEN",
      "*.REDIS_URL",
      "*.authorization",
      "*.HF_TOKEN",
      "*.token",
    ],
    censor: "***",
  },
  mixin() {
    const reqId = currentRequestId();
    return reqId ? { reqId } : {};
  },
});
