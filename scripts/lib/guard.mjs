// What every request meets before the fast path or Next.js (scripts/server.mjs): a request id, an access-log line
// and a latency sample, refusals of methods and NUL bytes no route can serve, and the per-IP rate limit on the API
// and the Open Graph images (in memory, or in Redis when REDIS_URL is set, so every instance shares the counters).
// Plain JavaScript, like the server.
import { randomUUID } from "node:crypto";
import pino from "pino";
import { RateLimiterMemory, RateLimiterRedis } from "rate-limiter-flexible";
import { z } from "zod";
import { securityHeaders } from "../../lib/http/hot-path.mjs";
import { observability } from "../../lib/observability/registry.mjs";

const ALLOWED_METHODS = new Set(["GET", "HEAD", "POST", "OPTIONS"]);
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

const configSchema = z.object({
  /** `<requests>/<seconds>` per client IP, or `off`. */
  RATE_LIMIT: z
    .string()
    .trim()
    .regex(/^(off|\d+\/\d+)$/, "must be <requests>/<seconds> (e.g. 600/60) or off")
    .default("600/60"),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL").optional(),
  /** Behind a load balancer: take the client IP from the first X-Forwarded-For hop. */
  TRUST_PROXY: z.enum(["0", "1", "true", "false"]).default("0"),
  /** Namespace of the counters in Redis (several deployments may share one Redis). */
  RATE_LIMIT_KEY_PREFIX: z.string().regex(/^[\w:.-]{1,64}$/, "letters, digits, _ : . - only").default("atlas-rl"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

/** Parses the guard's environment; throws one message naming every bad variable. */
export function guardConfig(env = process.env) {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === "string" && v.trim() !== ""));
  const parsed = configSchema.safeParse(clean);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`);
  }
  const c = parsed.data;
  const [points, seconds] = c.RATE_LIMIT === "off" ? [0, 0] : c.RATE_LIMIT.split("/").map(Number);
  return { points, seconds, keyPrefix: c.RATE_LIMIT_KEY_PREFIX, redisUrl: c.REDIS_URL, trustProxy: c.TRUST_PROXY === "1" || c.TRUST_PROXY === "true", logLevel: c.LOG_LEVEL };
}

/** Which group a path belongs to: for metric labels, and for what the rate limit covers. */
export function routeGroup(pathname) {
  if (/(^|\/)(opengraph-image|twitter-image)(-[\w]+)?(\.\w+)?$/.test(pathname) || /^\/(api\/)?og(\/|$)/.test(pathname)) return "og";
  if (pathname === "/api/health") return "health";
  if (pathname === "/api/metrics") return "metrics";
  if (pathname.startsWith("/api/cron/")) return "cron";
  if (pathname.startsWith("/api/")) return "api";
  if (pathname.startsWith("/_next/") || /\.(svg|png|ico|txt|xml|webmanifest|woff2?)$/.test(pathname)) return "static";
  return "page";
}
const LIMITED = new Set(["api", "og"]);

function reply(res, status, pathname, code, message, headers = {}) {
  const api = pathname.startsWith("/api/");
  const body = api ? JSON.stringify({ error: { code, message } }) : `${message}\n`;
  res.writeHead(status, {
    // The guard's own answers carry the same security headers as every other response.
    ...securityHeaders(),
    "Content-Type": api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    ...headers,
  });
  res.end(body);
}

function clientIp(req, trustProxy) {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? "unknown";
}

/** The limiter: Redis-backed (memory as insurance while Redis is unreachable) or memory only; null when off. */
export async function createLimiter(config, log) {
  if (!config.points) return null;
  const opts = { points: config.points, duration: config.seconds, keyPrefix: config.keyPrefix };
  if (!config.redisUrl) return { limiter: new RateLimiterMemory(opts), store: "memory", close: async () => {} };
  const { Redis } = await import("ioredis");
  const redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  redis.on("error", (err) => log.warn({ err: err.message }, "rate limit: Redis error; counting in memory meanwhile"));
  // Start counting in Redis from the first request when it answers within 2 s; otherwise memory stands in.
  await new Promise((resolve) => {
    const timer = setTimeout(resolve, 2000);
    redis.once("ready", () => (clearTimeout(timer), resolve()));
    redis.once("error", () => (clearTimeout(timer), resolve()));
  });
  const limiter = new RateLimiterRedis({ ...opts, storeClient: redis, insuranceLimiter: new RateLimiterMemory(opts) });
  return { limiter, store: "redis", close: async () => void redis.disconnect() };
}

/**
 * Builds the guard: `guard(req, res, next)` answers the request itself (405, 400, 429) or calls `next` inside the
 * request's context, so logs written while Next handles it carry the same request id.
 */
export async function createGuard(env = process.env, { destination } = {}) {
  const config = guardConfig(env);
  const log = pino({ level: config.logLevel, base: undefined }, destination).child({ module: "http" });
  const obs = observability();
  const limit = await createLimiter(config, log);

  async function guard(req, res, next) {
    const t0 = process.hrtime.bigint();
    const given = req.headers["x-request-id"];
    const reqId = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader("X-Request-Id", reqId);
    const rawUrl = req.url ?? "/";
    const pathname = rawUrl.split("?")[0];
    const group = routeGroup(pathname);
    res.once("finish", () => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      obs.httpDuration.observe({ route: group, method: req.method ?? "?", status: String(res.statusCode) }, seconds);
      // The path only: a query string is the client's business, and long ones would flood the log.
      const shown = pathname.length > 200 ? `${pathname.slice(0, 197)}...` : pathname;
      log.info({ reqId, method: req.method, path: shown, status: res.statusCode, ms: Math.round(seconds * 1e4) / 10 }, "request");
    });

    if (!ALLOWED_METHODS.has(req.method ?? "")) {
      return reply(res, 405, pathname, "method_not_allowed", `Method ${String(req.method).slice(0, 20)} is not allowed.`, {
        Allow: "GET, HEAD, POST, OPTIONS",
      });
    }
    if (rawUrl.includes("\0") || /%00/i.test(rawUrl)) {
      return reply(res, 400, pathname, "bad_request", "The URL holds a NUL byte (%00).");
    }
    if (limit && LIMITED.has(group)) {
      try {
        const r = await limit.limiter.consume(clientIp(req, config.trustProxy));
        res.setHeader("RateLimit-Limit", String(config.points));
        res.setHeader("RateLimit-Remaining", String(r.remainingPoints));
      } catch (rejection) {
        if (rejection instanceof Error) {
          // The store failed and no insurance answered: serve rather than refuse everyone.
          log.error({ err: rejection.message }, "rate limit store failed; request let through");
        } else {
          const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
          obs.rateLimited.inc({ route: group });
          return reply(res, 429, pathname, "rate_limited", `Too many requests; try again in ${retryAfter} s.`, {
            "Retry-After": String(retryAfter),
            "RateLimit-Limit": String(config.points),
            "RateLimit-Remaining": "0",
          });
        }
      }
    }
    return obs.requestContext.run({ reqId }, next);
  }
  guard.store = limit?.store ?? "off";
  guard.close = () => limit?.close() ?? Promise.resolve();
  return guard;
}
