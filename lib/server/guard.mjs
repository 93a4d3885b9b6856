// What every request meets before the fast path or Next.js (scripts/server.mjs): a request id, an access-log line
// and a latency sample, refusals of methods and NUL bytes no route can serve, and the per-IP rate limit on the API
// and the Open Graph images (in memory, or in Redis when REDIS_URL is set, so every instance shares the counters).
// Plain JavaScript, like the server.
import { randomUUID } from "node:crypto";
import { isIP } from "node:net";
import pino from "pino";
import { RateLimiterMemory, RateLimiterRedis } from "rate-limiter-flexible";
import { z } from "zod";
import { proxyHopsOf } from "../core/deployment.mjs";
import { securityHeaders } from "./hot-path.mjs";
import { observability } from "../core/observability.mjs";

const ALLOWED_METHODS = new Set(["GET", "HEAD", "POST", "OPTIONS"]);
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

const configSchema = z.object({
  /** `<requests>/<seconds>` per client IP, or `off`. */
  RATE_LIMIT: z
    .string()
    .trim()
    .regex(/^(off|\d+\/\d+)$/, "must be <requests>/<seconds> (e.g. 600/60) or off")
    .default("600/60"),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .optional(),
  /**
   * How many proxies in front of the server append to X-Forwarded-For: the client IP is the address that many hops
   * from the right (0: the socket's own peer; `true` means 1, `false` 0).
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(\d|true|false)$/, "must be the number of trusted proxy hops (0-9), e.g. 1 behind one load balancer")
    .default("0"),
  /**
   * Search's own, lower limit (it costs more per request than any other API route), same format as RATE_LIMIT.
   * Unset: 120/60, or off when RATE_LIMIT is off.
   */
  SEARCH_RATE_LIMIT: z
    .string()
    .trim()
    .regex(/^(off|\d+\/\d+)$/, "must be <requests>/<seconds> (e.g. 120/60) or off")
    .optional(),
  /** Namespace of the counters in Redis (several deployments may share one Redis). */
  RATE_LIMIT_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, "letters, digits, _ : . - only")
    .default("atlas-rl"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

/** Parses the guard's environment; throws one message naming every bad variable. */
export function guardConfig(env = process.env) {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === "string" && v.trim() !== ""));
  const parsed = configSchema.safeParse(clean);
  if (!parsed.success) {
    throw new Error(
      `Invalid environment:\n${parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n")}`,
    );
  }
  const c = parsed.data;
  const [points, seconds] = c.RATE_LIMIT === "off" ? [0, 0] : c.RATE_LIMIT.split("/").map(Number);
  const search = c.SEARCH_RATE_LIMIT ?? (c.RATE_LIMIT === "off" ? "off" : "120/60");
  const [searchPoints, searchSeconds] = search === "off" ? [0, 0] : search.split("/").map(Number);
  const proxyHops = proxyHopsOf(c.TRUST_PROXY);
  return {
    points,
    seconds,
    searchPoints,
    searchSeconds,
    proxyHops,
    keyPrefix: c.RATE_LIMIT_KEY_PREFIX,
    redisUrl: c.REDIS_URL,
    logLevel: c.LOG_LEVEL,
  };
}

/** Percent-encoded characters that mean the same unencoded (RFC 3986 §2.3 unreserved): decoded before routing. */
const ENCODED_UNRESERVED = /%(2[dDeE]|3\d|[46][1-9a-fA-F]|[57][0-9aA]|5[fF]|7[eE])/g;

/**
 * The request target as Next will route it, or null when it is not one this server serves. Next resolves `.` and
 * `..` segments (also spelt `%2e`) and decodes unreserved characters after the guard has looked at the path, so the
 * guard resolves them first and hands the resolved target on: the rate limit, the caches and Next all see one path.
 * An absolute-form target (`GET http://host/path`) keeps only its path and query: the authority a client writes
 * is never used. `*` (asterisk-form) and anything else that is not a path answer null.
 */
export function normalizeTarget(rawUrl) {
  let target = rawUrl;
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(target)) {
    try {
      const u = new URL(target);
      if (u.protocol !== "http:" && u.protocol !== "https:") return null;
      target = `${u.pathname}${u.search}`;
    } catch {
      return null;
    }
  }
  if (!target.startsWith("/")) return null;
  const q = target.indexOf("?");
  const rawPath = q < 0 ? target : target.slice(0, q);
  const query = q < 0 ? "" : target.slice(q);
  const decoded = rawPath.replace(ENCODED_UNRESERVED, (m) => String.fromCharCode(parseInt(m.slice(1), 16)));
  let path;
  try {
    path = new URL(decoded.replace(/\/{2,}/g, "/"), "http://h").pathname.replace(/\/{2,}/g, "/");
  } catch {
    return null;
  }
  return `${path}${query}`;
}

/** One IP spelling per address: IPv4-mapped IPv6 (`::ffff:203.0.113.7`) counts as the IPv4 address. */
const canonicalIp = (ip) => (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(ip) ? ip.slice(7) : ip);

