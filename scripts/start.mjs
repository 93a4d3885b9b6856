// npm start: everything a fresh clone needs after `npm install`.
// Picks the database (DATABASE_URL, or an embedded PGlite in .data/pglite), migrates, seeds an empty database
// from the shipped history bundle (prisma/seed), builds when no build exists, then serves the production
// build on PORT. Ctrl-C stops the server, then closes the database.
//
// While the app runs, three processes stay up: npm, this one (which holds the embedded database, when there is
// one) and the server (scripts/server.mjs). This one is plain JavaScript and leaves the one-off work (environment
// checks, migrations, the seed, the build) to scripts/start-setup.ts, a TypeScript child that exits when it is done,
// so none of that work stays in memory.
import { spawn } from "node:child_process";
import path from "node:path";
import v8 from "node:v8";
import { servePglite } from "./lib/pglite-host.mjs";
import { serverProcessEnv } from "./lib/server-process.mjs";

const root = path.resolve(import.meta.dirname, "..");
const log = (line) => console.log(`[start] ${line}`);

/** @type {import("node:child_process").ChildProcess | undefined} */
let setup;
/** @type {import("node:child_process").ChildProcess | undefined} */
let server;
/** @type {import("./lib/pglite-host.mjs").ServedPglite | undefined} */
let embedded;
let stopping = false;

const exited = (child) =>
  new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once("exit", resolve),
  );

async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (server) log("stopping…");
  for (const child of [setup, server]) {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await exited(child);
    }
  }
  if (embedded) {
    await embedded.close();
    log("embedded database closed");
  }
  process.exit(code);
}

/**
 * Runs scripts/start-setup.ts and resolves with where the database is (its "ready" message). When it exits
 * without one, it has said why (a bad variable, an unusable data directory, a failed build): stop with its code.
 * @returns {Promise<import("./start-setup").SetupReady>}
 */
function runSetup() {
  return new Promise((resolve) => {
    let ready;
    setup = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/start-setup.ts")], {
      cwd: root,
      stdio: ["inherit", "inherit", "inherit", "ipc"],
    });
    setup.on("message", (m) => {
      if (m?.type === "ready") ready = m;
    });
    setup.on("exit", (code, signal) => {
      if (ready && code === 0) resolve(ready);
      else if (!stopping) void stop(code || (signal ? 1 : 0) || 1);
    });
  });
}

async function main() {
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  const ready = await runSetup();
  setup = undefined;
  let databaseUrl = ready.databaseUrl;
  if (ready.embedded) {
    // PostgreSQL's code runs as WebAssembly, which V8 compiles twice by default: a quick baseline (Liftoff) for
    // every function called, then optimized code (TurboFan) for the hot ones, compiled on background threads whose
    // memory stays in the process. Baseline code alone keeps this long-lived process much smaller, at a cost in
    // query speed that the app's reads (answered from the server's caches once loaded) barely show; bench/results.md
    // has the measurements. Set before PGlite compiles its module; the setup's instance keeps V8's default.
    v8.setFlagsFromString("--liftoff-only");
    // The setup closed its instance; this one serves the app, on the same port (the URL the setup logged) unless
    // something took that port in the meantime.
    const { dataDir, port } = ready.embedded;
    embedded = await servePglite(dataDir, port).catch((err) => {
      if (err?.code !== "EADDRINUSE") throw err;
      log(`port ${port} was taken after the setup closed the database: serving it on another`);
      return servePglite(dataDir);
    });
    databaseUrl = embedded.url;
    log(`embedded database open for the server in ${Math.round(embedded.startMs)} ms`);
  }
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATABASE_KIND: ready.embedded ? "embedded" : "postgres",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  log(`serving on http://localhost:${ready.port}`);
  server = spawn(process.execPath, [path.join(root, "scripts/server.mjs")], {
    cwd: root,
    stdio: "inherit",
    env: serverProcessEnv(env, { PORT: String(ready.port) }),
  });
  server.on("exit", (code) => {
    if (!stopping) {
      console.error(`[start] the Next.js server exited with code ${code}`);
      void stop(code ?? 1);
    }
  });
}

main().catch((err) => {
  console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
  void stop(1);
});
