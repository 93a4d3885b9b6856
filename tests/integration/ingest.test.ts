import { existsSync } from "node:fs";
import { cp, readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from "vitest";
import { INGEST_LOCK_KEY } from "@/lib/ingest/lock";
import { runIngest } from "@/lib/ingest/run";
import { ARENA_TYPES, arenaRow, createHubFixture, toParquet, type HubFixture } from "../fixtures/hub-fixture";
import { startHubServer, type HubServer } from "../fixtures/hub-server";
import { attributeModels } from "@/lib/attribution/sync";
import {
  createMiniMirror,
  MINI_CATEGORIES,
  MINI_COUNTS,
  MINI_HF_REVISIONS,
  MINI_PRICES,
  type MiniMirror,
} from "../fixtures/mini-mirror";
import { sqlOn, truncateData } from "./db";

const url = inject("databaseUrl");
const fast = { retries: 2, backoffMs: 5, timeoutMs: 2000 };

const q = sqlOn(url);

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
  server.reset();
});

describe("ingest from a mirror", () => {
  test("backfills both boards over HTTP with paginated listings, then a second run adds nothing", async () => {
    server.paginate.add("/api/datasets/open-llm-leaderboard/contents/commits/main");
    const first = await runIngest({ connectionString: url, trigger: "test", hub: { endpoint: server.url, ...fast } });
    expect(first.skipped).toBe(false);
    expect(first.runs.map((r) => [r.board, r.status, r.snapshotsAdded])).toEqual([
      ["lmarena-text", "succeeded", MINI_COUNTS.arenaSnapshots],
      ["hf-open-llm-v2", "succeeded", MINI_COUNTS.hfSnapshots],
    ]);
    expect(first.totals).toEqual({
      "lmarena-text": {
        snapshots: MINI_COUNTS.arenaSnapshots,
        entries: MINI_COUNTS.arenaEntries,
        categoryEntries: MINI_COUNTS.arenaCategoryEntries,
      },
      "hf-open-llm-v2": { snapshots: MINI_COUNTS.hfSnapshots, entries: MINI_COUNTS.hfEntries },
    });
    expect(server.requests.some((r) => r.includes("cursor=page2"))).toBe(true);
    const second = await runIngest({ connectionString: url, trigger: "test", hub: { endpoint: server.url, ...fast } });
    expect(second.runs.map((r) => r.snapshotsAdded)).toEqual([0, 0]);
    expect(second.runs.map((r) => r.rowsInserted)).toEqual([0, 0]);
    expect(second.totals).toEqual(first.totals);
    const runs = await q<{ status: string; trigger: string; finished_at: Date | null }>(
      "SELECT status, trigger, finished_at FROM ingest_run ORDER BY id",
    );
    expect(runs).toHaveLength(4);
    expect(runs.every((r) => r.status === "succeeded" && r.trigger === "test" && r.finished_at)).toBe(true);
  });

  test("reads the same mirror through file:// with the same result", async () => {
    const result = await runIngest({ connectionString: url, trigger: "test", hub: { endpoint: mirror.fileEndpoint } });
    expect(result.totals["lmarena-text"]).toEqual({
      snapshots: MINI_COUNTS.arenaSnapshots,
      entries: MINI_COUNTS.arenaEntries,
      categoryEntries: MINI_COUNTS.arenaCategoryEntries,
    });
    expect(result.totals["hf-open-llm-v2"]).toEqual({
      snapshots: MINI_COUNTS.hfSnapshots,
      entries: MINI_COUNTS.hfEntries,
    });
    // Small snapshots loaded together share a transaction (a row's xmin is the transaction that inserted it).
    const [{ n }] = await q<{ n: string }>(
      "SELECT count(DISTINCT xmin::text) AS n FROM snapshot WHERE board_slug = 'lmarena-text'",
    );
    expect(Number(n)).toBeLessThan(MINI_COUNTS.arenaSnapshots);
  });

  test("categories are rows of the same snapshot, ranked within their category, under their upstream names", async () => {
    await runIngest({
      connectionString: url,
      trigger: "test",
      sources: ["lmarena-text"],
      hub: { endpoint: mirror.fileEndpoint },
    });
    const perDate = await q<{ date: string; categories: string[] | null; snapshots: string }>(
      `SELECT to_char(s.date, 'YYYY-MM-DD') AS date, array_agg(DISTINCT c.category ORDER BY c.category) FILTER (WHERE c.category IS NOT NULL) AS categories
       FROM snapshot s LEFT JOIN category_entry c ON c.snapshot_id = s.id GROUP BY s.date ORDER BY s.date`,
    );
    expect(perDate.map((r) => [r.date, r.categories])).toEqual([
      ["2024-01-15", null],
      ["2024-06-01", null],
      ["2024-12-01", null],
      ["2025-06-01", [...MINI_CATEGORIES]],
      ["2025-11-01", [...MINI_CATEGORIES]],
    ]);
    // The overall board in `entry` is untouched by the categories: one row per model per snapshot.
    const [{ n }] = await q<{ n: string }>("SELECT count(*) AS n FROM entry");
    expect(Number(n)).toBe(MINI_COUNTS.arenaEntries);
    const top = await q<{ key: string; rank: number }>(
      `SELECT m.key, c.rank FROM category_entry c JOIN model m ON m.id = c.model_id JOIN snapshot s ON s.id = c.snapshot_id
       WHERE s.date = '2025-11-01' AND c.category = 'chinese' ORDER BY c.score DESC LIMIT 1`,
    );
    expect(top).toEqual([{ key: "deepseek-v3", rank: 1 }]);
  });

  test("a database from before categories gets them added to its stored snapshots on the next run", async () => {
    await runIngest({
      connectionString: url,
      trigger: "test",
      sources: ["lmarena-text"],
      hub: { endpoint: mirror.fileEndpoint },
    });
    const before = await q<{ id: number; date: string }>(
      "SELECT id, to_char(date, 'YYYY-MM-DD') AS date FROM snapshot ORDER BY date",
    );
    // What an install from before categories holds: overall entries only.
    await q("DELETE FROM category_entry");
    const again = await runIngest({
      connectionString: url,
      trigger: "test",
      sources: ["lmarena-text"],
      hub: { endpoint: mirror.fileEndpoint },
    });
    expect(again.runs[0]).toMatchObject({
      status: "succeeded",
      snapshotsAdded: 0,
      rowsInserted: MINI_COUNTS.arenaCategoryEntries,
    });
    expect(again.totals["lmarena-text"].categoryEntries).toBe(MINI_COUNTS.arenaCategoryEntries);
    const after = await q<{ id: number; date: string }>(
      "SELECT id, to_char(date, 'YYYY-MM-DD') AS date FROM snapshot ORDER BY date",
    );
    expect(after).toEqual(before);
    const third = await runIngest({
      connectionString: url,
      trigger: "test",
      sources: ["lmarena-text"],
      hub: { endpoint: mirror.fileEndpoint },
    });
    expect(third.runs[0]).toMatchObject({ status: "succeeded", rowsInserted: 0 });
  });

  test("the price table is a dated price snapshot, run keyed by its source; an unchanged table is not stored again", async () => {
    const opts = {
      connectionString: url,
      trigger: "test" as const,
      hub: { endpoint: mirror.fileEndpoint },
      catalog: { endpoint: mirror.catalogEndpoint },
    };
    const first = await runIngest({ ...opts, today: "2026-11-30" });
    expect(first.runs.map((r) => [r.source, r.board, r.status, r.snapshotsAdded])).toEqual([
      ["lmarena-text", "lmarena-text", "succeeded", MINI_COUNTS.arenaSnapshots],
      ["hf-open-llm-v2", "hf-open-llm-v2", "succeeded", MINI_COUNTS.hfSnapshots],
      ["lmarena-prices", null, "succeeded", 1],
    ]);
    expect(first.totals["lmarena-prices"]).toEqual({ snapshots: 1, entries: MINI_PRICES.length });
    const same = await runIngest({ ...opts, sources: ["lmarena-prices"], today: "2026-12-01" });
    expect(same.runs[0]).toMatchObject({ status: "succeeded", snapshotsAdded: 0 });
    const runs = await q<{ source: string; board_slug: string | null }>(
      "SELECT source, board_slug FROM ingest_run ORDER BY id",
    );
    expect(runs.at(-1)).toEqual({ source: "lmarena-prices", board_slug: null });
    const prices = await q<{ model_key: string; input_price: number | null }>(
      "SELECT model_key, input_price FROM price ORDER BY model_key",
    );
    expect(prices.find((p) => p.model_key === "deepseek-v3")?.input_price).toBe(0.27);
    expect(prices.find((p) => p.model_key === "glm-4-0520")?.input_price).toBeNull();
  });

  test("new models are attributed inside the snapshot's transaction, before any sync", async () => {
    await runIngest({
      connectionString: url,
      trigger: "test",
      sources: ["lmarena-text"],
      hub: { endpoint: mirror.fileEndpoint },
      attribute: attributeModels,
    });
    const rows = await q<{ key: string; slug: string | null }>(
      "SELECT m.key, o.slug FROM model m LEFT JOIN organization o ON o.id = m.developer_org_id WHERE m.key IN ('deepseek-v3', 'gpt-4-0613') ORDER BY m.key",
    );
    expect(rows).toEqual([
      { key: "deepseek-v3", slug: "deepseek" },
      { key: "gpt-4-0613", slug: "openai" },
    ]);
  });

  test("a second run while the lock is held exits at once and is recorded as skipped", async () => {
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query("SELECT pg_advisory_lock($1)", [INGEST_LOCK_KEY]);
      const result = await runIngest({
        connectionString: url,
        trigger: "test",
        hub: { endpoint: mirror.fileEndpoint },
      });
      expect(result.skipped).toBe(true);
      expect(result.runs.every((r) => r.status === "skipped")).toBe(true);
    } finally {
      await holder.end();
    }
    const rows = await q<{ status: string; error: string }>("SELECT status, error FROM ingest_run");
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.status === "skipped" && /lock/.test(r.error))).toBe(true);
    expect(await q("SELECT 1 FROM snapshot")).toHaveLength(0);
  });

  test("persistent HTTP errors fail the run with the URL and status, and write nothing", async () => {
    server.faults.set("/api/datasets/open-llm-leaderboard/contents/commits/main", { status: 503 });
    const result = await runIngest({
      connectionString: url,
      sources: ["hf-open-llm-v2"],
      trigger: "test",
      hub: { endpoint: server.url, ...fast },
    });
    expect(result.runs[0].status).toBe("failed");
    expect(result.runs[0].error).toMatch(/commits\/main/);
    expect(result.runs[0].error).toMatch(/503/);
    expect(await q("SELECT 1 FROM snapshot")).toHaveLength(0);
  });

  test("a transient 500 and a truncated body are retried and the run succeeds", async () => {
    const rev = MINI_HF_REVISIONS[1].id;
    server.faults.set(`/datasets/open-llm-leaderboard/contents/resolve/${rev}/data/train-00000-of-00001.parquet`, {
      truncate: true,
      times: 1,
    });
    server.faults.set("/api/datasets/lmarena-ai/leaderboard-dataset/tree/main/text", { status: 500, times: 1 });
    const result = await runIngest({ connectionString: url, trigger: "test", hub: { endpoint: server.url, ...fast } });
    expect(result.runs.map((r) => r.status)).toEqual(["succeeded", "succeeded"]);
    expect(result.totals["hf-open-llm-v2"].snapshots).toBe(MINI_COUNTS.hfSnapshots);
  });

  test("a timeout fails the run naming the URL", async () => {
    server.faults.set("/api/datasets/lmarena-ai/leaderboard-dataset/tree/main/text", { delayMs: 1500 });
    const result = await runIngest({
      connectionString: url,
      sources: ["lmarena-text"],
      trigger: "test",
      hub: { endpoint: server.url, retries: 1, timeoutMs: 200, backoffMs: 5 },
    });
    expect(result.runs[0].status).toBe("failed");
    expect(result.runs[0].error).toMatch(/tree\/main\/text.*timeout/s);
  });
});

