// Faults, each one provoked for real: upstream trouble over HTTP, 20 concurrent triggers, a writer killed
// with SIGKILL mid-snapshot. Each checks that stored data stays whole and that the next run completes it.
import { spawn } from "node:child_process";
import { cp, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test, vi } from "vitest";
import { runIngest } from "@/lib/ingest/run";
import { runUpdate } from "@/lib/jobs/update";
import { createHubFixture, type HubFixture } from "../fixtures/hub-fixture";
import { startHubServer, type HubServer } from "../fixtures/hub-server";
import { createMiniMirror, MINI_COUNTS, MINI_HF_REVISIONS } from "../fixtures/mini-mirror";
import { damagedParquet, mutationArb } from "../fixtures/mutations";
import { HF_TYPES, hfRow } from "../fixtures/hub-fixture";
import { sqlOn, truncateData } from "./db";
import fc from "fast-check";

const url = inject("databaseUrl");
const kind = inject("databaseKind");
const fast = { retries: 2, backoffMs: 5, timeoutMs: 1500 };
const COMMITS = "api/datasets/open-llm-leaderboard/contents/commits/main";
const NEW_REV = { id: "4444444444444444444444444444444444444444", date: "2025-03-15" };
const newRevFile = `/datasets/open-llm-leaderboard/contents/resolve/${NEW_REV.id}/data/train-00000-of-00001.parquet`;

const q = sqlOn(url);

/** A fingerprint of every stored snapshot, entry and model: equal fingerprints mean untouched data. */
async function digest(): Promise<{ snapshots: number; entries: number; hash: string }> {
  const [row] = await q<{ snapshots: number; entries: number; hash: string }>(`
    SELECT (SELECT count(*)::int FROM snapshot) AS snapshots, (SELECT count(*)::int FROM entry) AS entries,
      md5(coalesce((SELECT string_agg(concat_ws('|', s.board_slug, s.date, s.content_hash, e.rank, e.score, m.key), ',' ORDER BY s.id, e.model_id)
        FROM snapshot s JOIN entry e ON e.snapshot_id = s.id JOIN model m ON m.id = e.model_id), '')) AS hash`);
  return row;
}

/** No snapshot whose entry count differs from what it declares: the mark of a partial write. */
async function partialSnapshots(): Promise<unknown[]> {
  return q(`SELECT s.id FROM snapshot s LEFT JOIN entry e ON e.snapshot_id = s.id
            GROUP BY s.id HAVING count(e.model_id) <> max(s.entry_count)`);
}

/** A copy of the mini mirror whose HF history gains one newer revision, built from the newest one's file. */
async function mirrorWithNewRevision(base: HubFixture): Promise<HubFixture> {
  const fx = await createHubFixture({});
  await cp(base.root, fx.root, { recursive: true });
  const commits = JSON.parse(await readFile(path.join(base.root, COMMITS), "utf8")) as unknown[];
  await fx.write(COMMITS, [
    { id: NEW_REV.id, title: "Upload dataset", message: "", date: `${NEW_REV.date}T00:00:00.000Z` },
    ...commits,
  ]);
  const good = await readFile(
    path.join(
      base.root,
      `datasets/open-llm-leaderboard/contents/resolve/${MINI_HF_REVISIONS[0].id}/data/train-00000-of-00001.parquet`,
    ),
  );
  await fx.write(`api/datasets/open-llm-leaderboard/contents/tree/${NEW_REV.id}/data`, [
    { type: "file", path: "data/train-00000-of-00001.parquet", oid: "0", size: good.length },
  ]);
  await fx.write(newRevFile.slice(1), new Uint8Array(good).buffer);
  return fx;
}

function runCli(env: Record<string, string>): {
  child: ReturnType<typeof spawn>;
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
} {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", "--json"], {
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on("exit", (code) => resolve({ code, stdout, stderr })),
  );
  return { child, done };
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 60_000,
): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let mirror: HubFixture;
let grown: HubFixture;
let server: HubServer;
beforeAll(async () => {
  mirror = await createMiniMirror();
  grown = await mirrorWithNewRevision(mirror);
  server = await startHubServer(grown.root);
});
afterAll(async () => {
  await server.close();
  await grown.cleanup();
  await mirror.cleanup();
});
beforeEach(async () => {
  await truncateData(url);
  server.reset();
});

