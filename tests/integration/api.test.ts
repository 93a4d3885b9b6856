// API v1 against a real database loaded from the mini mirror: shapes, errors, caching, CSV, and agreement of the
// API's numbers with the same numbers recomputed in plain SQL from entry, model and organization.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test, vi } from "vitest";
import { EUROPE } from "@/lib/core/countries";
import { runUpdate } from "@/lib/jobs/update";
import { createMiniMirror, MINI_ARENA_DATES, MINI_HF_REVISIONS } from "../fixtures/mini-mirror";
import { truncateData } from "./db";

vi.mock("server-only", () => ({}));

const url = inject("databaseUrl");
process.env.DATABASE_URL = url;

type Handler = (req: Request, ctx?: { params?: Promise<Record<string, string | string[]>> }) => Promise<Response>;
const routes = {} as Record<"standings" | "gap" | "snapshots" | "table" | "model" | "orgs" | "openapi", Handler>;
let client: pg.Client;
let resetCaches: () => void;

beforeAll(async () => {
  await truncateData(url);
  const mirror = await createMiniMirror();
  try {
    await runUpdate({ connectionString: url, trigger: "test", hub: { endpoint: mirror.fileEndpoint } });
  } finally {
    await mirror.cleanup();
  }
  client = new pg.Client({ connectionString: url });
  await client.connect();
  routes.standings = (await import("@/app/api/v1/standings/route")).GET;
  routes.gap = (await import("@/app/api/v1/gap/route")).GET;
  routes.snapshots = (await import("@/app/api/v1/boards/[board]/snapshots/route")).GET;
  routes.table = (await import("@/app/api/v1/boards/[board]/snapshots/[date]/route")).GET;
  routes.model = (await import("@/app/api/v1/models/[board]/[...key]/route")).GET;
  routes.orgs = (await import("@/app/api/v1/organizations/route")).GET;
  routes.openapi = (await import("@/app/api/v1/openapi.json/route")).GET as unknown as Handler;
  const { resetReadCaches } = await import("@/lib/reads/memo");
  const { resetResponseCache } = await import("@/lib/api/respond");
  resetCaches = () => (resetReadCaches(), resetResponseCache());
  resetCaches();
});
afterAll(async () => client?.end());

async function call(
  route: keyof typeof routes,
  path: string,
  params: Record<string, string | string[]> = {},
  headers: Record<string, string> = {},
) {
  return routes[route](new Request(`http://localhost${path}`, { headers }), { params: Promise.resolve(params) });
}
async function json<T = any>(
  route: keyof typeof routes,
  path: string,
  params: Record<string, string | string[]> = {},
): Promise<T> {
  const res = await call(route, path, params);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json() as Promise<T>;
}
async function sql<T extends pg.QueryResultRow = any>(text: string, values: unknown[] = []): Promise<T[]> {
  return (await client.query<T>(text, values)).rows;
}

/** One value per snapshot date of a board, from an aggregate over the snapshot's entries joined to the country. */
async function perDate(
  board: string,
  aggregate: string,
  where: string,
  mode: "developer" | "base" = "developer",
  values: unknown[] = [],
) {
  const rows = await sql<{ date: string; value: number | null }>(
    `SELECT to_char(s.date, 'YYYY-MM-DD') AS date,
       (SELECT ${aggregate} FROM ${SCORED} e JOIN model m ON m.id = e.model_id
          LEFT JOIN organization o ON o.id = m.${mode}_org_id
        WHERE e.snapshot_id = s.id AND ${where}) AS value
     FROM snapshot s WHERE s.board_slug = $1 ORDER BY s.date`,
    [board, ...values],
  );
  const result = rows.map((r) => (r.value === null ? null : Number(r.value)));
  expect(
    result.some((v) => v !== null && v !== 0),
    `${aggregate} WHERE ${where} is never set: a vacuous check`,
  ).toBe(true);
  return result;
}

/** Entries with the score rank computed by PostgreSQL itself: rank() by score within each snapshot. */
const SCORED = "(SELECT *, rank() OVER (PARTITION BY snapshot_id ORDER BY score DESC) AS score_rank FROM entry)";

const seriesValues = (body: any, key: string) =>
  body.series.find((s: any) => s.key === key).points.map((p: any) => p.value);

