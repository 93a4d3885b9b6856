import type { NextConfig } from "next";
import { EMBED_SECTIONS, securityHeaders } from "./lib/server/hot-path.mjs";

const asList = (h: Record<string, string>) => Object.entries(h).map(([key, value]) => ({ key, value }));
const embed = [{ type: "query" as const, key: "embed", value: "(1|true)" }];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // A self-contained server tree in .next/standalone, which the Docker image runs (scripts/standalone.mjs adds the
  // custom server, its dependencies and the static files; see docs/deploy.md).
  output: "standalone",
  poweredByHeader: false,
  // pg and PGlite are Node-only; keep them out of the server bundle. hyparquet is loaded by path in a decode worker
  // (lib/sources/parquet-worker.ts), so it must stay a real package, traced into the standalone output.
  serverExternalPackages: [
    "pg",
    "@prisma/adapter-pg",
    "@electric-sql/pglite",
    "pino",
    "hyparquet",
    "prom-client",
    "ioredis",
    "rate-limiter-flexible",
  ],
  typedRoutes: false,
  // Files the Open Graph route reads at run time (lib/view/chart/og-fonts.ts, lib/view/chart/flags-svg.ts): traced into the
  // standalone tree, which has no full node_modules. Only the weights and slices the images use.
  outputFileTracingIncludes: {
    "/og/[[...path]]": [
      "./node_modules/@fontsource/inter/files/inter-latin-{400,700}-normal.woff",
      "./node_modules/@fontsource/noto-sans-sc/400.css",
      "./node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff",
      "./node_modules/flag-icons/flags/4x3/*.svg",
    ],
  },
  // The same security headers scripts/server.mjs sets on every response, for hosts that run Next without it
  // (next start, a platform). Only embed URLs of views with an embed mode may be framed. No HSTS here: a rule here
  // cannot tell a trusted proxy's X-Forwarded-Proto from a client's, so the custom server adds it under TRUST_PROXY
  // and a platform adds its own.
  async headers() {
    if (process.env.NODE_ENV !== "production") return [];
    const normal = asList(securityHeaders());
    const framed = asList(securityHeaders({ embed: true }));
    const sections = EMBED_SECTIONS.join("|");
    return [
      { source: "/:path*", missing: embed, headers: normal },
      // embed=1 opens framing only on the views that have an embed mode (lib/server/hot-path.mjs isEmbedUrl).
      { source: `/:path((?!(?:${sections})/).+)`, has: embed, headers: normal },
      { source: "/", has: embed, headers: framed },
      { source: `/:section(${sections})/:rest*`, has: embed, headers: framed },
    ];
  },
};

export default nextConfig;
