// npm start: everything a fresh clone needs after `npm install`.
// Picks the database (DATABASE_URL, or an embedded PGlite in .data/pglite), migrates, seeds an empty database
// from the shipped history bundle (prisma/seed), builds when no build exists, then serves the production
// build on PORT. Ctrl-C stops the server, then closes the database.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { env, EnvError, redactUrl } from "@/lib/core/env";
import { deploymentProblems } from "@/lib/core/deployment.mjs";
import { buildIsCurrent, recordBuild, sourceFingerprint } from "./lib/build-fingerprint";
import { hintBuild } from "./lib/compile-hints";
import { startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { migrate } from "./lib/migrate-runner";
import { syncReferenceData } from "./lib/reference-data";
import { seedIfEmpty } from "./lib/seed";
import { serverProcessEnv } from "./lib/server-process";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const log = (line: string) => console.log(`[start] ${line}`);

async function main() {
  let config;
  try {
    config = env();
  } catch (err) {
    if (err instanceof EnvError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }

  // The server refuses to start without what an exposed deployment needs: say so before a database and a build
  // (its warnings the server logs itself, at start-up).
  const deployment = deploymentProblems(process.env);
  if (deployment.errors.length > 0) {
    for (const e of deployment.errors) console.error(`[start] ${e}`);
    process.exit(2);
  }

  let embedded: EmbeddedDb | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (databaseUrl) {
    log(`database: PostgreSQL at ${redactUrl(databaseUrl)}`);
  } else {
    const dataDir = path.resolve(root, config.PGLITE_DATA_DIR);
    const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
    embedded = await startEmbeddedDb(dataDir);
    databaseUrl = embedded.url;
    log(
      `database: embedded PostgreSQL (PGlite) in ${dataDir}, ` +
        `port ${embedded.port}, ${fresh ? "created" : "reopened"} in ${Math.round(embedded.startMs)} ms`,
    );
  }

  let server: ChildProcess | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("stopping…");
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server!.once("exit", r));
    }
    if (embedded) {
      await embedded.close();
      log("embedded database closed");
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  const migrated = await migrate(databaseUrl, { log: (l) => log(`migrate: ${l}`) });
  await syncReferenceData(databaseUrl);
  log(`migrations: ${migrated.applied.length} applied, ${migrated.alreadyApplied} already applied`);
  try {
    const seed = await seedIfEmpty(databaseUrl, root);
    if (seed.seeded) log(`seeded the empty database with ${seed.reason} in ${Math.round(seed.ms)} ms`);
    else if (!/already holds/.test(seed.reason)) log(`not seeded: ${seed.reason}`);
  } catch (err) {
    // A broken bundle must not stop the app: the schedule still ingests from upstream.
    console.error(
      `[start] seeding from the shipped bundle failed: ${err instanceof Error ? err.message : String(err)}`,
    );
  }

  const childEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATABASE_KIND: embedded ? "embedded" : "postgres",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!buildIsCurrent(root)) {
    // Fingerprint the sources before building, so edits made during the build trigger the next rebuild.
    const fingerprint = sourceFingerprint(root);
    log(
      existsSync(path.join(root, ".next/BUILD_ID"))
        ? "the sources changed since the last build: running next build (about 30 s)…"
        : "no production build found: running next build (about 30 s)…",
    );
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: childEnv });
    if (build.status !== 0) {
      console.error("[start] next build failed; see the output above. Fix the error and run npm start again.");
      await stop(1);
      return;
    }
    hintBuild(root);
    recordBuild(root, fingerprint);
  }

  log(`serving on http://localhost:${config.PORT}`);
  server = spawn(process.execPath, [path.join(root, "scripts/server.mjs")], {
    cwd: root,
    stdio: "inherit",
    env: serverProcessEnv(childEnv, { PORT: String(config.PORT) }),
  });
  server.on("exit", (code) => {
    if (!stopping) {
      console.error(`[start] the Next.js server exited with code ${code}`);
      void stop(code ?? 1);
    }
  });
}

main().catch(async (err) => {
  console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
