import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from "vitest";
import { exportBundle, exportLines } from "@/lib/ingest/bundle/export";
import { BundleError, decodeBundle, encodeBundle, SHIPPED_BUNDLE, type BodyLine } from "@/lib/ingest/bundle/format";
import { importBundle } from "@/lib/ingest/bundle/import";
import { runBundleImport } from "@/lib/jobs/import-bundle";
import { runIngest } from "@/lib/ingest/run";
import { createMiniMirror, MINI_COUNTS, MINI_PRICES, type MiniMirror } from "../fixtures/mini-mirror";
import { truncateData } from "./db";

const url = inject("databaseUrl");
const root = path.resolve(import.meta.dirname, "../..");

async function withClient<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
const count = (table: string) =>
  withClient(async (c) => Number((await c.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n));

let mirror: MiniMirror;
let bundle: Buffer;
let lines: BodyLine[];
beforeAll(async () => {
  mirror = await createMiniMirror();
  await truncateData(url);
  await runIngest({
    connectionString: url,
    trigger: "test",
    hub: { endpoint: mirror.fileEndpoint },
    catalog: { endpoint: mirror.catalogEndpoint },
    today: "2025-11-02",
  });
  bundle = (await withClient(exportBundle)).file;
  lines = (await withClient(exportLines)).lines;
});
afterAll(() => mirror.cleanup());
beforeEach(() => truncateData(url));

describe("history bundle", () => {
  test("round trip: import into an empty database, export again, byte-identical; runs recorded as `bundle`", async () => {
    const result = await runBundleImport(bundle, { connectionString: url });
    expect(result.imported).toBe(true);
    expect(
      Object.fromEntries(result.sources.map((b) => [b.source, [b.status, b.snapshotsAdded, b.rowsInserted]])),
    ).toEqual({
      "lmarena-text": [
        "succeeded",
        MINI_COUNTS.arenaSnapshots,
        MINI_COUNTS.arenaEntries + MINI_COUNTS.arenaCategoryEntries,
      ],
      "hf-open-llm-v2": ["succeeded", MINI_COUNTS.hfSnapshots, MINI_COUNTS.hfEntries],
      "lmarena-prices": ["succeeded", 1, MINI_PRICES.length],
    });
    const again = (await withClient(exportBundle)).file;
    expect(again.equals(bundle)).toBe(true);
    const runs = await withClient(async (c) => (await c.query("SELECT trigger, status FROM ingest_run")).rows);
    expect(runs).toHaveLength(3);
    expect(runs.every((r) => r.trigger === "bundle" && r.status === "succeeded")).toBe(true);
    // Models are attributed after the import, as after an ingest.
    const attributed = await withClient(
      async (c) => (await c.query("SELECT developer_org_id FROM model WHERE key = 'deepseek-v3'")).rows[0],
    );
    expect(attributed.developer_org_id).not.toBeNull();
  });

  test("importing twice adds nothing the second time", async () => {
    await importBundle(bundle, { connectionString: url });
    const entries = await count("entry");
    const second = await importBundle(bundle, { connectionString: url });
    expect(second.sources.map((b) => b.snapshotsAdded)).toEqual([0, 0, 0]);
    expect(second.sources.reduce((n, b) => n + b.snapshotsSkipped, 0)).toBe(
      MINI_COUNTS.arenaSnapshots + MINI_COUNTS.hfSnapshots + 1,
    );
    expect(await count("entry")).toBe(entries);
  });

  test("fills only the snapshots a database lacks", async () => {
    await runIngest({
      connectionString: url,
      trigger: "test",
      sources: ["lmarena-text"],
      hub: { endpoint: mirror.fileEndpoint },
    });
    const result = await importBundle(bundle, { connectionString: url });
    const byBoard = Object.fromEntries(result.sources.map((b) => [b.source, b]));
    expect(byBoard["lmarena-text"].snapshotsAdded).toBe(0);
    expect(byBoard["hf-open-llm-v2"].snapshotsAdded).toBe(MINI_COUNTS.hfSnapshots);
    expect((await withClient(exportBundle)).file.equals(bundle)).toBe(true);
  });

  const refusals: [string, () => Buffer, RegExp][] = [
    [
      "a wrong content hash",
      () => {
        const text = brotliDecompressSync(bundle).toString("utf8").replace('"lmarena-text"', '"lmarena-texT"');
        return brotliCompressSync(Buffer.from(text));
      },
      /content hash mismatch/,
    ],
    [
      "an unknown schema version",
      () => {
        const text = brotliDecompressSync(bundle).toString("utf8").replace('"schemaVersion":1', '"schemaVersion":2');
        return brotliCompressSync(Buffer.from(text));
      },
      /schema version 2, which this release cannot read/,
    ],
    [
      "a broken row (a score that is text)",
      () => {
        const broken = structuredClone(lines);
        const snap = broken.find((l) => l.kind === "snapshot" && l.board === "hf-open-llm-v2")!;
        if (snap.kind !== "snapshot") throw new Error("unreachable");
        const scoreAt = 1 + (broken[0] as { entry: string[] }).entry.indexOf("score");
        snap.entries[1][scoreAt] = "high";
        return encodeBundle(broken);
      },
      /snapshot hf-open-llm-v2 \d{4}-\d\d-\d\d\), entry 1 \(model "[^"]+"\): column score: expected float, got "high"/,
    ],
    [
      "a column this database lacks",
      () => {
        const broken = structuredClone(lines);
        (broken[0] as { entry: string[] }).entry.push("mood");
        return encodeBundle(broken);
      },
      /column entry\.mood, which this database does not have/,
    ],
    [
      "a broken category row (a rank that is not an integer)",
      () => {
        const broken = structuredClone(lines);
        const snap = broken.find((l) => l.kind === "snapshot" && l.categories.length > 0)!;
        if (snap.kind !== "snapshot") throw new Error("unreachable");
        const rankAt = 1 + (broken[0] as { category_entry: string[] }).category_entry.indexOf("rank");
        snap.categories[0][rankAt] = 1.5;
        return encodeBundle(broken);
      },
      /category entry 0 \(model "[^"]+"\): column rank: expected int, got 1\.5/,
    ],
    [
      "a model index out of range",
      () => {
        const broken = structuredClone(lines);
        const snap = broken.find((l) => l.kind === "snapshot")!;
        if (snap.kind !== "snapshot") throw new Error("unreachable");
        snap.entries[0][0] = 9999;
        return encodeBundle(broken);
      },
      /model index 9999 is not one of the \d+ models/,
    ],
    ["a file that is not a bundle", () => Buffer.from("hello"), /not a brotli-compressed bundle/],
  ];
  for (const [what, make, message] of refusals) {
    test(`refuses ${what}, naming the problem, and writes nothing`, async () => {
      await expect(importBundle(make(), { connectionString: url })).rejects.toThrow(message);
      await expect(importBundle(make(), { connectionString: url })).rejects.toBeInstanceOf(BundleError);
      expect(await count("snapshot")).toBe(0);
      expect(await count("model")).toBe(0);
      expect(await count("ingest_run")).toBe(0);
    });
  }
});

