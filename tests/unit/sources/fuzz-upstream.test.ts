// Over 1,000 damaged upstream files through the real adapters (HTTP transport with an in-memory fetch): each one is
// either read into a snapshot that holds every invariant the store relies on, or rejected with a SourceError whose
// message names the file and says what is wrong. Nothing else may escape: no TypeError, no RangeError, no hang.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { getJson, hubUrl, type HubOptions } from "@/lib/sources/hub";
import { fetchArenaSnapshots } from "@/lib/sources/lmarena";
import { fetchHfRevision, listHfRevisions } from "@/lib/sources/hf-open-llm";
import { parsePriceTable, PRICES_PATH } from "@/lib/sources/arena-prices";
import { SourceError, type SourceSnapshot } from "@/lib/sources/types";
import { ARENA_TYPES, arenaRow, HF_TYPES, hfRow } from "@/tests/fixtures/hub-fixture";
import { MINI_PRICES } from "@/tests/fixtures/mini-mirror";
import {
  damagedJson,
  damagedParquet,
  jsonMutationArb,
  mutationArb,
  writeTable,
  type Table,
} from "@/tests/fixtures/mutations";

const HOST = "http://hub.test";
const ARENA_FILE = "text/full-00000-of-00001.parquet";
const REV = "5".repeat(40);
const HF_FILE = "data/train-00000-of-00001.parquet";
const paths = {
  arenaTree: "/api/datasets/lmarena-ai/leaderboard-dataset/tree/main/text",
  arenaFile: `/datasets/lmarena-ai/leaderboard-dataset/resolve/main/${ARENA_FILE}`,
  commits: "/api/datasets/open-llm-leaderboard/contents/commits/main",
  hfTree: `/api/datasets/open-llm-leaderboard/contents/tree/${REV}/data`,
  hfFile: `/datasets/open-llm-leaderboard/contents/resolve/${REV}/${HF_FILE}`,
  prices: `/${PRICES_PATH}`,
};

const arenaTable: Table = {
  types: ARENA_TYPES,
  rows: [
    arenaRow("model-a", 1, "2024-01-01", { vote_count: 1000n, rating_lower: 1290, rating_upper: 1310 }),
    arenaRow("model-b", 2, "2024-01-01", { organization: "B Labs" }),
    arenaRow("model-c", 3, "2024-01-01", { license: null }),
    arenaRow("model-a", 1, "2024-01-01", { category: "coding", rating: 1400 }),
    arenaRow("model-a", 1, "2024-02-01"),
    arenaRow("model-d", 2, "2024-02-01", { rating: 1290 }),
  ],
};
const hfTable: Table = {
  types: HF_TYPES,
  rows: [
    hfRow("org-a/model-1", 40.5, { "Official Providers": true }),
    hfRow("org-b/model-2", 38.1),
    hfRow("org-c/model-3", 38.1, { "Base Model": "org-a/model-1" }),
    hfRow("org-d/model-4", 12.0, { "Maintainer's Highlight": true }),
  ],
};
const commits = [
  { id: REV, title: "Upload", message: "", date: "2025-03-01T10:00:00.000Z" },
  { id: "6".repeat(40), title: "Upload", message: "", date: "2025-02-01T10:00:00.000Z" },
];
const treeOf = (file: string, size: number) => [{ type: "file", oid: "0".repeat(40), size, path: file }];
const prices = MINI_PRICES as unknown as Record<string, unknown>[];

/** A Hub served from memory; `files` maps URL paths to bodies. */
function hub(files: Record<string, Uint8Array | ArrayBuffer>): HubOptions {
  const fakeFetch = (async (input: string | URL) => {
    const body = files[decodeURIComponent(new URL(String(input)).pathname)];
    if (!body) return new Response("Entry not found", { status: 404 });
    return new Response(new Uint8Array(body instanceof Uint8Array ? body : new Uint8Array(body)), { status: 200 });
  }) as unknown as typeof fetch;
  return { endpoint: HOST, fetch: fakeFetch, retries: 1, timeoutMs: 5000, decodeTimeoutMs: 3000 };
}
const json = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));

/** What the store relies on in any snapshot an adapter hands over. */
function checkSnapshot(s: SourceSnapshot) {
  expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(Number.isNaN(Date.parse(`${s.date}T00:00:00Z`))).toBe(false);
  expect(s.contentHash).toMatch(/^[0-9a-f]{64}$/);
  for (const rows of [s.rows, ...(s.categories ?? []).map((c) => c.rows)]) {
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    for (const r of rows) {
      expect(typeof r.key === "string" && r.key.length > 0).toBe(true);
      expect(Number.isFinite(r.score)).toBe(true);
      expect(Number.isInteger(r.rank) && r.rank >= 1).toBe(true);
      for (const v of [r.ciLower, r.ciUpper, r.votes]) expect(v === null || Number.isFinite(v)).toBe(true);
    }
  }
  expect(() => JSON.stringify(s)).not.toThrow();
}

