// The one-off half of `npm start`, run by scripts/start.mjs as a child with an IPC channel: validates the
// environment and the deployment settings, picks the database (DATABASE_URL, or the embedded PGlite, opened here
// for the time of the setup), migrates, seeds an empty database from the shipped history bundle (prisma/seed), and
// builds when no current build exists. Then it closes the embedded database, tells the parent where the database
// is, and exits: the TypeScript loader, the seed's traffic and the build leave no memory behind in the processes
// that stay up for the app's lifetime.
// Exit codes: 0 ready, 1 failed, 2 bad environment or deployment settings.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { env, EnvError, redactUrl } from "@/lib/core/env";
import { deploymentProblems } from "@/lib/core/deployment.mjs";
import { buildIsCurrent, recordBuild, sourceFingerprint } from "./lib/build-fingerprint";
import { hintBuild } from "./lib/compile-hints";
import { bundleIngestChild } from "./lib/ingest-bundle.mjs";
import { startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { migrate } from "./lib/migrate-runner";
import { syncReferenceData } from "./lib/reference-data";
import { seedIfEmpty } from "./lib/seed";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const log = (line: string) => console.log(`[start] ${line}`);

/** What the parent needs to serve the app: the server's port and the database, either a URL or PGlite's home. */
export interface SetupReady {
  type: "ready";
  port: number;
  databaseUrl: string | null;
  embedded: { dataDir: string; port: number } | null;
}

function send(message: SetupReady): Promise<void> {
  return new Promise((resolve, reject) =>
    process.send!(message, (err: Error | null) => (err ? reject(err) : resolve())),
  );
}

async function main() {
  if (!process.send) {
    console.error("scripts/start-setup.ts is run by scripts/start.mjs (npm start), not by hand.");
    process.exit(2);
  }
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
  // Stopped half-way (Ctrl-C reaches this process too): close the embedded database cleanly first.
  const stop = () => void (embedded ? embedded.close() : Promise.resolve()).finally(() => process.exit(1));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  let url = config.DATABASE_URL;
  if (url) {
    log(`database: PostgreSQL at ${redactUrl(url)}`);
  } else {
    const dataDir = path.resolve(root, config.PGLITE_DATA_DIR);
    const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
    embedded = await startEmbeddedDb(dataDir);
    url = embedded.url;
    log(
      `database: embedded PostgreSQL (PGlite) in ${dataDir}, ` +
        `port ${embedded.port}, ${fresh ? "created" : "reopened"} in ${Math.round(embedded.startMs)} ms`,
    );
  }

  const migrated = await migrate(url, { log: (l) => log(`migrate: ${l}`) });
  await syncReferenceData(url);
  log(`migrations: ${migrated.applied.length} applied, ${migrated.alreadyApplied} already applied`);
  try {
    const seed = await seedIfEmpty(url, root);
    if (seed.seeded) log(`seeded the empty database with ${seed.reason} in ${Math.round(seed.ms)} ms`);
    else if (!/already holds/.test(seed.reason)) log(`not seeded: ${seed.reason}`);
  } catch (err) {
    // A broken bundle must not stop the app: the schedule still ingests from upstream.
    console.error(
      `[start] seeding from the shipped bundle failed: ${err instanceof Error ? err.message : String(err)}`,
    );
  }

  if (!buildIsCurrent(root)) {
    // Fingerprint the sources before building, so edits made during the build trigger the next rebuild.
    const fingerprint = sourceFingerprint(root);
    log(
      existsSync(path.join(root, ".next/BUILD_ID"))
        ? "the sources changed since the last build: running next build (about 30 s)…"
        : "no production build found: running next build (about 30 s)…",
    );
    const build = spawnSync(process.execPath, [nextBin, "build"], {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: url,
        DATABASE_KIND: embedded ? "embedded" : "postgres",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    if (build.status !== 0) {
      console.error("[start] next build failed; see the output above. Fix the error and run npm start again.");
      await embedded?.close();
      process.exit(1);
    }
    hintBuild(root);
    await bundleIngestChild(root);
    recordBuild(root, fingerprint);
  }
  await embedded?.close();
  await send({
    type: "ready",
    port: config.PORT,
    databaseUrl: embedded ? null : url,
    embedded: embedded ? { dataDir: embedded.dataDir, port: embedded.port } : null,
  });
  process.exit(0);
}

main().catch((err) => {
  console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