const shipped = path.join(root, SHIPPED_BUNDLE);
const sharedMirror = path.resolve(root, "../shared/data/mirror/huggingface.co");
const sharedCatalog = path.resolve(root, "../shared/data/mirror/raw.githubusercontent.com");
const sharedGithub = path.resolve(root, "../shared/data/mirror/api.github.com");

describe("the shipped bundle", () => {
  test("is at most 8 MB and holds every board of the shared mirror", async () => {
    const file = await readFile(shipped);
    expect(file.byteLength).toBeLessThanOrEqual(8 * 1024 * 1024);
    const decoded = decodeBundle(file);
    const boards = new Set(decoded.body.map((l) => (l as { board?: string }).board).filter(Boolean));
    expect([...boards].sort()).toEqual([
      "hf-open-llm-v2",
      "lmarena-text",
      "lmarena-text-style-control",
      "lmarena-text-to-image",
      "lmarena-vision",
    ]);
    // The price table's history: one price snapshot per version, dated by its commit.
    const prices = decoded.body.filter((l) => (l as { kind: string }).kind === "prices");
    expect(prices.length).toBeGreaterThan(1);
  });

  test.skipIf(!existsSync(sharedMirror))(
    "equals a fresh export of the shared mirror (rebuild it with npm run data:bundle when this fails)",
    async () => {
      // What data:bundle does: every board (each arena config the dataset lists), then every version of the price
      // table, dated by its commit (the newest board snapshot would date a current table, were the history unreadable).
      const boards = await runIngest({
        connectionString: url,
        trigger: "test",
        hub: { endpoint: `file://${sharedMirror}` },
      });
      const newest = await withClient(
        async (c) => (await c.query("SELECT to_char(max(date), 'YYYY-MM-DD') AS d FROM snapshot")).rows[0].d as string,
      );
      const prices = await runIngest({
        connectionString: url,
        trigger: "test",
        sources: ["lmarena-prices"],
        hub: { endpoint: `file://${sharedMirror}` },
        catalog: { endpoint: `file://${sharedCatalog}` },
        github: { endpoint: `file://${sharedGithub}` },
        today: newest,
      });
      expect(prices.runs[0].snapshotsAdded).toBe(19);
      expect([...boards.runs, ...prices.runs].every((r) => r.status === "succeeded")).toBe(true);
      const fresh = (await withClient(exportBundle)).file;
      expect(fresh.equals(await readFile(shipped)), "prisma/seed is stale: run npm run data:bundle").toBe(true);
    },
  );
});
