// The scheduled ingest runs in a process of its own (lib/jobs/ingest-process.ts): another pid, the heap cap it was
// given, its runs counted in this process's metrics; and when that process fails (an error there, killed mid-run,
// out of its heap), the caller learns it, this process carries on, and no run is left marked as running.
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

  test("where the child's files are not deployed, the update runs in this process instead", async () => {
    const { runUpdateInChild } = await load({
      DATABASE_URL: url,
      HF_ENDPOINT: mirror.fileEndpoint,
      ARENA_CATALOG_ENDPOINT: mirror.catalogEndpoint,
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
    });
    // Too small a heap to even load the update's modules: V8 aborts the process.
    const failure = await runUpdateInChild("schedule", { heapMb: 8 }).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(IngestProcessError);
    expect((failure as Error).message).toMatch(/heap cap 8 MB/);
    expect((failure as Error).message).toContain("INGEST_HEAP_MB");
    expect(await runs()).toEqual([]);
  });
});
