// npm run ingest -- [--source lmarena-<config>|hf-open-llm-v2|lmarena-prices|all] [--json]   (--board is an alias)
// `lmarena-<config>` is any board of an LMArena config (lmarena-text, lmarena-vision, …; the dataset lists them).
// Pulls new snapshots from HF_ENDPOINT and the price table's versions (listed by GITHUB_API_ENDPOINT, read from
// ARENA_CATALOG_ENDPOINT) into DATABASE_URL, then re-attributes models.
// Exit codes: 0 success, 1 failure, 2 skipped because another run holds the lock (or bad usage).
import { parseArgs } from "node:util";
import { z } from "zod";
import { isSourceKey, sourceKeyForms } from "@/lib/sources/catalog";
import { env, EnvError, redactUrl } from "@/lib/core/env";
import type { IngestEvent } from "@/lib/ingest/run";
import { runUpdate, updateFromEnv } from "@/lib/jobs/update";

const argsSchema = z.object({
  source: z
    .string()
    .refine((k) => k === "all" || isSourceKey(k))
    .default("all"),
  json: z.boolean().default(false),
});

function usage(message: string): never {
  console.error(`${message}\nusage: npm run ingest -- [--source ${sourceKeyForms().join("|")}|all] [--json]`);
  process.exit(2);
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { source: { type: "string" }, board: { type: "string" }, json: { type: "boolean" } },
    }));
  } catch (err) {
    usage(err instanceof Error ? err.message : String(err));
  }
  const args = argsSchema.safeParse({ source: values.source ?? values.board, json: values.json });
  if (!args.success) usage(`--source must be one of ${[...sourceKeyForms(), "all"].join(", ")}`);
  let config;
  try {
    config = env();
  } catch (err) {
    if (err instanceof EnvError) usage(err.message);
    throw err;
  }
  if (!config.DATABASE_URL) usage("DATABASE_URL is not set: point it at the PostgreSQL database to fill.");

  const tty = process.stderr.isTTY && !args.data.json;
  const progress = (line: string) => (tty ? process.stderr.write(`\r\x1b[2K${line}`) : console.error(line));
  const onEvent = (e: IngestEvent) => {
    switch (e.type) {
      case "snapshot": {
        const rate = Math.round(e.rows / Math.max(e.ms / 1000, 1e-3));
        progress(
          `${e.board} ${e.date}: ${e.rows} rows in ${e.ms.toFixed(0)} ms (${rate} rows/s) [${e.index}/${e.total}]`,
        );
        break;
      }
      case "skip":
        progress(`${e.board} ${e.date}: skipped, ${e.reason}`);
        break;
      case "board":
        if (tty) process.stderr.write("\n");
        console.error(`${e.board}: ${e.message}`);
        break;
      case "error":
        if (tty) process.stderr.write("\n");
        console.error(`${e.board}${e.date ? ` ${e.date}` : ""}: ERROR ${e.message}`);
        break;
    }
  };

  console.error(
    `Ingesting from ${config.HF_ENDPOINT}, ${config.ARENA_CATALOG_ENDPOINT} and ${config.GITHUB_API_ENDPOINT} into ${redactUrl(config.DATABASE_URL)}`,
  );
  // All: every board the families list now, the fixed sources and the price table.
  const sources = args.data.source === "all" ? undefined : [args.data.source];
  // The schedule's settings from the environment (updateFromEnv), for the sources asked.
  const result = await runUpdate({ ...updateFromEnv("cli"), sources, onEvent });
  if (tty) process.stderr.write("\n");
  for (const r of result.runs) {
    console.error(
      `${r.source}: ${r.status}, ${r.snapshotsAdded} snapshots added, ${r.rowsSeen} rows seen, ` +
        `${r.rowsInserted} inserted, ${r.rowsRejected} rejected` +
        (r.error ? `\n  ${r.error.replace(/\n/g, "\n  ")}` : ""),
    );
  }
  if (args.data.json) {
    const runs = result.runs.map(({ source, board, status, snapshotsAdded, rowsInserted, rowsRejected, error }) => ({
      source,
      board,
      status,
      snapshotsAdded,
      rowsInserted,
      rowsRejected,
      error,
    }));
    console.log(JSON.stringify({ runs, totals: result.totals }));
  }
  if (result.skipped) process.exit(2);
  process.exit(result.runs.some((r) => r.status === "failed") ? 1 : 0);
}

main().catch((err) => {
  console.error(`ingest failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