describe("upstream trouble: the run fails cleanly, stored data stays whole, the next scheduled run completes it", () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ["a persistent 500", { status: 500 }, /HTTP 500/],
    ["a 429 without end", { status: 429 }, /HTTP 429/],
    ["a timeout before the headers", { delayMs: 2500 }, /timeout after 1500ms/],
    ["a body that trickles past the timeout", { slowBodyMs: 2500 }, /timeout after 1500ms while reading body/],
    ["a connection cut mid-body", { truncate: true }, /truncated body/],
  ];
  for (const [name, fault, reason] of cases) {
    test(name, async () => {
      // Everything but the new revision is stored first.
      await runIngest({ connectionString: url, trigger: "test", hub: { endpoint: mirror.fileEndpoint } });
      const before = await digest();
      expect(before.snapshots).toBe(MINI_COUNTS.arenaSnapshots + MINI_COUNTS.hfSnapshots);

      server.faults.set(newRevFile, fault);
      const failed = await runUpdate({
        connectionString: url,
        trigger: "schedule",
        hub: { endpoint: server.url, ...fast },
      });
      const hf = failed.runs.find((r) => r.board === "hf-open-llm-v2")!;
      expect(hf.status).toBe("failed");
      expect(hf.error).toContain(NEW_REV.date);
      expect(hf.error).toContain("train-00000-of-00001.parquet");
      expect(hf.error).toMatch(reason);
      expect(await digest()).toEqual(before);
      expect(await partialSnapshots()).toEqual([]);
      const [run] = await q<{ status: string; finished_at: Date | null }>(
        "SELECT status, finished_at FROM ingest_run WHERE board_slug = 'hf-open-llm-v2' ORDER BY id DESC LIMIT 1",
      );
      expect(run.status).toBe("failed");
      expect(run.finished_at).not.toBeNull();

      // Upstream recovers; the next scheduled run fetches the revision it could not read.
      server.faults.clear();
      const retried = await runUpdate({
        connectionString: url,
        trigger: "schedule",
        hub: { endpoint: server.url, ...fast },
      });
      expect(retried.runs.map((r) => r.status)).toEqual(["succeeded", "succeeded"]);
      expect(retried.runs[1].snapshotsAdded).toBe(1);
      const after = await digest();
      expect(after.snapshots).toBe(before.snapshots + 1);
      expect(await partialSnapshots()).toEqual([]);
    });
  }

  test("a truncated parquet file listed at its truncated size is rejected as corrupt, naming the file", async () => {
    await runIngest({ connectionString: url, trigger: "test", hub: { endpoint: mirror.fileEndpoint } });
    const before = await digest();
    const fx = await createHubFixture({});
    try {
      await cp(grown.root, fx.root, { recursive: true });
      const whole = await readFile(path.join(grown.root, newRevFile));
      const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
      await fx.write(newRevFile.slice(1), new Uint8Array(cut).buffer);
      await fx.write(`api/datasets/open-llm-leaderboard/contents/tree/${NEW_REV.id}/data`, [
        { type: "file", path: "data/train-00000-of-00001.parquet", oid: "0", size: cut.length },
      ]);
      const result = await runIngest({
        connectionString: url,
        sources: ["hf-open-llm-v2"],
        trigger: "test",
        hub: { endpoint: fx.fileEndpoint },
      });
      expect(result.runs[0].status).toBe("failed");
      expect(result.runs[0].error).toMatch(/corrupt or truncated parquet file data\/train-00000-of-00001\.parquet/);
      expect(await digest()).toEqual(before);
    } finally {
      await fx.cleanup();
    }
  });
});

