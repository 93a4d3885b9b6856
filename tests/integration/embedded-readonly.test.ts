// A read-only or unwritable data directory for the embedded database: `npm start` stops at once with a clear
// error naming the directory, and leaves every file in it as it was.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startEmbeddedDb } from "@/scripts/lib/embedded-db";
import { migrate } from "@/scripts/lib/migrate-runner";
import { clusterSupported } from "./pg-cluster";

let root: string;
let dataDir: string;

async function fingerprint(dir: string): Promise<string> {
  const hash = createHash("sha256");
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const file = path.join(dir, name);
    const info = await stat(file);
    hash.update(`${name}:${info.mode}:${info.size}\n`);
    if (info.isFile()) hash.update(await readFile(file));
  }
  return hash.digest("hex");
}

async function chmodTree(dir: string, dirMode: number, fileMode: number): Promise<void> {
  for (const name of await readdir(dir, { recursive: true })) {
    const file = path.join(dir, name);
    await chmod(file, (await stat(file)).isDirectory() ? dirMode : fileMode);
  }
  await chmod(dir, dirMode);
}

/** Runs `npm start`'s script with the embedded database; as root, as the unprivileged `postgres` user. */
function start(pgliteDir: string): Promise<{ code: number | null; out: string; ms: number }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: pgliteDir, PORT: "3469", INGEST_SCHEDULE: "off" };
  delete env.DATABASE_URL;
  const args = ["scripts/start.mjs"];
  const asRoot = process.getuid?.() === 0;
  const cmd = asRoot ? "runuser" : process.execPath;
  const argv: string[] = asRoot ? ["-u", "postgres", "--", process.execPath, ...args] : args;
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.stderr.on("data", (d: Buffer) => (out += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, out, ms: performance.now() - t0 });
    });
  });
}

describe.skipIf(!clusterSupported())("embedded database: a data directory it cannot write", () => {
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "atlas-readonly-"));
    await chmod(root, 0o755);
    dataDir = path.join(root, "pglite");
    const db = await startEmbeddedDb(dataDir);
    await migrate(db.url);
    await db.close();
  });
  afterAll(async () => {
    await chmodTree(dataDir, 0o755, 0o644).catch(() => {});
    await rm(root, { recursive: true, force: true });
  });

  test("a read-only data directory: a clear error at start, nothing changed", async () => {
    await chmodTree(dataDir, 0o555, 0o444);
    const before = await fingerprint(dataDir);
    const run = await start(dataDir);
    expect(run.code).toBe(1);
    expect(run.out).toContain(`the data directory ${dataDir} is not writable`);
    expect(run.out).toMatch(/EACCES|EROFS|EPERM/);
    expect(run.out).toContain("PGLITE_DATA_DIR");
    expect(run.out).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
    expect(await fingerprint(dataDir)).toBe(before);
  });

  test("a data directory that cannot be created: a clear error at start", async () => {
    const file = path.join(root, "a-file");
    await writeFile(file, "not a directory");
    await chmod(file, 0o644);
    const run = await start(path.join(file, "pglite"));
    expect(run.code).toBe(1);
    expect(run.out).toContain(`cannot create the data directory ${path.join(file, "pglite")} (ENOTDIR)`);
    expect(await readFile(file, "utf8")).toBe("not a directory");
  });
});
