// The Open LLM Leaderboard backfill against a Hub emulator serving a tiny generated history (scripts/lib/scale-data.ts:
// 200 commits over 5 days, the commit list paged 50 a page as the Hub pages it): one snapshot per day (the day's last
// commit), 429 with Retry-After respected, HF_TOKEN sent as a bearer token, and a killed run resumed without
// downloading again what is stored.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from "vitest";
import { runIngest } from "@/lib/ingest/run";
import { generateScaleData, type ScaleManifest, type ScaleSpec } from "../../scripts/lib/scale-data";
import { startHubServer, type HubServer } from "../fixtures/hub-server";
import { sqlOn, truncateData } from "./db";

const url = inject("databaseUrl");
const TOKEN = "hf_test_token_for_the_emulator";
const COMMITS = "/api/datasets/open-llm-leaderboard/contents/commits/main";
const REV = /^\/(?:api\/datasets|datasets)\/open-llm-leaderboard\/contents\/(?:tree|resolve)\/([0-9a-f]{40})\//;

const TINY: ScaleSpec = {
  scale: 0,
  arena: {
    dates: 3,
    everyDays: 7,
    endDate: "2025-12-11",
    modelsFrom: 5,
    modelsTo: 8,
    churnPerDate: 1,
    categories: 2,
    categoryDates: 1,
    rowGroupRows: 1000,
  },
  hf: { days: 5, everyDays: 1, endDate: "2025-03-21", commits: 200, rowsFrom: 20, rowsTo: 60 },
};

const q = sqlOn(url);

const storedRevisions = async () =>
  (
    await q<{ ref: string }>(
      "SELECT split_part(source_ref, ':', 1) AS ref FROM snapshot WHERE board_slug = 'hf-open-llm-v2' ORDER BY date",
    )
  ).map((r) => r.ref);

let dir: string;
let manifest: ScaleManifest;
let server: HubServer;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "backfill-"));
  manifest = await generateScaleData(dir, TINY, 7);
  server = await startHubServer(dir, { token: TOKEN });
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await truncateData(url);
  server.reset();
  server.hubPages.set(COMMITS, 50);
});

const hub = () => ({ endpoint: server.url, token: TOKEN, retries: 3, backoffMs: 10, timeoutMs: 5000 });

describe("HF backfill over a paged commit list", () => {
  test("keeps one snapshot per day, the day's last commit, after following every page; each kept revision read once", async () => {
    expect(manifest.hf.commits).toBe(200);
    const result = await runIngest({ connectionString: url, sources: ["hf-open-llm-v2"], trigger: "test", hub: hub() });
    expect(result.runs[0].status, result.runs[0].error ?? "").toBe("succeeded");
    const kept = manifest.hf.kept.map((k) => k.id);
    expect(await storedRevisions()).toEqual(kept);
    const perDay = await q<{ n: string }>(
      "SELECT count(*) AS n FROM snapshot WHERE board_slug = 'hf-open-llm-v2' GROUP BY date",
    );
    expect(perDay.map((r) => Number(r.n))).toEqual([1, 1, 1, 1, 1]);
    // 200 commits, 50 a page: pages 0..3, reached only through Link rel="next".
    expect(server.requests.filter((r) => r.startsWith(COMMITS))).toEqual([
      COMMITS,
      `${COMMITS}?p=1`,
      `${COMMITS}?p=2`,
      `${COMMITS}?p=3`,
    ]);
    const revRequests = server.requests.map((r) => REV.exec(r)?.[1]).filter((r): r is string => r !== undefined);
    // A listing and a file per kept revision; nothing for the 195 commits that are not a day's last.
    expect(revRequests.sort()).toEqual([...kept, ...kept].sort());
  });

  test("sends HF_TOKEN as a bearer token on every request; without it the emulator's 401 fails the run", async () => {
    const ok = await runIngest({ connectionString: url, sources: ["hf-open-llm-v2"], trigger: "test", hub: hub() });
    expect(ok.runs[0].status).toBe("succeeded");
    expect(server.log.length).toBeGreaterThan(0);
    expect(server.log.every((e) => e.authorization === `Bearer ${TOKEN}`)).toBe(true);
    await truncateData(url);
    const without = await runIngest({
      connectionString: url,
      sources: ["hf-open-llm-v2"],
      trigger: "test",
      hub: { ...hub(), token: undefined },
    });
    expect(without.runs[0].status).toBe("failed");
    expect(without.runs[0].error).toMatch(/401/);
  });

  test("a 429 is retried after its Retry-After, given in seconds or as an HTTP date, not before", async () => {
    const target = `/datasets/open-llm-leaderboard/contents/resolve/${manifest.hf.kept[2].id}/data/train-00000-of-00001.parquet`;
    server.faults.set(COMMITS, { status: 429, retryAfter: 1, times: 1 });
    // As a date: at least 1 s after the answer (whole seconds, rounded up).
    server.faults.set(target, { status: 429, retryAfter: 1, retryAfterAsDate: true, times: 1 });
    const result = await runIngest({ connectionString: url, sources: ["hf-open-llm-v2"], trigger: "test", hub: hub() });
    expect(result.runs[0].status, result.runs[0].error ?? "").toBe("succeeded");
    for (const p of [COMMITS, target]) {
      const hits = server.log.filter((e) => e.path === p);
      expect(hits.map((e) => e.status)).toEqual([429, 200]);
      // The backoff alone would wait 10 ms; Retry-After says 1 s (or a date at least 1 s on).
      expect(hits[1].at - hits[0].at).toBeGreaterThanOrEqual(990);
    }
    expect((await storedRevisions()).length).toBe(5);
  });

  test("a run killed mid-way resumes without downloading a stored revision again", async () => {
    // Hold the fourth kept revision's file until the CLI is killed; by then three days are stored.
    const held = manifest.hf.kept[3].id;
    let release!: () => void;
    server.faults.set(`/datasets/open-llm-leaderboard/contents/resolve/${held}/data/train-00000-of-00001.parquet`, {
      gate: new Promise<void>((resolve) => (release = resolve)),
      times: 1,
    });
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", "--source", "hf-open-llm-v2"], {
      env: { ...process.env, DATABASE_URL: url, HF_ENDPOINT: server.url, HF_TOKEN: TOKEN, LOG_LEVEL: "silent" },
      stdio: "ignore",
    });
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      const deadline = Date.now() + 60_000;
      while (!server.requests.some((r) => r.includes(`/resolve/${held}/`)) || (await storedRevisions()).length < 3) {
        if (Date.now() > deadline)
          throw new Error(`the CLI never reached the held revision: ${server.requests.join(" ")}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      child.kill("SIGKILL");
      await exited;
    } finally {
      release();
    }
    const before = await storedRevisions();
    expect(before).toEqual(manifest.hf.kept.slice(0, 3).map((k) => k.id));
    const mark = server.requests.length;
    const result = await runIngest({ connectionString: url, sources: ["hf-open-llm-v2"], trigger: "test", hub: hub() });
    expect(result.runs[0].status, result.runs[0].error ?? "").toBe("succeeded");
    const after = server.requests.slice(mark);
    expect(after.filter((r) => before.includes(REV.exec(r)?.[1] ?? ""))).toEqual([]);
    // The rest is read: the held revision and the last one (a listing and a file each), after the commit pages.
    expect(after.filter((r) => REV.test(r))).toHaveLength(4);
    expect(await storedRevisions()).toEqual(manifest.hf.kept.map((k) => k.id));
  });
});
