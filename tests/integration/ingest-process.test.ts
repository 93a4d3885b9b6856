// The scheduled ingest runs in a process of its own (lib/jobs/ingest-process.ts): another pid, the heap cap it was
// given, its runs counted in this process's metrics; and when that process fails (an error there, killed mid-run,
// out of its heap), the caller learns it, this process carries on, and no run is left marked as running.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test, vi } from "vitest";
import { startHubServer, type HubServer } from "../fixtures/hub-server";
import { createMiniMirror, type MiniMirror } from "../fixtures/mini-mirror";
import { sqlOn, truncateData, withDatabase } from "./db";

const url = inject("databaseUrl");
const q = sqlOn(url);
const COMMITS = "/api/datasets/open-llm-leaderboard/contents/commits/main";
let mirror: MiniMirror;
let server: HubServer;

beforeAll(async () => {
  mirror = await createMiniMirror();
  server = await startHubServer(mirror.root);
});
afterAll(async () => {
  await server.close();
  await mirror.cleanup();
});
beforeEach(async () => {
  await truncateData(url);
  server.faults.clear();
});

/** The job modules, loaded afresh under `env` (lib/core/env caches what it parsed). */
async function load(env: Record<string, string>) {
  vi.resetModules();
  Object.assign(process.env, { LOG_LEVEL: "silent", INGEST_SCHEDULE: "off", ...env });
  const schedule = await import("@/lib/jobs/schedule");
  const child = await import("@/lib/jobs/ingest-process");
  const { observability } = await import("@/lib/core/observability.mjs");
  return { ...schedule, ...child, observability };
}

/** Whether a process runs (a zombie waiting for its reaper does not). */
function alive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, "utf8"));
  } catch {
    return false;
  }
}

const runs = () =>
  q<{ source: string; trigger: string; status: string; error: string | null }>(
    "SELECT source, trigger, status, error FROM ingest_run ORDER BY id",
  );