describe("damaged upstream files through a real ingest", () => {
  test("40 damaged revisions: each is stored whole or rejected with a reason; never a partial snapshot", async () => {
    await runIngest({
      connectionString: url,
      sources: ["hf-open-llm-v2"],
      trigger: "test",
      hub: { endpoint: mirror.fileEndpoint },
    });
    const before = await digest();
    const fx = await createHubFixture({});
    const table = {
      types: HF_TYPES,
      rows: [hfRow("org-a/m-1", 41), hfRow("org-b/m-2", 40), hfRow("org-c/m-3", 12, { "Official Providers": true })],
    };
    let rejected = 0;
    try {
      await cp(grown.root, fx.root, { recursive: true });
      const cases = fc.sample(fc.array(mutationArb, { minLength: 1, maxLength: 2 }), { numRuns: 40, seed: 1313 });
      for (const ms of cases) {
        const bytes = damagedParquet(table, ms);
        await fx.write(newRevFile.slice(1), bytes);
        await fx.write(`api/datasets/open-llm-leaderboard/contents/tree/${NEW_REV.id}/data`, [
          { type: "file", path: "data/train-00000-of-00001.parquet", oid: "0", size: bytes.byteLength },
        ]);
        const hub = { endpoint: fx.fileEndpoint, decodeTimeoutMs: 3000 };
        const result = await runIngest({ connectionString: url, sources: ["hf-open-llm-v2"], trigger: "test", hub });
        const run = result.runs[0];
        expect(await partialSnapshots()).toEqual([]);
        if (run.status === "failed") {
          rejected += 1;
          expect(run.error).toMatch(/train-00000-of-00001\.parquet|2025-03-15/);
          expect(await digest()).toEqual(before);
        } else {
          expect(run.status).toBe("succeeded");
          await q("DELETE FROM snapshot WHERE board_slug = 'hf-open-llm-v2' AND date = $1", [NEW_REV.date]);
        }
      }
    } finally {
      await fx.cleanup();
    }
    expect(rejected).toBeGreaterThan(10);
  });
});

describe("20 concurrent ingest triggers, CLI and cron route mixed", () => {
  test("exactly one ingests; the other 19 are recorded as skipped", async () => {
    const SECRET = "proof-concurrency-secret-0123";
    let open!: () => void;
    // Whoever wins the lock waits inside its first upstream request until every other trigger has answered. On a
    // busy machine the ten CLI processes can take longer to start than one request's 30 s timeout, so the gate holds
    // each of the winner's three attempts, not only the first (up to 90 s in all).
    server.faults.set("/api/datasets/lmarena-ai/leaderboard-dataset/tree/main/text", {
      gate: new Promise<void>((r) => (open = r)),
      times: 3,
    });
    vi.resetModules();
    const upstream = {
      DATABASE_URL: url,
      HF_ENDPOINT: server.url,
      ARENA_CATALOG_ENDPOINT: `${server.url}/catalog`,
      GITHUB_API_ENDPOINT: `${server.url}/github`,
    };
    Object.assign(process.env, { CRON_SECRET: SECRET, ...upstream });
    const { POST } = await import("@/app/api/cron/ingest/route");
    const cron = () =>
      POST(
        new Request("http://localhost/api/cron/ingest", {
          method: "POST",
          headers: { authorization: `Bearer ${SECRET}` },
        }),
      ).then(async (res) => ({ via: "cron", code: res.status, body: await res.json() }));
    const cli = () =>
      runCli(upstream).done.then((r) => ({
        via: "cli",
        code: r.code,
        body: JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "{}"),
      }));
    const triggers = Array.from({ length: 20 }, (_, i) => (i % 2 ? cron() : cli()));
    type Outcome = { via: string; code: number | null; body: { runs: { status: string }[] } };
    const skipped = (r: Outcome) => r.body.runs.every((x) => x.status === "skipped");
    const settled: Outcome[] = [];
    triggers.forEach((t) => void t.then((r) => settled.push(r)));
    try {
      await until("19 triggers to be turned away", async () => settled.length >= 19, 90_000);
      expect(settled.filter((r) => !skipped(r))).toEqual([]);
    } finally {
      open();
    }
    const all = await Promise.all(triggers);
    const winners = all.filter((r) => !skipped(r));
    expect(winners).toHaveLength(1);
    expect(winners[0].code).toBe(winners[0].via === "cli" ? 0 : 200);
    for (const r of all.filter(skipped)) expect(r.code).toBe(r.via === "cli" ? 2 : 409);
    expect(new Set(all.map((r) => r.via))).toEqual(new Set(["cli", "cron"]));

    const runs = await q<{ status: string; trigger: string; error: string | null }>(
      "SELECT status, trigger, error FROM ingest_run",
    );
    // One run record per source and trigger: the winner's succeeded, every other one skipped.
    const perTrigger = winners[0].body.runs.length;
    expect(winners[0].body.runs.every((r: { status: string }) => r.status === "succeeded")).toBe(true);
    const turnedAway = runs.filter((r) => r.status === "skipped");
    expect(turnedAway).toHaveLength(19 * perTrigger);
    expect(turnedAway.every((r) => /lock/.test(r.error ?? ""))).toBe(true);
    expect(runs.filter((r) => r.status === "succeeded")).toHaveLength(perTrigger);
    expect(new Set(turnedAway.map((r) => r.trigger))).toEqual(new Set(["cli", "cron"]));
    expect((await digest()).snapshots).toBe(MINI_COUNTS.arenaSnapshots + MINI_COUNTS.hfSnapshots + 1);
  });
});

