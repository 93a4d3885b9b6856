// Structured logs (pino). One logger; modules take a child with their own `module` field.
import pino from "pino";

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: undefined,
  redact: { paths: ["*.password", "*.connectionString", "*.DATABASE_URL", "*.CRON_SECRET"], censor: "***" },
});
