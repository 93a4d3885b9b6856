# Leaderboard Atlas: a multi-stage image on Next's standalone output (see docs/deploy.md).
#   docker build -t leaderboard-atlas .                    the app (runtime stage, the default)
#   docker build -t leaderboard-atlas-setup --target setup .   the one-shot migrate-and-seed job
# CI cannot run Docker here; it builds the same standalone tree and starts it with the same CMD (.ci/run).

# ---- dependencies: the whole toolchain, with the Prisma client generated offline (postinstall) ----
FROM node:20-bookworm-slim AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/prisma-generate.mjs scripts/schema-engine-stub.sh ./scripts/
RUN npm ci --no-audit --no-fund

# ---- build: next build (output: standalone), then the custom server and static files added to the tree ----
FROM deps AS build
COPY . .
RUN npm run build && node scripts/standalone.mjs

# ---- setup: migrations, reference data and the seed bundle; run once per deploy, before the app ----
FROM build AS setup
CMD ["npm", "run", "db:setup"]

# ---- runtime: only the standalone tree, as an unprivileged user ----
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
# Listening on 0.0.0.0, the server refuses to start without SITE_URL (the public origin): pass it at run time.
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOST=0.0.0.0 PORT=3000 INGEST_SCHEDULE=off
# glibc malloc settings that keep the server's RSS low under load and over large answers (scripts/lib/server-process.mjs).
ENV MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072
RUN groupadd --system atlas && useradd --system --gid atlas --home-dir /app atlas
COPY --from=build --chown=atlas:atlas /app/.next/standalone ./
USER atlas
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "scripts/server.mjs"]
