// The arena's `full` history read in part: Range requests over HTTP (the Hub emulator honours them and logs the bytes
// it sends), positional reads on file://, and the whole file when a server ignores Range. A one-new-date update reads
// the footer, the date and category columns, and the row groups of the new date, not the whole history.
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { arenaSource, fetchArenaSnapshots, indexArena } from "@/lib/sources/lmarena";
import type { HubProgress } from "@/lib/sources/hub";
import type { PlanContext, StoredInfo } from "@/lib/sources/source";
import { generateScaleData, type ScaleSpec } from "@/scripts/lib/scale-data";
import { startHubServer, type HubServer } from "@/tests/fixtures/hub-server";

const SPEC: ScaleSpec = {
  scale: 0,
  arena: {
    dates: 150,
    everyDays: 1,
    endDate: "2025-12-11",
    modelsFrom: 60,
    modelsTo: 100,
    churnPerDate: 1,
    categories: 2,
    categoryDates: 3,
    rowGroupRows: 1000,
  },
  hf: { days: 1, everyDays: 1, endDate: "2025-03-21", commits: 1, rowsFrom: 5, rowsTo: 5 },
};
const FULL = "/datasets/lmarena-ai/leaderboard-dataset/resolve/main/text/full-00000-of-00001.parquet";

let dir: string;
let server: HubServer;
let fullSize: number;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "range-reads-"));
  await generateScaleData(dir, SPEC, 3);
  fullSize = (await stat(path.join(dir, FULL))).size;
  server = await startHubServer(dir);
});
afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => server.reset());

const fullRequests = () => server.log.filter((e) => e.path === FULL);
const bytesOf = (entries: { bytes: number }[]) => entries.reduce((n, e) => n + e.bytes, 0);

/** Plans and loads what a run with every date but the newest stored would write. */
async function updateOneDate(endpoint: string, onProgress?: (e: HubProgress) => void) {
  const hub = { endpoint, onProgress, retries: 2, backoffMs: 5 };
  const all = await indexArena({ endpoint: pathToFileURL(dir).toString() }, "full");
  const newest = all.dates[all.dates.length - 1];
  const stored: StoredInfo[] = all.dates.slice(0, -1).map((date) => ({
    date,
    contentHash: "",
    sourceRef: "",
    categories: [...all.categories.get(date)!].filter((c) => c !== "overall"),
  }));
  const ctx: PlanContext = { endpoints: { hub }, stored, lastRunFailed: false, today: "2025-12-12", note: () => {} };
  const items = await arenaSource.plan(ctx);
  const payloads = [];
  for (const item of items) payloads.push(await arenaSource.load(item, ctx));
  return { newest, items, payloads };
}

describe("reading the arena's full history in part", () => {
  test("the file has several row groups, and HTTP with Range gives the same snapshots as file:// and as the whole file", async () => {
    const index = await indexArena({ endpoint: server.url }, "full");
    expect(index.shards[0].groups.length).toBeGreaterThanOrEqual(8);
    const ranged = await fetchArenaSnapshots({ endpoint: server.url }, "full");
    expect(fullRequests().length).toBeGreaterThan(1);
    expect(fullRequests().every((e) => e.status === 206 && e.range !== null)).toBe(true);
    const viaFile = await fetchArenaSnapshots({ endpoint: pathToFileURL(dir).toString() }, "full");
    server.reset();
    server.ignoreRange = true;
    const whole = await fetchArenaSnapshots({ endpoint: server.url }, "full");
    // Range ignored: one 200 with the whole file, then everything is read from memory.
    expect(fullRequests().map((e) => [e.status, e.bytes])).toEqual([[200, fullSize]]);
    expect(ranged.length).toBe(SPEC.arena.dates);
    expect(viaFile).toEqual(ranged);
    expect(whole).toEqual(ranged);
  });

  test("a one-new-date update reads the footer, the date and category columns and the new date's row group, not the whole file", async () => {
    const { newest, items, payloads } = await updateOneDate(server.url);
    expect(items.map((i) => i.date)).toEqual([newest]);
    expect(payloads[0]).toMatchObject({ kind: "snapshot", snapshot: { date: newest } });
    const ranged = bytesOf(fullRequests());
    expect(fullRequests().every((e) => e.status === 206)).toBe(true);
    // The newest date is in the last row group (or two): well under half the file.
    expect(ranged).toBeLessThan(fullSize / 3);

    server.reset();
    server.ignoreRange = true;
    const fallback = await updateOneDate(server.url);
    expect(fallback.payloads).toEqual(payloads);
    expect(bytesOf(fullRequests())).toBe(fullSize);
  });

  test("file:// reads positions of the file, not the whole of it", async () => {
    const read: number[] = [];
    const { payloads } = await updateOneDate(pathToFileURL(dir).toString(), (e) => {
      if (e.type === "downloaded" && e.url.endsWith("full-00000-of-00001.parquet")) read.push(e.bytes);
    });
    expect(payloads).toHaveLength(1);
    expect(read.length).toBeGreaterThan(1);
    expect(bytesOf(read.map((bytes) => ({ bytes })))).toBeLessThan(fullSize / 3);
  });

  test("a listed size that differs from the file's, and a Content-Range past the file, fail with reasons", async () => {
    const { openByteSource } = await import("@/lib/sources/byte-source");
    const url = `${server.url}${FULL}`;
    await expect(openByteSource(url, {}, fullSize + 1)).rejects.toThrow(
      /size mismatch .*listed as \d+ bytes, the file has \d+/,
    );
    const { source } = await openByteSource(url, {});
    await expect(source.read(fullSize - 10, fullSize + 10)).rejects.toThrow(/outside/);
  });
});