const tally = { accepted: 0, rejected: 0 };
/** Runs one decode: accepted output is checked, a rejection must be a SourceError naming `file`. */
async function expectCleanOutcome<T>(decode: () => Promise<T>, file: string, check: (v: T) => void) {
  let value: T;
  try {
    value = await decode();
  } catch (err) {
    if (!(err instanceof SourceError)) throw new Error(`not a SourceError: ${(err as Error)?.stack ?? String(err)}`);
    expect(err.message).toContain(file);
    expect(err.message.trim().length).toBeGreaterThan(10);
    // A clear reason, not a dump: huge values are cut short in messages.
    expect(err.message.length).toBeLessThan(2000);
    tally.rejected += 1;
    return;
  }
  check(value);
  tally.accepted += 1;
}

const mutations = fc.array(mutationArb, { minLength: 1, maxLength: 3 });

describe("damaged upstream files", () => {
  test("arena parquet: 300 damaged files", async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        const bytes = damagedParquet(arenaTable, ms);
        const opts = hub({ [paths.arenaTree]: json(treeOf(ARENA_FILE, bytes.byteLength)), [paths.arenaFile]: bytes });
        await expectCleanOutcome(
          () => fetchArenaSnapshots(opts, "full"),
          ARENA_FILE,
          (snaps) => snaps.forEach(checkSnapshot),
        );
      }),
      { numRuns: 300, seed: 1301 },
    );
  }, 120_000);

  test("HF revision parquet: 300 damaged files", async () => {
    await fc.assert(
      fc.asyncProperty(mutations, async (ms) => {
        const bytes = damagedParquet(hfTable, ms);
        const opts = hub({ [paths.hfTree]: json(treeOf(HF_FILE, bytes.byteLength)), [paths.hfFile]: bytes });
        await expectCleanOutcome(() => fetchHfRevision(opts, { id: REV, date: "2025-03-01" }), HF_FILE, checkSnapshot);
      }),
      { numRuns: 300, seed: 1302 },
    );
  }, 120_000);

  test("Hub JSON listings (commits, tree) and the price table: 420 damaged documents", async () => {
    const hfBytes = writeTable(hfTable);
    await fc.assert(
      fc.asyncProperty(jsonMutationArb, async (m) => {
        const opts = hub({ [paths.commits]: damagedJson(commits, m) });
        const url = hubUrl(HOST, paths.commits.slice(1));
        await expectCleanOutcome(
          () => listHfRevisions(opts),
          url,
          (revs) => {
            for (const r of revs) expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          },
        );
      }),
      { numRuns: 140, seed: 1303 },
    );
    await fc.assert(
      fc.asyncProperty(jsonMutationArb, async (m) => {
        const opts = hub({
          [paths.hfTree]: damagedJson(treeOf(HF_FILE, hfBytes.byteLength), m),
          [paths.hfFile]: hfBytes,
        });
        await expectCleanOutcome(() => fetchHfRevision(opts, { id: REV, date: "2025-03-01" }), "", checkSnapshot);
      }),
      { numRuns: 140, seed: 1304 },
    );
    await fc.assert(
      fc.asyncProperty(jsonMutationArb, async (m) => {
        const opts = hub({ [paths.prices]: damagedJson(prices, m) });
        const read = async () => parsePriceTable((await getJson(hubUrl(HOST, PRICES_PATH), opts)).data, PRICES_PATH);
        await expectCleanOutcome(read, PRICES_PATH, (rows) => {
          expect(new Set(rows.map((r) => r.modelKey)).size).toBe(rows.length);
          for (const r of rows)
            for (const p of [r.inputPrice, r.outputPrice]) expect(p === null || Number.isFinite(p)).toBe(true);
        });
      }),
      { numRuns: 140, seed: 1305 },
    );
  }, 120_000);

  test("every kind of damage was both accepted and rejected somewhere, over 1,000 files in all", () => {
    expect(tally.accepted + tally.rejected).toBeGreaterThanOrEqual(1000);
    expect(tally.rejected).toBeGreaterThan(300);
    expect(tally.accepted).toBeGreaterThan(20);
  });
});
