// Environment, validated once with zod. A bad value stops start-up with a message naming the variable.
import { z } from "zod";
import { Cron } from "croner";

const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const schema = z.object({
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
  ),
  /** Set by scripts/start.mjs: which kind of database DATABASE_URL points at. */
  DATABASE_KIND: z.preprocess(emptyAsUndefined, z.enum(["postgres", "embedded"]).default("postgres")),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  PGLITE_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default(".data/pglite")),
  HF_ENDPOINT: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(https?|file):\/\//, "must be an http(s):// or file:// URL")
      .transform((s) => s.replace(/\/+$/, ""))
      .default("https://huggingface.co"),
  ),
  /** Base of the arena catalog's raw files (price table); a file:// URL reads the same paths from disk. */
  ARENA_CATALOG_ENDPOINT: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(https?|file):\/\//, "must be an http(s):// or file:// URL")
      .transform((s) => s.replace(/\/+$/, ""))
      .default("https://raw.githubusercontent.com"),
  ),
  /**
   * Base of the GitHub REST API, which lists the commits of the catalog's price table (its history); a file:// URL
   * reads `repos/lmarena/arena-catalog/commits` from disk, the answer to the one query ingest asks.
   */
  GITHUB_API_ENDPOINT: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(https?|file):\/\//, "must be an http(s):// or file:// URL")
      .transform((s) => s.replace(/\/+$/, ""))
      .default("https://api.github.com"),
  ),
  /** GitHub token, sent to GITHUB_API_ENDPOINT as `Authorization: Bearer` (5,000 requests an hour instead of 60). */
  GITHUB_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(8).optional()),
  INGEST_SCHEDULE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .default("0 */6 * * *")
      .refine((s) => s === "off" || isCron(s), "must be a cron expression such as '0 */6 * * *', or 'off'"),
  ),
  /** The public origin (https://atlas.example.org) for permalinks in og:url, og:image and embeds; default: the request's host. */
  SITE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^https?:\/\/[^/]+$/, "must be an origin such as https://atlas.example.org (no path)")
      .optional(),
  ),
  CRON_SECRET: z.preprocess(emptyAsUndefined, z.string().min(16, "must be at least 16 characters").optional()),
  /** Hugging Face access token, sent to HF_ENDPOINT as `Authorization: Bearer` (higher rate limits on the Hub). */
  HF_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(8).optional()),
  /**
   * Longest total wait, in seconds, between the attempts of one upstream request: a rate limit's Retry-After is
   * honoured in full while it fits, and one beyond it fails the run, saying when to try again.
   */
  HF_RETRY_BUDGET_S: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int("must be a whole number of seconds").min(0).max(86_400).default(900),
  ),
  /** Bearer token for GET /api/metrics; unset, the metrics are open (bind to loopback or firewall them). */
  METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, "must be at least 16 characters").optional()),
  /**
   * Heap cap, in MB, of the process each scheduled or cron-triggered ingest runs in (V8's old space; the process's
   * resident set runs higher). An ingest that needs more fails, naming this variable, and the server stays up.
   */
  INGEST_HEAP_MB: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(64).max(65536).default(384)),
  /** Memory the standings' columnar frames may hold, in MB (least recently used frames are dropped past it). */
  STANDINGS_FRAMES_MB: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(16).max(65536).default(320)),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
});

function isCron(expr: string): boolean {
  try {
    new Cron(expr, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
}

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

/** Parses an environment; throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
  throw new EnvError(
    `Invalid environment:\n${lines.join("\n")}\nFix these variables (see .env.example) and start again.`,
  );
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** A connection string with the password replaced, safe for logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}
