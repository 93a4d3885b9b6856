// A throwaway PostgreSQL cluster of our own (initdb + pg_ctl), so a test can stop and start a server without
// touching the shared one. PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/scripts/lib/embedded-db";

const BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";

export interface PgCluster {
  url: string;
  port: number;
  stop(): void;
  start(): void;
  destroy(): void;
}

function runAs(): { uid: number; gid: number; wrap: (cmd: string[]) => string[] } | null {
  if (process.getuid?.() !== 0) return { uid: process.getuid!(), gid: process.getgid!(), wrap: (c) => c };
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    return { uid, gid, wrap: (c) => ["runuser", "-u", "postgres", "--", ...c] };
  } catch {
    return null;
  }
}

/** Whether this machine can host a throwaway cluster (the binaries, and a non-root user to run them). */
export function clusterSupported(): boolean {
  return existsSync(path.join(BIN, "initdb")) && runAs() !== null;
}

function run(cmd: string[]): void {
  const r = spawnSync(cmd[0], cmd.slice(1), { encoding: "utf8", cwd: os.tmpdir() });
  if (r.status !== 0) throw new Error(`${cmd.join(" ")} failed (${r.status}): ${r.stderr || r.stdout}`);
}

export async function createCluster(): Promise<PgCluster> {
  const user = runAs();
  if (!user) throw new Error("no non-root user to run PostgreSQL as");
  const dir = mkdtempSync(path.join(os.tmpdir(), "atlas-pgcluster-"));
  chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, "data");
  const port = await freePort();
  run(user.wrap([path.join(BIN, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]));
  const opts = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c max_connections=60`;
  const cluster: PgCluster = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: () =>
      run(user.wrap([path.join(BIN, "pg_ctl"), "-D", data, "-o", opts, "-l", path.join(dir, "log"), "-w", "start"])),
    stop: () => run(user.wrap([path.join(BIN, "pg_ctl"), "-D", data, "-m", "fast", "-w", "stop"])),
    destroy: () => {
      try {
        cluster.stop();
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}
