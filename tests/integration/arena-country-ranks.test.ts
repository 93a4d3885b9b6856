// Issue 25, done means: on the real mirror (skipped when ../shared/data is absent), the best score rank of the US,
// China and Germany on the vision and text-to-image arenas, on each board's first and last dates, recomputed in plain
// SQL from the loaded rows and the stored attribution, equals what GET /api/v1/standings answers. Only those two
// arena configs are ingested, so the test stays fast.
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test, vi } from "vitest";
import { runUpdate } from "@/lib/jobs/update";
import { truncateData } from "./db";

vi.mock("server-only", () => ({}));

const url = inject("databaseUrl");
process.env.DATABASE_URL = url;

type Handler = (req: Request, ctx?: { params?: Promise<Record<string, string>> }) => Promise<Response>;
interface Standings {
  series: { key: string; points: { date: string; value: number | null; model: string | null }[] }[];
}

const BOARDS = ["lmarena-vision", "lmarena-text-to-image"];
const COUNTRIES = ["US", "CN", "DE"];
const shared = path.resolve(process.cwd(), "../shared/data/mirror/huggingface.co");

/**
 * The score rank (competition rank by score within the snapshot, README "How ranks are counted") of every overall
 * row, and per country the best of them with the models that reach it. Attribution is the stored developer's.
 */
const BEST_RANK_SQL = `
  WITH ranked AS (
    SELECT s.date, e.model_id, rank() OVER (PARTITION BY e.snapshot_id ORDER BY e.score DESC) AS score_rank
    FROM entry e JOIN snapshot s ON s.id = e.snapshot_id
    WHERE s.board_slug = $1 AND s.date = $2::date
  ), by_country AS (
    SELECT o.country, r.score_rank, m.key
    FROM ranked r JOIN model m ON m.id = r.model_id JOIN organization o ON o.id = m.developer_org_id
    WHERE o.country = ANY($3::text[])
  )
  SELECT c.country, min(b.score_rank)::int AS best,
         array_remove(array_agg(b.key) FILTER (WHERE b.score_rank = (SELECT min(score_rank) FROM by_country x
                                                               WHERE x.country = c.country)), NULL) AS models
  FROM unnest($3::text[]) AS c(country) LEFT JOIN by_country b ON b.country = c.country
  GROUP BY c.country`;

describe.skipIf(!existsSync(shared))("best score rank by country on the vision and text-to-image arenas", () => {
  let client: pg.Client;
  let standings: Handler;
  const dates = new Map<string, { first: string; last: string }>();

  beforeAll(async () => {
    await truncateData(url);
    const result = await runUpdate({
      connectionString: url,
      sources: BOARDS,
      trigger: "test",
      hub: { endpoint: pathToFileURL(shared).toString() },
    });
    expect(result.runs.map((r) => [r.source, r.status]).sort()).toEqual(BOARDS.map((b) => [b, "succeeded"]).sort());
    client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const board of BOARDS) {
      const { rows } = await client.query<{ first: string; last: string }>(
        "SELECT min(date)::text AS first, max(date)::text AS last FROM snapshot WHERE board_slug = $1",
        [board],
      );
      dates.set(board, rows[0]);
    }
    standings = (await import("@/app/api/v1/standings/route")).GET;
    const { resetReadCaches } = await import("@/lib/reads/memo");
    const { resetResponseCache } = await import("@/lib/api/respond");
    resetReadCaches();
    resetResponseCache();
  }, 180_000);
  afterAll(async () => {
    await client?.end();
    const { prisma } = await import("@/lib/core/db");
    await prisma().$disconnect();
  });

  async function api(board: string, date: string) {
    const q = `board=${board}&metric=best-rank&rank=score&countries=${COUNTRIES.join("~")}&from=${date}&to=${date}`;
    const res = await standings(new Request(`http://localhost/api/v1/standings?${q}`), {
      params: Promise.resolve({}),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const body = (await res.json()) as Standings;
    return new Map(
      body.series.map((s) => {
        const point = s.points.find((p) => p.date === date);
        return [s.key, point ? { value: point.value, model: point.model } : undefined];
      }),
    );
  }

  async function sql(board: string, date: string) {
    const { rows } = await client.query<{ country: string; best: number | null; models: string[] }>(BEST_RANK_SQL, [
      board,
      date,
      COUNTRIES,
    ]);
    return new Map(rows.map((r) => [r.country, r]));
  }

  test("the boards are the mirror's, first and last dates included", () => {
    expect(dates.get("lmarena-vision")).toEqual({ first: "2025-03-07", last: "2025-12-11" });
    expect(dates.get("lmarena-text-to-image")).toEqual({ first: "2025-03-14", last: "2025-12-11" });
  });

  test.each(BOARDS.flatMap((board) => (["first", "last"] as const).map((when) => [board, when] as const)))(
    "%s on its %s date: the API's best score rank per country equals plain SQL",
    async (board, when) => {
      const date = dates.get(board)![when];
      const [fromApi, fromSql] = await Promise.all([api(board, date), sql(board, date)]);
      for (const country of COUNTRIES) {
        const expected = fromSql.get(country)!;
        const got = fromApi.get(country);
        expect(got, `${board} ${date} ${country}: a point`).toBeDefined();
        expect(got!.value, `${board} ${date} ${country}`).toBe(expected.best);
        // The model the API names is one of those at that rank (ties share it).
        if (expected.best === null) expect(got!.model).toBeNull();
        else expect(expected.models, `${board} ${date} ${country}`).toContain(got!.model);
      }
    },
  );

  test("with every model attributed, Germany and China place on the text-to-image arena (as measured on the mirror)", async () => {
    // Measured when issue 25 item 2 attributed the arenas: before it, Germany (Black Forest Labs) and China had no
    // attributed text-to-image model at all, so these read null.
    const best = async (board: string, when: "first" | "last") => {
      const m = await sql(board, dates.get(board)![when]);
      return Object.fromEntries(COUNTRIES.map((c) => [c, m.get(c)!.best]));
    };
    expect(await best("lmarena-text-to-image", "first")).toEqual({ US: 1, CN: null, DE: 4 });
    expect(await best("lmarena-text-to-image", "last")).toEqual({ US: 1, CN: 5, DE: 4 });
    expect(await best("lmarena-vision", "first")).toEqual({ US: 1, CN: 16, DE: null });
    expect(await best("lmarena-vision", "last")).toEqual({ US: 1, CN: 5, DE: null });
    // Only the three anonymous codenames stay unattributed.
    const { rows } = await client.query<{ key: string }>(
      "SELECT key FROM model WHERE board_slug = ANY($1::text[]) AND developer_org_id IS NULL ORDER BY key",
      [BOARDS],
    );
    expect(rows.map((r) => r.key)).toEqual(["keee7xus-04-v1", "keee7xus-04-v2", "shadebrook"]);
  });
});
