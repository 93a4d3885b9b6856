import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/hot-path.mjs";

const asList = (h: Record<string, string>) => Object.entries(h).map(([key, value]) => ({ key, value }));
const embed = [{ type: "query" as const, key: "embed", value: "(1|true)" }];
const tls = [{ type: "header" as const, key: "x-forwarded-proto", value: "https" }];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // A self-contained server tree in .next/standalone, which the Docker image runs (scripts/standalone.mjs adds the
  // custom server, its dependencies and the static files; see docs/deploy.md).
  output: "standalone",
  poweredByHeader: false,
  // pg and PGlite are Node-only; keep them out of the server bundle. hyparquet is loaded by path in a decode worker
  // (lib/sources/parquet-worker.ts), so it must stay a real package, traced into the standalone output.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "pino", "hyparquet", "prom-client", "ioredis", "rate-limiter-flexible"],
  typedRoutes: false,
  // Files the Open Graph route reads at run time (lib/share/og-fonts.ts, lib/flags-svg.ts): traced into the
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
  // (next start, a platform). Only embed URLs may be framed by other sites; HSTS only behind TLS.
  async headers() {
    if (process.env.NODE_ENV !== "production") return [];
    const https = securityHeaders({ https: true });
    return [
      { source: "/:path*", missing: embed, headers: asList(securityHeaders()) },
      { source: "/:path*", has: embed, headers: asList(securityHeaders({ embed: true })) },
      {
        source: "/:path*",
        has: tls,
        headers: [{ key: "Strict-Transport-Security", value: https["Strict-Transport-Security"] }],
      },
    ];
  },
};

export default nextConfig;