describe("standings agree with plain SQL", () => {
  test("shape: one point per snapshot date per key, as-of fields set", async () => {
    const body = await json("standings", "/api/v1/standings?board=lmarena-text");
    expect(Object.keys(body)).toEqual([
      "board",
      "category",
      "metric",
      "n",
      "attribution",
      "license",
      "official",
      "series",
      "updatedAt",
      "asOf",
      "concentration",
    ]);
    expect(body.series.map((s: any) => s.key)).toEqual(["US", "CN", "europe"]);
    for (const s of body.series) expect(s.points.map((p: any) => p.date)).toEqual([...MINI_ARENA_DATES]);
    expect(body.asOf).toBe(MINI_ARENA_DATES.at(-1));
    expect(new Date(body.updatedAt).toISOString()).toBe(body.updatedAt);
  });

  test("best-rank of US and of unknown on the arena, under both rank rules", async () => {
    const body = await json("standings", "/api/v1/standings?board=lmarena-text&countries=US~unknown");
    expect(seriesValues(body, "US")).toEqual(await perDate("lmarena-text", "min(e.score_rank)", "o.country = 'US'"));
    expect(seriesValues(body, "unknown")).toEqual(
      await perDate("lmarena-text", "min(e.score_rank)", "m.developer_org_id IS NULL"),
    );
    const published = await json(
      "standings",
      "/api/v1/standings?board=lmarena-text&countries=US~unknown&rank=published",
    );
    expect(seriesValues(published, "US")).toEqual(await perDate("lmarena-text", "min(e.rank)", "o.country = 'US'"));
    const us = body.series[0].points.at(-1);
    const [model] = await sql(
      `SELECT m.key FROM model m JOIN organization o ON o.id = m.developer_org_id WHERE m.key = $1`,
      [us.model],
    );
    expect(model).toBeDefined();
  });

  test("top-10 count of CN and top-5 share of US", async () => {
    const count = await json("standings", "/api/v1/standings?board=lmarena-text&metric=top-n-count&n=10&countries=CN");
    expect(seriesValues(count, "CN")).toEqual(
      await perDate("lmarena-text", "count(*)", "o.country = 'CN' AND e.score_rank <= 10"),
    );
    const share = await json("standings", "/api/v1/standings?board=lmarena-text&metric=top-n-share&n=5&countries=US");
    const expected = await perDate(
      "lmarena-text",
      "count(*) FILTER (WHERE o.country = 'US')::float / nullif(count(*), 0)",
      "e.score_rank <= 5",
    );
    expect(seriesValues(share, "US")).toEqual(expected);
  });

  test("HF official best-score of US, and base-mode model count of europe", async () => {
    const body = await json(
      "standings",
      "/api/v1/standings?board=hf-open-llm-v2&metric=best-score&official=true&countries=US",
    );
    expect(body.series[0].points).toHaveLength(MINI_HF_REVISIONS.length);
    expect(seriesValues(body, "US")).toEqual(
      await perDate("hf-open-llm-v2", "max(e.score)", "o.country = 'US' AND e.official"),
    );
    const eu = await json(
      "standings",
      "/api/v1/standings?board=hf-open-llm-v2&metric=model-count&attribution=base&countries=europe",
    );
    expect(seriesValues(eu, "europe")).toEqual(
      await perDate("hf-open-llm-v2", "count(*)", "o.country = ANY($2)", "base", [[...EUROPE]]),
    );
  });

  test("gap US–CN: absolute is the difference of best scores", async () => {
    const body = await json("gap", "/api/v1/gap?board=lmarena-text&a=US&b=CN&from=2024-06-01");
    const us = await perDate("lmarena-text", "max(e.score)", "o.country = 'US'");
    const cn = await perDate("lmarena-text", "max(e.score)", "o.country = 'CN'");
    const expected = us.map((u, i) => (u !== null && cn[i] !== null ? u - cn[i]! : null)).slice(1);
    expect(body.points.map((p: any) => p.absolute)).toEqual(expected);
    expect(body.points[0].date).toBe("2024-06-01");
  });
});

