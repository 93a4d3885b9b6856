// Starts the production server (scripts/server.mjs, the one `npm start` runs) for a benchmark, with the process
// settings of ./server-process.mjs, and waits until /api/health answers.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { serverProcessEnv } from "./server-process.mjs";

const root = path.resolve(import.meta.dirname, "../..");

export interface BenchServer {
  base: string;
  child: ChildProcess;
}

/**
 * Spawns the server on `port` with ingestion and the rate limit off. `env` adds to (or overrides) the environment,
 * e.g. DATABASE_URL or LOG_LEVEL. Rejects when the server exits or does not answer within `timeoutS` seconds.
 * Its log (stdout) is dropped unless `stdout` is "pipe", for a bench that reads it from `child.stdout`.
 */
export async function startBenchServer(
  port: number,
  env: Record<string, string> = {},
  timeoutS = 60,
  stdout: "ignore" | "pipe" = "ignore",
): Promise<BenchServer> {
  const child = spawn(process.execPath, ["scripts/server.mjs"], {
    cwd: root,
    env: serverProcessEnv(process.env, {
      NODE_ENV: "production",
      INGEST_SCHEDULE: "off",
      RATE_LIMIT: "off",
      ...env,
      PORT: String(port),
    }),
    stdio: ["ignore", stdout, "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let waited = 0; waited < timeoutS * 1000; waited += 500) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).status < 500) return { base, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error(`the server did not answer /api/health within ${timeoutS} s`);
}
