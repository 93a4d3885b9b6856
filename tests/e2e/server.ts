// The server Playwright tests against: the production build on a fresh database of its own (a new
// database on the local PostgreSQL server, or an embedded PGlite when none is reachable), filled from
// the self-written mini mirror by the real ingest path. SIGTERM stops the app and drops the database.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runUpdate } from "@/lib/jobs/update";
import { startEmbeddedDb } from "@/scripts/lib/embedded-db";
import { migrate } from "@/scripts/lib/migrate-runner";
import { syncReferenceData } from "@/scripts/lib/reference-data";
import { createMiniMirror } from "../fixtures/mini-mirror";
import { ADMIN_URL, createDatabase, dropDatabase, serverReachable } from "../integration/db";

const root = path.resolve(import.meta.dirname, "../..");

async function provisionDatabase(): Promise<{ url: string; cleanup: () => Promise<void> }> {
  if (await serverReachable(ADMIN_URL)) {
    const name = `atlas_e2e_${process.pid}_${Date.now()}`;
    return { url: await createDatabase(ADMIN_URL, name), cleanup: () => dropDatabase(ADMIN_URL, name) };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "atlas-e2e-pglite-"));
  const db = await startEmbeddedDb(dir);
  return {
    url: db.url,
    cleanup: async () => {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const db = await provisionDatabase();
  const mirror = await createMiniMirror({ allArenas: true });
  await migrate(db.url);
  await syncReferenceData(db.url);
  const seeded = await runUpdate({
    connectionString: db.url,
    trigger: "test",
    hub: { endpoint: mirror.fileEndpoint },
    catalog: { endpoint: mirror.catalogEndpoint },
    github: { endpoint: mirror.githubEndpoint },
  });
  console.log(`[e2e] seeded: ${JSON.stringify(seeded.totals)}`);

  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    INGEST_SCHEDULE: "off",
    HF_ENDPOINT: mirror.fileEndpoint,
    ARENA_CATALOG_ENDPOINT: mirror.catalogEndpoint,
    GITHUB_API_ENDPOINT: mirror.githubEndpoint,
    // The specs fire many requests from one address; the proof spec starts its own rate-limited instances.
    RATE_LIMIT: "off",
  };
  const child = spawn(process.execPath, [path.join(root, "scripts/start.mjs")], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  let stopping = false;
  const cleanup = async () => {
    await db.cleanup().catch((err) => console.error(`[e2e] dropping the database failed: ${err}`));
    await mirror.cleanup();
  };
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    await cleanup();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`[e2e] the app exited with code ${code}`);
      void cleanup().finally(() => process.exit(code ?? 1));
    }
  });
}

main().catch((err) => {
  console.error(`[e2e] server setup failed: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
