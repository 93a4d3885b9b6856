// What a deployment must configure, read from the environment: the public origin every absolute link is built
// from, and the settings that must be set when the server is reachable from other machines. Checked at start-up by
// scripts/server.mjs (which refuses to start on an error) and scripts/start-setup.ts (which says so before building), and
// read by Next's side for the origin (lib/view/url/metadata.ts). Plain JavaScript, like the server.
import { isIP } from "node:net";

/** Whether a bind address keeps the server on this machine. */
export function isLoopbackHost(host) {
  const h = String(host ?? "")
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "");
  if (h === "" || h === "localhost" || h === "::1") return true;
  return isIP(h) === 4 && h.startsWith("127.");
}

const bindHost = (env) => env.HOST?.trim() || "127.0.0.1";
/** TRUST_PROXY as a number of trusted proxy hops: a digit, `true` (1) or `false` (0); anything else reads as 0. */
export function proxyHopsOf(value) {
  const v = value?.trim();
  return v === "true" ? 1 : /^\d$/.test(v ?? "") ? Number(v) : 0;
}

/**
 * The public origin of every absolute link (og:url, og:image, canonical, the feed): SITE_URL, or on a server that
 * only this machine reaches, http://localhost:PORT. Never the request's Host or X-Forwarded-Host header: pages are
 * cached and served to everyone, so a link built from one request's header would reach every later visitor.
 */
export function siteOriginOf(env = process.env) {
  const configured = env.SITE_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}

/**
 * What is wrong or missing for this environment: `errors` stop the server, `warnings` are logged. The server is
 * "exposed" when it binds beyond loopback; "proxied" when TRUST_PROXY says proxies stand in front of it.
 */
export function deploymentProblems(env = process.env) {
  const errors = [];
  const warnings = [];
  const host = bindHost(env);
  const exposed = !isLoopbackHost(host);
  const hops = proxyHopsOf(env.TRUST_PROXY);
  const where = [
    exposed ? `listens beyond loopback (HOST=${host})` : null,
    hops > 0 ? `runs behind a proxy (TRUST_PROXY=${hops})` : null,
  ]
    .filter(Boolean)
    .join(" and ");
  if (!env.SITE_URL?.trim() && (exposed || hops > 0)) {
    errors.push(
      `SITE_URL is required: the server ${where}. Set it to the public origin, e.g. SITE_URL=https://atlas.example.org; ` +
        "previews, canonical links and the feed are built from it, never from a request's Host header.",
    );
  }
  if (exposed && !env.METRICS_TOKEN?.trim()) {
    warnings.push(
      `METRICS_TOKEN is not set and the server listens beyond loopback (HOST=${host}): /api/metrics is closed. ` +
        "Set METRICS_TOKEN (16+ characters) and scrape with Authorization: Bearer.",
    );
  }
  if (exposed && hops === 0) {
    warnings.push(
      `TRUST_PROXY is 0: the rate limit counts each connection's own address. Behind a load balancer, set TRUST_PROXY ` +
        "to the number of proxies in front of the server, or every client shares the balancer's counter.",
    );
  }
  return { errors, warnings, exposed };
}