describe("the scheduled ingest's own process", () => {
  test("runs the update in another process, under the heap cap, and reports to this one", async () => {
    const { scheduledUpdate, observability } = await load({
      DATABASE_URL: url,
      HF_ENDPOINT: mirror.fileEndpoint,
      ARENA_CATALOG_ENDPOINT: mirror.catalogEndpoint,
      GITHUB_API_ENDPOINT: mirror.githubEndpoint,
      INGEST_HEAP_MB: "200",
    });
    const counted = async () =>
      (await observability().ingestRuns.get()).values
        .filter((v) => v.labels.trigger === "schedule" && v.labels.status === "succeeded")
        .reduce((n, v) => n + v.value, 0);
    const before = await counted();

    const update = await scheduledUpdate("schedule");
    expect(update).not.toBeNull();
    expect(update!.pid).not.toBe(process.pid);
    // V8's limit is the old-space cap plus the young generation.
    expect(update!.heapLimitMb).toBeGreaterThanOrEqual(200);
    expect(update!.heapLimitMb).toBeLessThan(300);
    expect(update!.peakRssMb).toBeGreaterThan(0);
    expect(update!.result.runs.map((r) => r.status)).toEqual(["succeeded", "succeeded", "succeeded"]);
    expect(update!.result.totals["lmarena-text"].snapshots).toBeGreaterThan(0);
    // The run records are the child's; the metrics are this process's.
    expect((await runs()).map((r) => [r.trigger, r.status])).toEqual([
      ["schedule", "succeeded"],
      ["schedule", "succeeded"],
      ["schedule", "succeeded"],
    ]);
    expect((await counted()) - before).toBe(3);
  });

  test("an error in the child rejects with the child's message, and the schedule logs it and carries on", async () => {
    const missing = withDatabase(url, `atlas_no_such_db_${process.pid}`);
    const { runUpdateInChild, scheduledUpdate } = await load({
      DATABASE_URL: missing,
      HF_ENDPOINT: mirror.fileEndpoint,
      ARENA_CATALOG_ENDPOINT: mirror.catalogEndpoint,
      GITHUB_API_ENDPOINT: mirror.githubEndpoint,
    });
    let pid = 0;
    const failure = await runUpdateInChild("schedule", { onSpawn: (p) => (pid = p) }).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/does not exist/);
    expect(pid).toBeGreaterThan(0);
    expect(pid).not.toBe(process.pid);
    await expect(scheduledUpdate("schedule")).resolves.toBeNull();
  });

  test("a child killed mid-run fails the update, and its open run is closed as abandoned", async () => {
    const { runUpdateInChild, IngestProcessError } = await load({
      DATABASE_URL: url,
      HF_ENDPOINT: server.url,
      ARENA_CATALOG_ENDPOINT: mirror.catalogEndpoint,
      GITHUB_API_ENDPOINT: mirror.githubEndpoint,
    });
    let release!: () => void;
    server.faults.set(COMMITS, { gate: new Promise<void>((r) => (release = r)) });
    const mark = server.log.length;
    let pid = 0;
    const pending = runUpdateInChild("schedule", { onSpawn: (p) => (pid = p) }).catch((e: Error) => e);
    // The arena's run is done and the HF run is open, waiting on the commit list: kill the child there.
    for (let i = 0; i < 600 && !server.log.slice(mark).some((e) => e.path.startsWith(COMMITS)); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect((await runs()).map((r) => [r.source, r.status])).toEqual([
      ["lmarena-text", "succeeded"],
      ["hf-open-llm-v2", "running"],
    ]);
    process.kill(pid, "SIGKILL");
    const failure = await pending;
    release();
    expect(failure).toBeInstanceOf(IngestProcessError);
    expect((failure as InstanceType<typeof IngestProcessError>).signal).toBe("SIGKILL");
    expect((failure as Error).message).toMatch(/killed by SIGKILL before it reported/);
    const after = await runs();
    expect(after.map((r) => [r.source, r.status])).toEqual([
      ["lmarena-text", "succeeded"],
      ["hf-open-llm-v2", "failed"],
    ]);
    expect(after[1].error).toMatch(/^abandoned/);
  });

  test("a child whose server dies stops at once: it closes its run as failed, unlocks and exits", async () => {
    // The server's stand-in: a process of its own, as the server is, so that it can die without this one.
    const parent = spawn(process.execPath, ["--import", "tsx", "tests/fixtures/ingest-parent.ts"], {
      env: {
        ...process.env,
        LOG_LEVEL: "silent",
        DATABASE_URL: url,
        HF_ENDPOINT: server.url,
        ARENA_CATALOG_ENDPOINT: mirror.catalogEndpoint,
        GITHUB_API_ENDPOINT: mirror.githubEndpoint,
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    parent.stdout.on("data", (d: Buffer) => (out += d.toString()));
    let release!: () => void;
    server.faults.set(COMMITS, { gate: new Promise<void>((r) => (release = r)) });
    const mark = server.log.length;
    let pid = 0;
    try {
      // The HF run is open, its plan waiting on the commit list (which never answers): kill the parent there.
      for (let i = 0; i < 600 && !server.log.slice(mark).some((e) => e.path.startsWith(COMMITS)); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      pid = (JSON.parse(out.split("\n")[0]) as { child: number }).child;
      expect(alive(pid)).toBe(true);
      expect((await runs()).map((r) => [r.source, r.status])).toEqual([
        ["lmarena-text", "succeeded"],
        ["hf-open-llm-v2", "running"],
      ]);
      parent.kill("SIGKILL");
      // Well inside the child's own 10 s deadline for a stop: this is the clean path, not the forced exit.
      for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
      expect(alive(pid)).toBe(false);
      // The child closed its own run (no server is left to mark it abandoned), and released the lock.
      const after = await runs();
      expect(after.map((r) => [r.source, r.status])).toEqual([
        ["lmarena-text", "succeeded"],
        ["hf-open-llm-v2", "failed"],
      ]);
      expect(after[1].error).toMatch(/the server that started this ingest is gone/);
      const locks = await q<{ n: string }>(
        "SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
      );
      expect(Number(locks[0].n)).toBe(0);
    } finally {
      release();
      parent.kill("SIGKILL");
      if (pid && alive(pid)) process.kill(pid, "SIGKILL");
    }
  });

  test("where the child's files are not deployed, the update runs in this process instead", async () => {
    const { runUpdateInChild } = await load({
      DATABASE_URL: url,
      HF_ENDPOINT: mirror.fileEndpoint,
      ARENA_CATALOG_ENDPOINT: mirror.catalogEndpoint,
      GITHUB_API_ENDPOINT: mirror.githubEndpoint,
    });
    const bare = await mkdtemp(path.join(os.tmpdir(), "atlas-no-child-"));
    try {
      const update = await runUpdateInChild("schedule", { root: bare });
      expect(update.pid).toBe(process.pid);
      expect(update.result.runs.map((r) => r.status)).toEqual(["succeeded", "succeeded", "succeeded"]);
    } finally {
      await rm(bare, { recursive: true, force: true });
    }
  });

  test("a child out of its heap fails the update with an error that names INGEST_HEAP_MB", async () => {
    const { runUpdateInChild, IngestProcessError } = await load({
      DATABASE_URL: url,
      HF_ENDPOINT: mirror.fileEndpoint,
      ARENA_CATALOG_ENDPOINT: mirror.catalogEndpoint,
      GITHUB_API_ENDPOINT: mirror.githubEndpoint,
    });
    // Too small a heap to even load the update's modules: V8 aborts the process.
    const failure = await runUpdateInChild("schedule", { heapMb: 8 }).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(IngestProcessError);
    expect((failure as Error).message).toMatch(/heap cap 8 MB/);
    expect((failure as Error).message).toContain("INGEST_HEAP_MB");
    expect(await runs()).toEqual([]);
  });
});