describe("snapshots, models and organizations", () => {
  test("snapshot list matches the snapshot table", async () => {
    const list = await json("snapshots", "/api/v1/boards/hf-open-llm-v2/snapshots", { board: "hf-open-llm-v2" });
    const rows = await sql(
      `SELECT to_char(s.date, 'YYYY-MM-DD') AS date, s.entry_count AS entries,
              (SELECT count(*)::int FROM entry e WHERE e.snapshot_id = s.id AND e.official) AS "officialEntries"
       FROM snapshot s WHERE s.board_slug = 'hf-open-llm-v2' ORDER BY s.date`,
    );
    expect(rows.some((r) => r.officialEntries > 0 && r.officialEntries < r.entries)).toBe(true);
    expect(list).toEqual(rows);
    const arena = await json("snapshots", "/api/v1/boards/lmarena-text/snapshots", { board: "lmarena-text" });
    expect(arena.every((s: { officialEntries: number | null }) => s.officialEntries === null)).toBe(true);
  });

  test("ranking table: every entry, countries per mode; HF official keeps official rows at their official rank", async () => {
    const date = MINI_ARENA_DATES.at(-1)!;
    const table = await json("table", `/api/v1/boards/lmarena-text/snapshots/${date}?attribution=base`, {
      board: "lmarena-text",
      date,
    });
    const raw = await sql(
      `SELECT m.key, o.country FROM entry e JOIN snapshot s ON s.id = e.snapshot_id JOIN model m ON m.id = e.model_id
       LEFT JOIN organization o ON o.id = m.base_org_id WHERE s.board_slug = 'lmarena-text' AND s.date = $1 ORDER BY e.rank, m.key`,
      [date],
    );
    expect(table.rows.map((r: any) => [r.model, r.country])).toEqual(raw.map((r) => [r.key, r.country]));
    expect(table.rows[0]).toMatchObject({ rank: 1, licenseClass: expect.any(String) });
    const hfDate = MINI_HF_REVISIONS.at(-1)!.date;
    const hf = await json("table", `/api/v1/boards/hf-open-llm-v2/snapshots/${hfDate}?official=true`, {
      board: "hf-open-llm-v2",
      date: hfDate,
    });
    const official = await sql(
      `SELECT e.rank_official AS rank FROM entry e JOIN snapshot s ON s.id = e.snapshot_id
       WHERE s.board_slug = 'hf-open-llm-v2' AND s.date = $1 AND e.official ORDER BY e.rank_official`,
      [hfDate],
    );
    expect(hf.rows.map((r: any) => r.rank)).toEqual(official.map((r) => r.rank));
  });

  test("ranking table pages: sort, only and page on the server, the whole table's countries, CSV still whole", async () => {
    const date = MINI_ARENA_DATES.at(-1)!;
    const whole = await json("table", `/api/v1/boards/lmarena-text/snapshots/${date}`, { board: "lmarena-text", date });
    expect(whole.page).toBeUndefined();
    const total = whole.rows.length;
    const byScore = [...whole.rows]
      .sort((x: any, y: any) => x.score - y.score || x.rank - y.rank)
      .map((r: any) => r.model);
    const p1 = await json("table", `/api/v1/boards/lmarena-text/snapshots/${date}?sort=score&page=1`, {
      board: "lmarena-text",
      date,
    });
    expect(p1.page).toEqual({ number: 1, size: 50, pages: Math.max(1, Math.ceil(total / 50)), total });
    expect(p1.rows.map((r: any) => r.model)).toEqual(byScore.slice(0, 50));
    expect(p1.countries).toEqual(whole.countries);
    const us = whole.rows.filter((r: any) => r.country === "US").map((r: any) => r.model);
    const onlyUs = await json("table", `/api/v1/boards/lmarena-text/snapshots/${date}?only=US&page=1`, {
      board: "lmarena-text",
      date,
    });
    expect(onlyUs.rows.map((r: any) => r.model)).toEqual(us.slice(0, 50));
    expect(onlyUs.page.total).toBe(us.length);
    expect(onlyUs.countries.find((c: any) => c.key === "US").count).toBe(us.length);
    const csv = await call("table", `/api/v1/boards/lmarena-text/snapshots/${date}?format=csv`, {
      board: "lmarena-text",
      date,
    });
    expect((await csv.text()).trim().split("\r\n")).toHaveLength(total + 1);
    expect(
      (await call("table", `/api/v1/boards/lmarena-text/snapshots/${date}?page=0`, { board: "lmarena-text", date }))
        .status,
    ).toBe(400);
    expect(
      (await call("table", `/api/v1/boards/lmarena-text/snapshots/${date}?only=XX`, { board: "lmarena-text", date }))
        .status,
    ).toBe(400);
  });

  test("model history, with a key that needs encoding", async () => {
    const key = "Qwen_Qwen2.5-72B-Instruct_bfloat16";
    const history = await json("model", `/api/v1/models/hf-open-llm-v2/${encodeURIComponent(key)}`, {
      board: "hf-open-llm-v2",
      key: [key],
    });
    expect(history).toMatchObject({ key, developer: { country: "CN" }, base: { country: "CN" } });
    // rank is the score rank by default (PostgreSQL's rank() by score), and both ranks are named beside it.
    const raw = await sql(
      `SELECT to_char(s.date, 'YYYY-MM-DD') AS date, e.score_rank::int AS rank, e.score_rank::int AS "scoreRank", e.rank AS "publishedRank", e.score
       FROM ${SCORED} e JOIN snapshot s ON s.id = e.snapshot_id
       JOIN model m ON m.id = e.model_id WHERE m.board_slug = 'hf-open-llm-v2' AND m.key = $1 ORDER BY s.date`,
      [key],
    );
    expect(history.rankRule).toBe("score");
    expect(
      history.points.map((p: any) => ({
        date: p.date,
        rank: p.rank,
        scoreRank: p.scoreRank,
        publishedRank: p.publishedRank,
        score: p.score,
      })),
    ).toEqual(raw);
    const published = await json("model", `/api/v1/models/hf-open-llm-v2/${encodeURIComponent(key)}?rank=published`, {
      board: "hf-open-llm-v2",
      key: [key],
    });
    expect(published.rankRule).toBe("published");
    expect(published.points.map((p: any) => p.rank)).toEqual(raw.map((r) => r.publishedRank));
    const gpt = await json("model", "/api/v1/models/lmarena-text/gpt-4o-2024-05-13", {
      board: "lmarena-text",
      key: ["gpt-4o-2024-05-13"],
    });
    expect(gpt.points).toHaveLength(4);
    expect(gpt.points[0]).toMatchObject({ date: "2024-06-01", ciLower: expect.any(Number), votes: expect.any(Number) });
  });

  test("organizations: the registry with model counts that match SQL", async () => {
    const orgs = await json<any[]>("orgs", "/api/v1/organizations");
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM organization`);
    expect(orgs).toHaveLength(n);
    const counts = await sql(
      `SELECT o.slug, m.board_slug, count(*)::int AS n FROM model m JOIN organization o ON o.id = m.developer_org_id GROUP BY 1, 2`,
    );
    expect(counts.length).toBeGreaterThan(3);
    for (const c of counts) expect(orgs.find((o) => o.slug === c.slug).models[c.board_slug].developer).toBe(c.n);
    // Every organization carries the source of its country, and the answer matches the OpenAPI document exactly.
    const { organizationList } = await import("@/lib/api/response-schemas");
    expect(organizationList.parse(orgs)).toEqual(orgs);
    expect(orgs.filter((o) => o.source === null).map((o) => o.slug)).toEqual([]);
    expect(orgs.filter((o) => o.contested !== null).length).toBeGreaterThanOrEqual(13);
  });
});

describe("errors, caching and CSV", () => {
  test("bad parameters are 400 naming the parameter; unknown things are 404", async () => {
    const bad = await call("standings", "/api/v1/standings?board=lmarena-text&countries=US~XX");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/^countries: "XX" is not an ISO 3166-1 alpha-2 code/);
    expect((await call("standings", "/api/v1/standings")).status).toBe(400);
    expect((await call("snapshots", "/api/v1/boards/nope/snapshots", { board: "nope" })).status).toBe(404);
    expect(
      (
        await call("table", "/api/v1/boards/lmarena-text/snapshots/2001-01-01", {
          board: "lmarena-text",
          date: "2001-01-01",
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await call("table", "/api/v1/boards/lmarena-text/snapshots/01-01-2001", {
          board: "lmarena-text",
          date: "01-01-2001",
        })
      ).status,
    ).toBe(400);
    const missing = await call("model", "/api/v1/models/lmarena-text/no-such-model", {
      board: "lmarena-text",
      key: ["no-such-model"],
    });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatchObject({
      code: "not_found",
      message: 'key: lmarena-text has no model "no-such-model"',
    });
  });

  test("ETag and 304; a data-version bump changes the tag once the version is re-read", async () => {
    const path = "/api/v1/standings?board=lmarena-text&countries=CN~US";
    const first = await call("standings", path);
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=86400");
    const again = await call(
      "standings",
      "/api/v1/standings?countries=cn~us&board=lmarena-text",
      {},
      { "If-None-Match": etag },
    );
    expect(again.status).toBe(304);
    await sql("UPDATE data_version SET version = version + 1");
    await new Promise((r) => setTimeout(r, 2100));
    const after = await call("standings", path, {}, { "If-None-Match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
  });

  test("CSV: attachment with the documented columns", async () => {
    const res = await call("standings", "/api/v1/standings?board=lmarena-text&format=csv");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    // Named after the data's date: the last snapshot it covers.
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="standings-lmarena-text-best-rank-${MINI_ARENA_DATES.at(-1)}.csv"`,
    );
    const ranged = await call("standings", "/api/v1/standings?board=lmarena-text&to=2025-06-01&format=csv");
    expect(ranged.headers.get("content-disposition")).toBe(
      'attachment; filename="standings-lmarena-text-best-rank-2025-06-01.csv"',
    );
    const lines = (await res.text()).split("\r\n");
    expect(lines[0]).toBe("date,key,label,value,model");
    expect(lines).toHaveLength(1 + 3 * MINI_ARENA_DATES.length + 1);
    const table = await call("table", `/api/v1/boards/lmarena-text/snapshots/2024-01-15?format=csv`, {
      board: "lmarena-text",
      date: "2024-01-15",
    });
    expect((await table.text()).split("\r\n")[0]).toMatch(/^rank,model,name,organization,/);
  });

  test("CSV answers link their metadata sidecar, which answers in the documented shape for the same query", async () => {
    const { fileMetadata } = await import("@/lib/api/response-schemas");
    const sidecars = {
      standings: (await import("@/app/api/v1/standings/metadata.json/route")).GET as Handler,
      gap: (await import("@/app/api/v1/gap/metadata.json/route")).GET as Handler,
      table: (await import("@/app/api/v1/boards/[board]/snapshots/[date]/metadata.json/route")).GET as Handler,
    };
    const cases: [keyof typeof sidecars, string, Record<string, string>][] = [
      ["standings", "/api/v1/standings?board=lmarena-text&metric=best-score&to=2025-06-01&format=csv", {}],
      ["gap", "/api/v1/gap?board=lmarena-text&a=US&b=CN&format=csv", {}],
      [
        "table",
        "/api/v1/boards/lmarena-text/snapshots/2024-06-01?format=csv",
        { board: "lmarena-text", date: "2024-06-01" },
      ],
    ];
    for (const [route, path, params] of cases) {
      const csv = await call(route, path, params);
      const link = csv.headers.get("link")!;
      expect(link, path).toMatch(/^<[^>]+\/metadata\.json(\?[^>]*)?>; rel="describedby"; type="application\/json"$/);
      const target = link.slice(1, link.indexOf(">"));
      expect(target).not.toContain("format=");
      const res = await sidecars[route](new Request(`http://localhost${target}`), { params: Promise.resolve(params) });
      expect(res.status, target).toBe(200);
      const body = fileMetadata.parse(await res.json());
      const header = (await csv.text()).split("\r\n")[0];
      expect(body.columns.map((c) => c.name).join(","), path).toBe(header);
      expect(body.licence).toContain("CC BY 4.0");
      if (route === "standings") expect(body.dataAsOf).toBe("2025-06-01");
      if (route === "table") expect(body.dataAsOf).toBe("2024-06-01");
    }
    // JSON answers carry no Link.
    expect((await call("standings", "/api/v1/standings?board=lmarena-text")).headers.get("link")).toBeNull();
  });

  test("the OpenAPI document is served", async () => {
    const res = await routes.openapi(new Request("http://localhost/api/v1/openapi.json"));
    expect((await res.json()).openapi).toBe("3.1.0");
  });
});

describe("unknown API paths", () => {
  test("get a 404 in the API's JSON error shape, whatever the method", async () => {
    const route = await import("@/app/api/[...path]/route");
    for (const [method, handler] of [
      ["GET", route.GET],
      ["POST", route.POST],
      ["DELETE", route.DELETE],
    ] as const) {
      const res = await handler(new Request(`http://localhost/api/v2/nothing-here/${"x".repeat(300)}`, { method }));
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/application\/json/);
      const body = await res.json();
      expect(body.error.code).toBe("not_found");
      expect(body.error.message.length).toBeLessThan(200);
    }
  });
});
