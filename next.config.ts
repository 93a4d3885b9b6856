import type { NextConfig } from "next";

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
};

export default nextConfig;
