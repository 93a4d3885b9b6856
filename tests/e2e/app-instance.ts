// Extra app instances for the proof specs: a fresh database (or a shared one) filled from a given Hub fixture by the
// real ingest path, and `node scripts/server.mjs` (the production build) started on a free port with chosen env.
// Output is kept, so tests can read the logs.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { runUpdate } from "@/lib/jobs/update";
import { freePort } from "@/scripts/lib/embedded-db";
import { migrate } from "@/scripts/lib/migrate-runner";
import { syncReferenceData } from "@/scripts/lib/reference-data";
import { serverProcessEnv } from "@/scripts/lib/server-process.mjs";
import { ADMIN_URL, createDatabase, dropDatabase } from "../integration/db";

const root = path.resolve(import.meta.dirname, "../..");

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, migrated database on the local PostgreSQL, filled from `endpoints` when given. */
export async function createTestDatabase(
  label: string,
  endpoints?: { hub: string; catalog?: string },
): Promise<TestDatabase> {
  const name = `atlas_e2e_${label}_${process.pid}_${Date.now()}`;
  const url = await createDatabase(ADMIN_URL, name);
  await migrate(url);
  await syncReferenceData(url);
  if (endpoints) {
    await runUpdate({
      connectionString: url,
      trigger: "test",
      hub: { endpoint: endpoints.hub },
      catalog: endpoints.catalog ? { endpoint: endpoints.catalog } : undefined,
    });
  }
  return { url, drop: () => dropDatabase(ADMIN_URL, name) };
}

export interface AppInstance {
  base: string;
  port: number;
  output: () => string;
  stop(): Promise<void>;
}

export async function startInstance(env: Record<string, string>): Promise<AppInstance> {
  const port = await freePort();
  let output = "";
  const child: ChildProcess = spawn(process.execPath, [path.join(root, "scripts/server.mjs")], {
    cwd: root,
    env: serverProcessEnv(
      { ...process.env, INGEST_SCHEDULE: "off", LOG_LEVEL: "info", ...env },
      { PORT: String(port) },
    ),
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the instance exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - t0 > 60_000) throw new Error(`the instance did not become healthy:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    port,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}
