// The price table's history (issue 25 item 6) against a real database: the price source ingests every version the
// mini mirror's commit list names, dated by its commit; a rerun stores nothing and fetches no stored version again; a
// version that does not parse is left out with a note while the rest land; a commit list that cannot be read fails
// the run, saying what failed, and stores the current table instead; and the price lens takes, on each date, the
// newest version on or before it, with no price before the first.
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test, vi } from "vitest";
import { runUpdate } from "@/lib/jobs/update";
import { runIngest } from "@/lib/ingest/run";
import { pricesPathAt } from "@/lib/sources/arena-prices";
import { blendedPrice } from "@/lib/standings/lenses/price";
import { createMiniMirror, MINI_PRICE_VERSIONS, type MiniMirror } from "../fixtures/mini-mirror";
import { truncateData } from "./db";

vi.mock("server-only", () => ({}));

const url = inject("databaseUrl");
process.env.DATABASE_URL = url;

type Handler = (req: Request) => Promise<Response>;
let price: Handler;
let client: pg.Client;
let mirror: MiniMirror;

const DATES = ["2024-05-20", "2025-01-10", "2025-09-01"];

beforeAll(async () => {
  await truncateData(url);
  mirror = await createMiniMirror();
  client = new pg.Client({ connectionString: url });
  await client.connect();
  price = (await import("@/app/api/v1/lenses/price/route")).GET;
});
afterAll(async () => {
  await client?.end();
  await mirror?.cleanup();
});

const endpoints = () => ({
  hub: { endpoint: mirror.fileEndpoint },
  catalog: { endpoint: mirror.catalogEndpoint },
  github: { endpoint: mirror.githubEndpoint },
});