/**
 * The client's address: the socket's peer, or behind `hops` trusted proxies the X-Forwarded-For entry that many hops
 * from the right (each proxy appends the address it saw, so entries further left are whatever the client wrote).
 * An entry that is not an IP address is not used: the nearest trusted address stands in for it.
 */
export function clientIp(req, hops) {
  const peer = canonicalIp(req.socket?.remoteAddress ?? "unknown");
  if (!hops) return peer;
  const header = req.headers["x-forwarded-for"];
  const entries = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  let ip = peer;
  for (let i = 1; i <= hops && i <= entries.length; i++) {
    const candidate = canonicalIp(entries[entries.length - i]);
    if (!isIP(candidate)) break;
    ip = candidate;
  }
  return ip;
}

/** Which group a path belongs to: for metric labels, and for what the rate limit covers. */
export function routeGroup(pathname) {
  if (/(^|\/)(opengraph-image|twitter-image)(-[\w]+)?(\.\w+)?$/.test(pathname) || /^\/(api\/)?og(\/|$)/.test(pathname))
    return "og";
  if (pathname === "/api/health") return "health";
  if (pathname === "/api/v1/search" || pathname === "/api/v1/search/") return "search";
  if (pathname === "/api/metrics") return "metrics";
  if (pathname.startsWith("/api/cron/")) return "cron";
  if (pathname.startsWith("/api/")) return "api";
  if (pathname.startsWith("/_next/") || /\.(svg|png|ico|txt|xml|webmanifest|woff2?)$/.test(pathname)) return "static";
  return "page";
}
const LIMITED = new Set(["api", "og", "search"]);

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

/** A limiter's options from `points` per `seconds`, or null when that limit is off. */
const limiterOptions = (points, seconds, keyPrefix) => (points ? { points, duration: seconds, keyPrefix } : null);

/**
 * The limiters by route group: the API and OG images share one budget, search has its own lower one. Redis-backed
 * (memory as insurance while Redis is unreachable) or memory only; a group with no limiter is not limited.
 */
export async function createLimiter(config, log) {
  const groups = {
    api: limiterOptions(config.points, config.seconds, config.keyPrefix),
    search: limiterOptions(config.searchPoints, config.searchSeconds, `${config.keyPrefix}:search`),
  };
  if (!groups.api && !groups.search) return null;
  let redis = null;
  if (config.redisUrl) {
    const { Redis } = await import("ioredis");
    redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
    redis.on("error", (err) => log.warn({ err: err.message }, "rate limit: Redis error; counting in memory meanwhile"));
    // Start counting in Redis from the first request when it answers within 2 s; otherwise memory stands in.
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 2000);
      redis.once("ready", () => (clearTimeout(timer), resolve()));
      redis.once("error", () => (clearTimeout(timer), resolve()));
    });
  }
  const make = (opts) =>
    !opts
      ? null
      : redis
        ? new RateLimiterRedis({ ...opts, storeClient: redis, insuranceLimiter: new RateLimiterMemory(opts) })
        : new RateLimiterMemory(opts);
  const api = make(groups.api);
  const limiters = { api, og: api, search: make(groups.search) };
  return { limiters, store: redis ? "redis" : "memory", close: async () => void redis?.disconnect() };
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
    const target = normalizeTarget(rawUrl);
    // Everything below, and Next after it, sees the resolved target (see normalizeTarget).
    if (target !== null) req.url = target;
    const pathname = (target ?? rawUrl).split("?")[0];
    const group = target === null ? "invalid" : routeGroup(pathname);
    res.once("finish", () => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      obs.httpDuration.observe({ route: group, method: req.method ?? "?", status: String(res.statusCode) }, seconds);
      // The path only: a query string is the client's business, and long ones would flood the log.
      const shown = pathname.length > 200 ? `${pathname.slice(0, 197)}...` : pathname;
      log.info(
        { reqId, method: req.method, path: shown, status: res.statusCode, ms: Math.round(seconds * 1e4) / 10 },
        "request",
      );
    });

    if (!ALLOWED_METHODS.has(req.method ?? "")) {
      return reply(
        res,
        405,
        pathname,
        "method_not_allowed",
        `Method ${String(req.method).slice(0, 20)} is not allowed.`,
        {
          Allow: "GET, HEAD, POST, OPTIONS",
        },
      );
    }
    if (target === null) {
      return reply(
        res,
        400,
        "",
        "bad_request",
        "The request target must be a path beginning with / (this server serves no * or other forms).",
      );
    }
    if (rawUrl.includes("\0") || /%00/i.test(rawUrl)) {
      return reply(res, 400, pathname, "bad_request", "The URL holds a NUL byte (%00).");
    }
    const limiter = limit && LIMITED.has(group) ? limit.limiters[group] : null;
    if (limiter) {
      const points = String(limiter.points);
      try {
        const r = await limiter.consume(clientIp(req, config.proxyHops));
        res.setHeader("RateLimit-Limit", points);
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
            "RateLimit-Limit": points,
            "RateLimit-Remaining": "0",
          });
        }
      }
    }
    return obs.requestContext.run({ reqId }, next);
  }
  guard.store = limit?.store ?? "off";
  guard.proxyHops = config.proxyHops;
  guard.close = () => limit?.close() ?? Promise.resolve();
  return guard;
}
