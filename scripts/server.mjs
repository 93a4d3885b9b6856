// The production HTTP server: Next.js's request handler behind a small fast path (lib/server/fast-path.mjs)
// that answers repeat GETs for API v1, Open Graph images and shareable pages from responses already made for the
// current data version, compressed as the client accepts. Every response, whoever makes it (the fast path,
// Next's pages and routes, static files), gets the security headers of lib/server/hot-path.mjs here. At most
// RENDER_CONCURRENCY renders run in Next at once (lib/server/render-limit.mjs).
// Plain JavaScript, so no TypeScript loader sits in the serving process. Run by scripts/start.mjs.
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { redirectTracking, rejectMalformedApiPath, renderOnce, serveHot } from "../lib/server/fast-path.mjs";
import { createGuard } from "../lib/server/guard.mjs";
import { deploymentProblems } from "../lib/core/deployment.mjs";
import { createLimiter, isRender, publicFiles, renderConcurrency } from "../lib/server/render-limit.mjs";
import { isCacheablePageRequest, isEmbedUrl, isHttps, securityHeaders } from "../lib/server/hot-path.mjs";
import { requestStorage } from "../lib/core/request-context.mjs";

process.env.NODE_ENV = "production";
const root = path.resolve(import.meta.dirname, "..");
// Next reads the build's resolved config, as in the standalone tree (the Docker image, which has no next.config.ts).
// Loading next.config.ts instead would transpile it with SWC at every start and keep SWC's native library mapped
// (tens of MB of the server's RSS; bench/results.md) for nothing: the build already resolved that config, and `npm start` rebuilds
// whenever the sources (the config included) changed (scripts/lib/build-fingerprint.ts).
const serverFiles = path.join(root, ".next/required-server-files.json");
if (existsSync(serverFiles)) {
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG ??= JSON.stringify(JSON.parse(readFileSync(serverFiles, "utf8")).config);
}
// What a deployment must set (lib/core/deployment.mjs): refuse to start without it, rather than serve wrong links.
const deployment = deploymentProblems(process.env);
for (const w of deployment.warnings) console.warn(`[server] warning: ${w}`);
if (deployment.errors.length > 0) {
  for (const e of deployment.errors) console.error(`[server] ${e}`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3000);
// Loopback unless told otherwise; a container sets HOST=0.0.0.0 so its port mapping can reach the server.
const host = process.env.HOST?.trim() || "127.0.0.1";
const app = next({ dev: false, dir: root, hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
// Request ids, access log, latency metrics, 405/NUL refusals and the rate limit (lib/server/guard.mjs).
const guard = await createGuard();
const storage = requestStorage();
// Renders (pages, images, API misses) Next works on at once; the rest queue (lib/server/render-limit.mjs).
const limit = createLimiter(renderConcurrency());
const files = publicFiles(root);

const server = http.createServer((req, res) => {
  // The guard resolves the request target first (lib/server/guard.mjs normalizeTarget); every rule below reads it.
  guard(req, res, () => {
    // X-Forwarded-Proto is believed only behind a trusted proxy (TRUST_PROXY): any client can send it.
    const https = guard.proxyHops > 0 && isHttps(req.headers);
    for (const [name, value] of Object.entries(securityHeaders({ embed: isEmbedUrl(req.url ?? ""), https }))) {
      res.setHeader(name, value);
    }
    if (rejectMalformedApiPath(req, res)) return;
    if (redirectTracking(req, res)) return;
    serveHot(req, res)
      .then((served) => {
        if (served) return;
        // One store per request: the data version is read once and every read of this request uses it.
        const store = {};
        const render = isRender(req.url, files) ? (rq, rs) => limit(() => handle(rq, rs)) : handle;
        return storage.run(store, () =>
          req.method === "GET" && isCacheablePageRequest(req.method, req.url ?? "", req.headers)
            ? renderOnce(req, res, render, () => store)
            : render(req, res),
        );
      })
      .catch((err) => {
        console.error("[server] request failed:", err);
        if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
        res.end("Internal server error");
      });
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, host, () => {
  const { address, port: bound } = server.address();
  const shown = address.includes(":") ? `[${address}]` : address;
  console.log(`[server] ready on http://${shown}:${bound} (rate limit: ${guard.store})`);
});

const shutdown = () => {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
