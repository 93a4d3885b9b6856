// The summary path (lib/standings/service.ts over standings_summary) answers exactly as the frame path it replaced
// (the whole history loaded, metrics computed in memory): standings for every metric and filter combination, the gap
// and the snapshot list, on the self-written mini mirror (categories included) and on the whole shipped history. It
// also checks that re-attribution refreshes the summary.
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test, vi } from "vitest";
import { BOARD_SLUGS, BOARDS, type BoardSlug } from "@/lib/boards";
import { runUpdate } from "@/lib/jobs/update";
import { runBundleImport } from "@/lib/jobs/import-bundle";
import { createMiniMirror } from "../fixtures/mini-mirror";
import { truncateData } from "./db";

vi.mock("server-only", () => ({}));

const url = inject("databaseUrl");
process.env.DATABASE_URL = url;

type Service = typeof import("@/lib/standings/service");
let service: Service;
let frames: typeof import("@/lib/standings/load-frame");
let shape: typeof import("@/lib/standings/shape");
let query: typeof import("@/lib/standings/query");
let reset: () => void;

async function load() {
  service = await import("@/lib/standings/service");
  frames = await import("@/lib/standings/load-frame");
  shape = await import("@/lib/standings/shape");
  query = await import("@/lib/standings/query");
  reset = (await import("@/lib/standings/cache")).resetStandingsCache;
  reset();
}

/** The frame path's snapshot list, as listSnapshots computed it before the summary. */
function listFromFrame(board: BoardSlug, frame: Awaited<ReturnType<typeof frames.loadFrame>>) {
  return frame.snapshots.map((s) => ({
    date: s.date,
    entries: s.entries.length,
    officialEntries: BOARDS[board].hasOfficial ? s.entries.filter((e) => e.official === true).length : null,
  }));
}

const METRICS = ["best-rank", "best-score", "top-n-count", "top-n-share", "model-count"];

/** Compares both paths on a board and category over every filter combination; returns how many answers agreed. */
async function compareAll(board: BoardSlug, category: string, opts: { ns: number[]; keys: string[]; from?: string }) {
  const frame = await frames.loadFrame(board, category);
  expect(await service.listSnapshots(board, category)).toEqual(listFromFrame(board, frame));
  let agreed = 0;
  for (const attribution of ["developer", "base"]) {
    for (const license of ["all", "open", "proprietary"]) {
      for (const official of BOARDS[board].hasOfficial ? ["false", "true"] : ["false", "true"]) {
        for (const rank of ["score", "published"]) {
          for (const metric of METRICS) {
            for (const n of metric.startsWith("top-n") ? opts.ns : [10]) {
              const params = { board, category, metric, n: String(n), countries: opts.keys.join("~"), attribution, license, official, rank, ...(opts.from ? { from: opts.from } : {}) };
              const q = query.standingsQuerySchema.parse(params);
              expect(await service.getStandings(q), JSON.stringify(params)).toEqual(shape.standingsFromFrame(frame, q));
              agreed++;
            }
          }
        }
        for (const [a, b] of [["US", "CN"], ["europe", "other"], ["CN", "unknown"]]) {
          const g = query.gapQuerySchema.parse({ board, category, a, b, attribution, license, official, ...(opts.from ? { from: opts.from } : {}) });
          expect(await service.getGap(g), `gap ${a} ${b} ${attribution} ${license} ${official}`).toEqual(shape.gapFromFrame(frame, g));
          agreed++;
        }
      }
    }
  }
  return agreed;
}

describe("the standings summary answers as the frame did", () => {
  afterAll(async () => {
    const { prisma } = await import("@/lib/db");
    await prisma().$disconnect();
  });

  describe("on the mini mirror", () => {
    beforeAll(async () => {
      await truncateData(url);
      const mirror = await createMiniMirror();
      try {
        await runUpdate({ connectionString: url, trigger: "test", hub: { endpoint: mirror.fileEndpoint } });
      } finally {
        await mirror.cleanup();
      }
      await load();
    });

    for (const board of BOARD_SLUGS) {
      test(`${board}: standings, gap and snapshot list, every filter combination`, async () => {
        const n = await compareAll(board, "overall", { ns: [1, 2, 3, 5, 10, 100], keys: ["US", "CN", "europe", "other", "unknown", "FR", "BR"] });
        expect(n).toBeGreaterThan(100);
      });
    }

    test("lmarena-text: a prompt category", async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ category: string }>("SELECT DISTINCT category FROM category_entry ORDER BY category LIMIT 2");
      await client.end();
      expect(rows.length).toBeGreaterThan(0);
      for (const { category } of rows) await compareAll("lmarena-text", category, { ns: [1, 5], keys: ["US", "CN", "europe", "unknown"] });
    });

    test("re-attribution refreshes the summary in the same transaction", async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { syncAttribution } = await import("@/lib/attribution/sync");
        const { summarySyncHooks } = await import("@/lib/jobs/standings-summary");
        // A model loses its organization behind the registry's back; the next sync restores it and the summary.
        const { rows } = await client.query<{ id: number }>(
          `SELECT m.id FROM model m JOIN organization o ON o.id = m.developer_org_id WHERE m.board_slug = 'lmarena-text' AND o.country = 'CN' LIMIT 1`,
        );
        await client.query("UPDATE model SET developer_org_id = NULL WHERE id = $1", [rows[0].id]);
        const { refreshSummariesOfModels } = await import("@/lib/standings/summary-store");
        await refreshSummariesOfModels(client, [rows[0].id]);
        reset();
        const q = query.standingsQuerySchema.parse({ board: "lmarena-text", countries: "CN~unknown", metric: "model-count" });
        const broken = await service.getStandings(q);
        const result = await syncAttribution(client, summarySyncHooks);
        expect(result.modelsChanged).toBe(1);
        reset();
        const fixed = await service.getStandings(q);
        expect(fixed).not.toEqual(broken);
        expect(fixed).toEqual(shape.standingsFromFrame(await frames.loadFrame("lmarena-text"), q));
      } finally {
        await client.end();
      }
    });
  });

  describe("on the whole shipped history (prisma/seed/history.jsonl.br)", () => {
    beforeAll(async () => {
      await truncateData(url);
      const file = await readFile(path.resolve(process.cwd(), "prisma/seed/history.jsonl.br"));
      await runBundleImport(file, { connectionString: url, attributeEachSnapshot: false });
      await load();
    }, 300_000);

    test("lmarena-text: every filter combination", async () => {
      await compareAll("lmarena-text", "overall", { ns: [1, 5, 10, 50], keys: ["US", "CN", "europe", "other", "unknown", "FR", "GB"], from: "2024-01-01" });
    }, 300_000);

    test("lmarena-text: the chinese category", async () => {
      await compareAll("lmarena-text", "chinese", { ns: [3, 10], keys: ["US", "CN", "europe", "unknown"] });
    }, 300_000);

    test("hf-open-llm-v2: every filter combination", async () => {
      await compareAll("hf-open-llm-v2", "overall", { ns: [1, 10, 100], keys: ["US", "CN", "europe", "other", "unknown", "FR"] });
    }, 300_000);
  });
});