describe("bad input loses nothing", () => {
  let bad: HubFixture;
  afterAll(async () => bad?.cleanup());

  test("a corrupt HF revision fails alone; the others are stored and earlier snapshots untouched", async () => {
    await runIngest({
      connectionString: url,
      sources: ["hf-open-llm-v2"],
      trigger: "test",
      hub: { endpoint: mirror.fileEndpoint },
    });
    const before = await q<{ id: number; date: string; n: string }>(
      "SELECT s.id, to_char(s.date,'YYYY-MM-DD') AS date, count(e.*) AS n FROM snapshot s JOIN entry e ON e.snapshot_id = s.id GROUP BY s.id ORDER BY s.date",
    );
    // Upstream gains a revision whose parquet is cut in half.
    bad = await createHubFixture({});
    await cp(mirror.root, bad.root, { recursive: true });
    const newRev = {
      id: "4444444444444444444444444444444444444444",
      title: "Upload dataset",
      message: "",
      date: "2025-03-15T00:00:00.000Z",
    };
    const commitsPath = "api/datasets/open-llm-leaderboard/contents/commits/main";
    const commits = JSON.parse(await readFile(path.join(mirror.root, commitsPath), "utf8")) as unknown[];
    await bad.write(commitsPath, [newRev, ...commits]);
    const good = await readFile(
      path.join(
        mirror.root,
        `datasets/open-llm-leaderboard/contents/resolve/${MINI_HF_REVISIONS[2].id}/data/train-00000-of-00001.parquet`,
      ),
    );
    await bad.write(`api/datasets/open-llm-leaderboard/contents/tree/${newRev.id}/data`, [
      { type: "file", path: "data/train-00000-of-00001.parquet", oid: "0", size: good.length },
    ]);
    await bad.write(
      `datasets/open-llm-leaderboard/contents/resolve/${newRev.id}/data/train-00000-of-00001.parquet`,
      new Uint8Array(good.subarray(0, Math.floor(good.length / 2))).buffer,
    );
    const result = await runIngest({
      connectionString: url,
      sources: ["hf-open-llm-v2"],
      trigger: "test",
      hub: { endpoint: bad.fileEndpoint },
    });
    expect(result.runs[0].status).toBe("failed");
    expect(result.runs[0].error).toMatch(/2025-03-15/);
    expect(result.runs[0].error).toMatch(/train-00000-of-00001\.parquet/);
    const after = await q<{ id: number; date: string; n: string }>(
      "SELECT s.id, to_char(s.date,'YYYY-MM-DD') AS date, count(e.*) AS n FROM snapshot s JOIN entry e ON e.snapshot_id = s.id GROUP BY s.id ORDER BY s.date",
    );
    expect(after).toEqual(before);
  });

  test("a row that fails validation fails the arena run, names file, row and field, and writes nothing", async () => {
    const rows = [arenaRow("good-model", 1, "2024-01-01"), arenaRow("bad-model", 2, "2024-01-01", { rating: null })];
    const fx = await createHubFixture({
      arena: [{ path: "text/full-00000-of-00001.parquet", bytes: toParquet(rows, ARENA_TYPES) }],
    });
    try {
      const result = await runIngest({
        connectionString: url,
        sources: ["lmarena-text"],
        trigger: "test",
        hub: { endpoint: fx.fileEndpoint },
      });
      expect(result.runs[0].status).toBe("failed");
      expect(result.runs[0].error).toMatch(/full-00000-of-00001\.parquet: row 1: field "rating"/);
      expect(result.runs[0].rowsRejected).toBeGreaterThan(0);
      expect(await q("SELECT 1 FROM snapshot")).toHaveLength(0);
      expect(await q("SELECT 1 FROM model")).toHaveLength(0);
      const run = await q<{ status: string; error: string }>("SELECT status, error FROM ingest_run");
      expect(run[0].status).toBe("failed");
      expect(run[0].error).toMatch(/rating/);
    } finally {
      await fx.cleanup();
    }
  });

  test("a database failure while writing a snapshot rolls it back whole", async () => {
    await q(`CREATE OR REPLACE FUNCTION atlas_test_fail() RETURNS trigger AS $$
      BEGIN IF NEW.date = DATE '2024-12-01' THEN RAISE EXCEPTION 'injected failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await q(`CREATE TRIGGER atlas_test_fail BEFORE INSERT ON snapshot FOR EACH ROW EXECUTE FUNCTION atlas_test_fail()`);
    try {
      const result = await runIngest({
        connectionString: url,
        sources: ["lmarena-text"],
        trigger: "test",
        hub: { endpoint: mirror.fileEndpoint },
      });
      expect(result.runs[0].status).toBe("failed");
      expect(result.runs[0].error).toMatch(/2024-12-01.*rolled back.*injected failure/s);
      expect(result.runs[0].snapshotsAdded).toBe(MINI_COUNTS.arenaSnapshots - 1);
      const dates = await q<{ date: string }>("SELECT to_char(date,'YYYY-MM-DD') AS date FROM snapshot ORDER BY date");
      expect(dates.map((d) => d.date)).not.toContain("2024-12-01");
      // Models first seen on the failed date were rolled back with it, unless a later date brought them.
      const orphans = await q("SELECT 1 FROM model m WHERE NOT EXISTS (SELECT 1 FROM entry e WHERE e.model_id = m.id)");
      expect(orphans).toHaveLength(0);
    } finally {
      await q("DROP TRIGGER atlas_test_fail ON snapshot");
      await q("DROP FUNCTION atlas_test_fail()");
    }
    // The next run fills the gap.
    const retry = await runIngest({
      connectionString: url,
      sources: ["lmarena-text"],
      trigger: "test",
      hub: { endpoint: mirror.fileEndpoint },
    });
    expect(retry.runs[0].status).toBe("succeeded");
    expect(retry.totals["lmarena-text"].snapshots).toBe(MINI_COUNTS.arenaSnapshots);
  });
});

const shared = path.resolve(process.cwd(), "../shared/data/mirror/huggingface.co");
describe.skipIf(!existsSync(shared))("the whole shared mirror", () => {
  test("gives the documented counts, and a second run adds nothing", async () => {
    const endpoint = pathToFileURL(shared).toString();
    const first = await runIngest({ connectionString: url, trigger: "test", hub: { endpoint } });
    // Every config the dataset lists is a board (the mirror's README, sections 1 and 5–7).
    expect(first.runs.map((r) => [r.source, r.status])).toEqual([
      ["lmarena-text", "succeeded"],
      ["lmarena-text-style-control", "succeeded"],
      ["lmarena-text-to-image", "succeeded"],
      ["lmarena-vision", "succeeded"],
      ["hf-open-llm-v2", "succeeded"],
    ]);
    expect(first.totals["lmarena-text"]).toEqual({ snapshots: 110, entries: 14624, categoryEntries: 82435 });
    expect(first.totals["lmarena-text-style-control"]).toEqual({
      snapshots: 17,
      entries: 3920,
      categoryEntries: 52515,
    });
    expect(first.totals["lmarena-text-to-image"]).toEqual({ snapshots: 7, entries: 118, categoryEntries: 174 });
    expect(first.totals["lmarena-vision"]).toEqual({ snapshots: 13, entries: 893, categoryEntries: 2099 });
    const perRevision = await q<{ n: number }>(
      "SELECT entry_count AS n FROM snapshot WHERE board_slug = 'hf-open-llm-v2' ORDER BY date",
    );
    expect(perRevision.map((r) => r.n)).toEqual([237, 520, 758, 1283, 1731, 2093, 2695, 3491, 4250, 4576]);
    expect(first.totals["hf-open-llm-v2"]).toEqual({ snapshots: 10, entries: 21634 });
    const second = await runIngest({ connectionString: url, trigger: "test", hub: { endpoint } });
    expect(second.runs.map((r) => r.snapshotsAdded)).toEqual([0, 0, 0, 0, 0]);
    expect(second.totals).toEqual(first.totals);
  });
});