async function priceSnapshots() {
  return (
    await client.query<{ date: string; ref: string; n: number }>(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date, source_ref AS ref, entry_count AS n FROM price_snapshot ORDER BY date`,
    )
  ).rows;
}

async function lens(query: string) {
  const { resetReadCaches } = await import("@/lib/reads/memo");
  const { resetResponseCache } = await import("@/lib/api/respond");
  resetReadCaches();
  resetResponseCache();
  const res = await price(new Request(`http://localhost/api/v1/lenses/price?${query}`));
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json();
}

const pricesRun = (r: Awaited<ReturnType<typeof runIngest>>) => r.runs.find((x) => x.source === "lmarena-prices")!;

describe("price history", () => {
  test("every version is stored, dated by its commit; a rerun stores nothing and reads no stored version", async () => {
    const first = await runUpdate({ connectionString: url, trigger: "test", ...endpoints() });
    expect(pricesRun(first)).toMatchObject({ status: "succeeded", snapshotsAdded: 3, error: null });
    expect(await priceSnapshots()).toEqual(
      MINI_PRICE_VERSIONS.map((v, i) => ({ date: DATES[i], ref: pricesPathAt(v.sha), n: v.prices.length })),
    );
    // Resumable: with the stored versions' files gone upstream, a rerun still succeeds, as it fetches none of them.
    for (const v of MINI_PRICE_VERSIONS) await rm(fileURLToPath(`${mirror.catalogEndpoint}/${pricesPathAt(v.sha)}`));
    const again = await runIngest({
      connectionString: url,
      trigger: "test",
      sources: ["lmarena-prices"],
      ...endpoints(),
    });
    expect(pricesRun(again)).toMatchObject({ status: "succeeded", snapshotsAdded: 0, rowsSeen: 0, error: null });
    expect((await priceSnapshots()).length).toBe(3);
  });

  test("the lens takes the newest version on or before each date, and none before the first", async () => {
    // 2024-01-15 comes before the first version (2024-05-20): no price, not a later one.
    const before = await lens("date=2024-01-15&countries=US~CN~europe");
    expect(before.points).toEqual([]);
    expect(before.join).toMatchObject({
      priceDate: null,
      priceDatedBy: null,
      history: true,
      firstPriceDate: "2024-05-20",
      pricedEntries: 0,
    });
    // 2024-06-01 takes the first version: GPT-4o at $5 / $15.
    const june = await lens("date=2024-06-01&countries=US~CN~europe");
    expect(june.join).toMatchObject({ priceDate: "2024-05-20", priceDatedBy: "commit", priceRows: 2 });
    const gpt4o = (body: { points: { model: string; blended: number }[] }) =>
      body.points.find((p) => p.model === "gpt-4o-2024-05-13")?.blended;
    expect(gpt4o(june)).toBe(blendedPrice(5, 15));
    // 2025-06-01 takes the second (2025-01-10): GPT-4o at $2.50 / $10, and Chinese models priced.
    const mid = await lens("date=2025-06-01&countries=US~CN~europe");
    expect(mid.join).toMatchObject({ priceDate: "2025-01-10", priceRows: 5, entries: 14, pricedEntries: 5 });
    expect(gpt4o(mid)).toBe(blendedPrice(2.5, 10));
    expect(mid.points.map((p: { model: string }) => p.model)).toContain("deepseek-v3");
    // 2025-11-01 takes the third (2025-09-01).
    expect((await lens("date=2025-11-01").then((b) => b.join)).priceDate).toBe("2025-09-01");
    // The cheapest series uses, per date, the same rule: no value before the first version.
    const all = await lens("countries=US~CN&within=100");
    const us = all.cheapest.find((s: { key: string }) => s.key === "US").points;
    expect(us.map((p: { date: string; priceDate: string | null }) => [p.date, p.priceDate])).toEqual([
      ["2024-01-15", null],
      ["2024-06-01", "2024-05-20"],
      ["2024-12-01", "2024-05-20"],
      ["2025-06-01", "2025-01-10"],
      ["2025-11-01", "2025-09-01"],
    ]);
    expect(us[0]).toMatchObject({ value: null, model: null });
    expect(us[1]).toMatchObject({ model: "gpt-4o-2024-05-13", value: blendedPrice(5, 15) });
    // Gemini is priced from the second version on, cheaper than GPT-4o.
    expect(us[2]).toMatchObject({ model: "gpt-4o-2024-05-13", value: blendedPrice(5, 15) });
    expect(us[3]).toMatchObject({ model: "gemini-1.5-pro-002", value: blendedPrice(1.25, 5) });
  });

  test("a version that does not parse is left out with a note in the run record; the next one lands", async () => {
    const bad = "d4".repeat(20);
    const good = "e5".repeat(20);
    await mirror.write(`catalog/${pricesPathAt(bad)}`, "[{ this is not JSON");
    await mirror.write(`catalog/${pricesPathAt(good)}`, [
      { name: "DeepSeek V3", model_api_name: "deepseek-v3", input_token_price: "0.2", output_token_price: "0.8" },
    ]);
    const listed = [
      { sha: good, at: "2025-10-20T10:00:00Z" },
      { sha: bad, at: "2025-10-01T10:00:00Z" },
      ...[...MINI_PRICE_VERSIONS].reverse(),
    ].map((v) => ({ sha: v.sha, commit: { author: { date: v.at }, committer: { date: v.at }, message: "m" } }));
    await mirror.write("github/repos/lmarena/arena-catalog/commits", listed);
    const result = await runIngest({
      connectionString: url,
      trigger: "test",
      sources: ["lmarena-prices"],
      ...endpoints(),
    });
    const run = pricesRun(result);
    expect(run).toMatchObject({ status: "succeeded", snapshotsAdded: 1 });
    expect(run.error).toMatch(new RegExp(`^2025-10-01: version ${bad} left out: invalid JSON from file:`));
    const stored = (
      await client.query<{ status: string; error: string }>(`SELECT status, error FROM ingest_run WHERE id = $1`, [
        run.runId,
      ])
    ).rows[0];
    expect(stored).toEqual({ status: "succeeded", error: run.error });
    expect((await priceSnapshots()).map((s) => s.date)).toEqual([...DATES, "2025-10-20"]);
  });

  test("a commit list that cannot be read fails the run saying what to do, and the current table lands", async () => {
    const result = await runIngest({
      connectionString: url,
      trigger: "test",
      sources: ["lmarena-prices"],
      ...endpoints(),
      github: { endpoint: `${mirror.githubEndpoint}-gone` },
      today: "2026-01-05",
    });
    const run = pricesRun(result);
    expect(run.status).toBe("failed");
    expect(run.error).toMatch(/^reading the price table's history failed: file not found: /);
    expect(run.error).toContain("To fix: check that GITHUB_API_ENDPOINT points at a mirror");
    expect(run.snapshotsAdded).toBe(1);
    const last = (await priceSnapshots()).at(-1);
    expect(last).toMatchObject({ date: "2026-01-05", ref: "lmarena/arena-catalog/main/data/scatterplot-data.json" });
    // The history still rules the dates before it; the table read that day has no say over them.
    const body = await lens("date=2025-11-01");
    expect(body.join).toMatchObject({ priceDate: "2025-10-20", history: true });
  });
});