describe.skipIf(kind !== "postgres")("kill -9 during a snapshot write", () => {
  test("leaves no partial snapshot; the next run marks the dead run failed and completes the data", async () => {
    // Block writes to `entry` so the writer is caught inside its snapshot transaction, then kill it.
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query("LOCK TABLE entry IN SHARE MODE");
    const { child, done } = runCli({ DATABASE_URL: url, HF_ENDPOINT: mirror.fileEndpoint });
    let writerPid: number;
    try {
      writerPid = await until("the writer to wait inside its transaction", async () => {
        // From another session: inside the holder's transaction, pg_stat_activity is a frozen snapshot.
        const rows = await q<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
             AND query ILIKE 'COPY entry%' AND xact_start IS NOT NULL`,
        );
        return rows[0]?.pid;
      });
      // The writer's transaction already holds the snapshot row and its models, unseen by others.
      child.kill("SIGKILL");
      const exit = await done;
      expect(exit.code).toBeNull();
    } finally {
      await holder.query("COMMIT");
      await holder.end();
    }
    // The server notices the dead client and rolls its transaction back.
    await until(
      "the dead writer's backend to go",
      async () => (await q("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [writerPid])).length === 0,
    );
    expect(await q("SELECT 1 FROM snapshot")).toHaveLength(0);
    expect(await q("SELECT 1 FROM entry")).toHaveLength(0);
    expect(await q("SELECT 1 FROM model")).toHaveLength(0);
    expect(await q<{ status: string }>("SELECT status FROM ingest_run")).toEqual([{ status: "running" }]);

    const next = await runIngest({ connectionString: url, trigger: "test", hub: { endpoint: mirror.fileEndpoint } });
    expect(next.runs.map((r) => r.status)).toEqual(["succeeded", "succeeded"]);
    expect(next.totals["lmarena-text"]).toMatchObject({
      snapshots: MINI_COUNTS.arenaSnapshots,
      entries: MINI_COUNTS.arenaEntries,
    });
    expect(next.totals["hf-open-llm-v2"]).toMatchObject({
      snapshots: MINI_COUNTS.hfSnapshots,
      entries: MINI_COUNTS.hfEntries,
    });
    expect(await partialSnapshots()).toEqual([]);
    const [dead] = await q<{ status: string; error: string }>(
      "SELECT status, error FROM ingest_run ORDER BY id LIMIT 1",
    );
    expect(dead.status).toBe("failed");
    expect(dead.error).toMatch(/abandoned/);
  });
});
