// Agreement over the whole shared mirror: the lens API against the same numbers recomputed in plain SQL from
// category_entry, entry, price, model and organization. Skipped when ../shared/data is absent.
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test, vi } from "vitest";
import { EUROPE } from "@/lib/core/countries";
import { runUpdate } from "@/lib/jobs/update";
import { truncateData } from "./db";

vi.mock("server-only", () => ({}));

const url = inject("databaseUrl");
process.env.DATABASE_URL = url;
const MIRROR = path.resolve(process.cwd(), "../shared/data/mirror");
const DATES = ["2025-02-06", "2025-05-24", "2025-12-11"];

type Handler = (req: Request) => Promise<Response>;
let language: Handler;
let standings: Handler;
let price: Handler;
let client: pg.Client;

describe.skipIf(!existsSync(path.join(MIRROR, "huggingface.co")))(
  "lenses agree with plain SQL over the shared mirror",
  () => {
    beforeAll(async () => {
      await truncateData(url);
      const result = await runUpdate({
        connectionString: url,
        trigger: "test",
        sources: ["lmarena-text", "lmarena-prices"],
        hub: { endpoint: pathToFileURL(path.join(MIRROR, "huggingface.co")).toString() },
        catalog: { endpoint: pathToFileURL(path.join(MIRROR, "raw.githubusercontent.com")).toString() },
        github: { endpoint: pathToFileURL(path.join(MIRROR, "api.github.com")).toString() },
      });
      expect(result.runs.map((r) => r.status)).toEqual(["succeeded", "succeeded"]);
      client = new pg.Client({ connectionString: url });
      await client.connect();
      language = (await import("@/app/api/v1/lenses/language/route")).GET;
      standings = (await import("@/app/api/v1/standings/route")).GET;
      price = (await import("@/app/api/v1/lenses/price/route")).GET;
      (await import("@/lib/reads/memo")).resetReadCaches();
      (await import("@/lib/api/respond")).resetResponseCache();
    }, 180_000);
    afterAll(async () => client?.end());

    async function get(handler: Handler, path: string): Promise<any> {
      const res = await handler(new Request(`http://localhost${path}`));
      expect(res.status, await res.clone().text()).toBe(200);
      return res.json();
    }

    /** Best rank of CN and US per date and category: the score rank (competition, by score) and the published rank. */
    async function sqlBestRanks() {
      const { rows } = await client.query<{
        date: string;
        category: string;
        country: string;
        score_rank: number;
        published: number;
      }>(
        `WITH ranked AS (
         SELECT s.date, c.category, o.country, c.rank AS published,
                rank() OVER (PARTITION BY s.id, c.category ORDER BY c.score DESC) AS score_rank
         FROM category_entry c
         JOIN snapshot s ON s.id = c.snapshot_id
         JOIN model m ON m.id = c.model_id
         LEFT JOIN organization o ON o.id = m.developer_org_id
         WHERE s.board_slug = 'lmarena-text' AND c.category IN ('chinese', 'english') AND s.date = ANY($1::date[]))
       SELECT to_char(date, 'YYYY-MM-DD') AS date, category, trim(country) AS country,
              min(score_rank)::int AS score_rank, min(published)::int AS published
       FROM ranked WHERE trim(country) IN ('CN', 'US') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
        [DATES],
      );
      return (date: string, category: string, country: string) =>
        rows.find((r) => r.date === date && r.category === category && r.country === country);
    }

    test("CN's and US's best ranks on Chinese and on English prompts at three dates", async () => {
      const best = await sqlBestRanks();
      for (const rank of ["score", "published"] as const) {
        const body = await get(language, `/api/v1/lenses/language?countries=CN~US&rank=${rank}`);
        for (const key of ["CN", "US"]) {
          const points = body.series.find((s: { key: string }) => s.key === key).points;
          for (const date of DATES) {
            const p = points.find((x: { date: string }) => x.date === date);
            const field = rank === "score" ? "score_rank" : "published";
            expect([key, date, rank, p.rankA, p.rankB]).toEqual([
              key,
              date,
              rank,
              best(date, "chinese", key)![field],
              best(date, "english", key)![field],
            ]);
          }
        }
      }
      // The standings route in a category says the same.
      const chinese = await get(standings, "/api/v1/standings?board=lmarena-text&category=chinese&countries=CN~US");
      for (const s of chinese.series) {
        for (const date of DATES)
          expect(s.points.find((p: { date: string }) => p.date === date).value).toBe(
            best(date, "chinese", s.key)!.score_rank,
          );
      }
    });

    // The price table in force at an arena date: the newest version on or before it, in plain SQL.
    const AS_OF = `(SELECT ps.id FROM price_snapshot ps WHERE ps.date <= s.date ORDER BY ps.date DESC LIMIT 1)`;

    test.each(["2025-05-20", "2025-12-11"])("the price frontier of US, CN and europe on %s", async (date) => {
      const europe = [...EUROPE];
      const { rows } = await client.query<{ k: string; key: string }>(
        `WITH priced AS (
         SELECT m.key, trim(o.country) AS country, e.score,
                round(((3 * p.input_price + p.output_price) / 4)::numeric, 6) AS blended
         FROM entry e
         JOIN snapshot s ON s.id = e.snapshot_id
         JOIN model m ON m.id = e.model_id
         LEFT JOIN organization o ON o.id = m.developer_org_id
         JOIN price p ON p.model_key = m.key AND p.price_snapshot_id = ${AS_OF}
         WHERE s.board_slug = 'lmarena-text' AND s.date = $2
           AND p.input_price IS NOT NULL AND p.output_price IS NOT NULL),
       grouped AS (
         SELECT *, CASE WHEN country = 'US' THEN 'US' WHEN country = 'CN' THEN 'CN' WHEN country = ANY($1::text[]) THEN 'europe' END AS k
         FROM priced)
       SELECT g.k, g.key FROM grouped g
       WHERE g.k IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM grouped h
         WHERE h.k = g.k AND h.blended <= g.blended AND h.score >= g.score
           AND (h.blended < g.blended OR h.score > g.score OR h.key < g.key))
       ORDER BY g.k, g.blended, g.score DESC, g.key`,
        [europe, date],
      );
      const body = await get(price, `/api/v1/lenses/price?date=${date}&countries=US~CN~europe`);
      for (const key of ["US", "CN", "europe"]) {
        const api = body.frontiers.find((f: { key: string }) => f.key === key).models;
        expect([key, ...api]).toEqual([key, ...rows.filter((r) => r.k === key).map((r) => r.key)]);
      }
      expect(rows.filter((r) => r.k === "US").length).toBeGreaterThan(0);
      // The price table used, and the join rate the view reports, recomputed.
      const [{ used, entries, priced }] = (
        await client.query<{ used: string; entries: number; priced: number }>(
          `SELECT (SELECT to_char(ps.date, 'YYYY-MM-DD') FROM price_snapshot ps WHERE ps.date <= $1 ORDER BY ps.date DESC LIMIT 1) AS used,
                count(*)::int AS entries, count(p.model_key) FILTER (WHERE p.input_price IS NOT NULL AND p.output_price IS NOT NULL)::int AS priced
         FROM entry e JOIN snapshot s ON s.id = e.snapshot_id JOIN model m ON m.id = e.model_id
         LEFT JOIN price p ON p.model_key = m.key AND p.price_snapshot_id = ${AS_OF}
         WHERE s.board_slug = 'lmarena-text' AND s.date = $1`,
          [date],
        )
      ).rows;
      expect(body.join).toMatchObject({ priceDate: used, priceDatedBy: "commit", history: true });
      expect([body.join.entries, body.join.pricedEntries]).toEqual([entries, priced]);
    });

    test("an arena date before the first price version has no price", async () => {
      const [{ before, first }] = (
        await client.query<{ before: string; first: string }>(
          `SELECT (SELECT to_char(max(date), 'YYYY-MM-DD') FROM snapshot WHERE board_slug = 'lmarena-text'
                     AND date < (SELECT min(date) FROM price_snapshot)) AS before,
                  (SELECT to_char(min(date), 'YYYY-MM-DD') FROM price_snapshot) AS first`,
        )
      ).rows;
      expect(first).toBe("2025-01-29");
      const body = await get(price, `/api/v1/lenses/price?date=${before}&countries=US~CN~europe`);
      expect(body.points).toEqual([]);
      expect(body.join).toMatchObject({ priceDate: null, firstPriceDate: first, pricedEntries: 0 });
      const series = await get(price, "/api/v1/lenses/price?countries=US~CN&within=100");
      for (const s of series.cheapest)
        for (const p of s.points) {
          if (p.date < first) expect([p.priceDate, p.value]).toEqual([null, null]);
          else expect(p.priceDate <= p.date).toBe(true);
        }
    });
  },
);
