// The server Playwright tests against: the production build on a fresh database of its own
// (a new database on the local PostgreSQL server, or an embedded PGlite in a temp folder), seeded
// from the self-written fixture mirror. Stops everything and drops the database on SIGTERM.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ADMIN_URL, createDatabase, dropDatabase, serverReachable } from "../integration/db";

const root = path.resolve(import.meta.dirname, "../..");

async function main() {
  const env: NodeJS.ProcessEnv = { ...process.env, INGEST_SCHEDULE: "off" };
  let cleanup: () => Promise<void>;
  if (await serverReachable(ADMIN_URL)) {
    const name = `atlas_e2e_${process.pid}_${Date.now()}`;
    env.DATABASE_URL = await createDatabase(ADMIN_URL, name);
    cleanup = () => dropDatabase(ADMIN_URL, name);
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), "atlas-e2e-pglite-"));
    delete env.DATABASE_URL;
    env.PGLITE_DATA_DIR = dir;
    cleanup = () => rm(dir, { recursive: true, force: true });
  }
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/start.ts")], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    await cleanup().catch((err) => console.error(`[e2e] cleanup failed: ${err}`));
    process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`[e2e] server exited with code ${code}`);
      void cleanup().finally(() => process.exit(code ?? 1));
    }
  });
}

void main();
