// The one-off half of `npm start`, run by scripts/start.mjs as a child with an IPC channel: validates the
// environment and the deployment settings, picks the database (DATABASE_URL, or the embedded PGlite, opened here
// for the time of the setup), migrates, seeds an empty database from the shipped history bundle (prisma/seed), and
// builds when no current build exists. Then it closes the embedded database, tells the parent where the database
// is, and exits: the TypeScript loader, the seed's traffic and the build leave no memory behind in the processes
// that stay up for the app's lifetime.
// Exit codes: 0 ready, 1 failed, 2 bad environment or deployment settings.
import { spawn, type ChildProcess } from "node:child_process";
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

/** Open for the time of the setup (embedded database only), and the build when one runs: both ended on a stop. */
let embedded: EmbeddedDb | undefined;
let build: ChildProcess | undefined;

let quitting: Promise<never> | undefined;

/** Ends the build if one runs, closes the embedded database cleanly, then exits with `code` (once). */
function quit(code: number): Promise<never> {
  quitting ??= (async () => {
    if (build && build.exitCode === null && build.signalCode === null) {
      build.kill("SIGTERM");
      await new Promise((r) => build!.once("exit", r));
    }
    await embedded?.close();
    process.exit(code);
  })();
  return quitting;
}

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

  // Stopped half-way (Ctrl-C reaches this process too; scripts/start.mjs sends SIGTERM): stop the build if one
  // runs, and close the embedded database cleanly first.
  process.on("SIGINT", () => void quit(1));
  process.on("SIGTERM", () => void quit(1));
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
    // Not spawnSync: a stop during the build must reach this process's handlers, which end the build.
    build = spawn(process.execPath, [nextBin, "build"], {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: url,
        DATABASE_KIND: embedded ? "embedded" : "postgres",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    const status = await new Promise<number | null>((resolve, reject) => {
      build!.once("error", reject);
      build!.once("exit", (code) => resolve(code));
    });
    if (status !== 0) {
      // Unless the build was stopped on purpose (quit() ended it).
      if (!quitting)
        console.error("[start] next build failed; see the output above. Fix the error and run npm start again.");
      await quit(1);
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
  void quit(1);
});
