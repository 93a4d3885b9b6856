// Categories, the lens routes and gap significance against a real database loaded from the mini mirror, with the
// numbers checked against plain SQL where the rule is simple enough to state in SQL.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test, vi } from "vitest";
import { runUpdate } from "@/lib/jobs/update";
import { createMiniMirror, MINI_CATEGORIES, MINI_PRICES } from "../fixtures/mini-mirror";
import { truncateData } from "./db";

vi.mock("server-only", () => ({}));

const url = inject("databaseUrl");
process.env.DATABASE_URL = url;

type Handler = (req: Request, ctx?: { params?: Promise<Record<string, string | string[]>> }) => Promise<Response>;
const routes = {} as Record<
  "standings" | "gap" | "snapshots" | "table" | "categories" | "language" | "price" | "efficiency",
  Handler
>;
let client: pg.Client;

beforeAll(async () => {
  await truncateData(url);
  const mirror = await createMiniMirror();
  try {
    await runUpdate({
      connectionString: url,
      trigger: "test",
      hub: { endpoint: mirror.fileEndpoint },
      catalog: { endpoint: mirror.catalogEndpoint },
    });
  } finally {
    await mirror.cleanup();
  }
  client = new pg.Client({ connectionString: url });
  await client.connect();
  routes.standings = (await import("@/app/api/v1/standings/route")).GET;
  routes.gap = (await import("@/app/api/v1/gap/route")).GET;
  routes.snapshots = (await import("@/app/api/v1/boards/[board]/snapshots/route")).GET;
  routes.table = (await import("@/app/api/v1/boards/[board]/snapshots/[date]/route")).GET;
  routes.categories = (await import("@/app/api/v1/boards/[board]/categories/route")).GET;
  routes.language = (await import("@/app/api/v1/lenses/language/route")).GET;
  routes.price = (await import("@/app/api/v1/lenses/price/route")).GET;
  routes.efficiency = (await import("@/app/api/v1/lenses/efficiency/route")).GET;
  const { resetReadCaches } = await import("@/lib/reads/memo");
  const { resetResponseCache } = await import("@/lib/api/respond");
  resetReadCaches();
  resetResponseCache();
});
afterAll(async () => client?.end());

async function call(route: keyof typeof routes, path: string, params: Record<string, string> = {}) {
  return routes[route](new Request(`http://localhost${path}`), { params: Promise.resolve(params) });
}
async function json<T = any>(
  route: keyof typeof routes,
  path: string,
  params: Record<string, string> = {},
): Promise<T> {
  const res = await call(route, path, params);
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json() as Promise<T>;
}

describe("categories", () => {
  test("the board lists overall first, then its categories with labels; an unlabelled name shows as it is", async () => {
    const list = await json("categories", "/api/v1/boards/lmarena-text/categories", { board: "lmarena-text" });
    expect(list[0]).toMatchObject({ name: "overall", label: "Overall", snapshots: 5 });
    expect(list.map((c: { name: string }) => c.name).sort()).toEqual(["overall", ...MINI_CATEGORIES].sort());
    expect(list.find((c: { name: string }) => c.name === "klingon_poetry")).toEqual({
      name: "klingon_poetry",
      label: "klingon_poetry",
      snapshots: 2,
      first: "2025-06-01",
      last: "2025-11-01",
    });
    const hf = await json("categories", "/api/v1/boards/hf-open-llm-v2/categories", { board: "hf-open-llm-v2" });
    expect(hf.map((c: { name: string }) => c.name)).toEqual(["overall"]);
  });

  test("standings in a category: only the dates that have it, and the score rank within the category (SQL agrees)", async () => {
    const body = await json("standings", "/api/v1/standings?board=lmarena-text&category=chinese&countries=CN~US");
    expect(body.category).toBe("chinese");
    const [cn, us] = body.series;
    expect(cn.points.map((p: { date: string }) => p.date)).toEqual(["2025-06-01", "2025-11-01"]);
    const { rows } = await client.query<{ date: string; country: string; best: number }>(
      `WITH ranked AS (
         SELECT s.date, o.country, rank() OVER (PARTITION BY s.id ORDER BY c.score DESC) AS r
         FROM category_entry c JOIN snapshot s ON s.id = c.snapshot_id JOIN model m ON m.id = c.model_id
         LEFT JOIN organization o ON o.id = m.developer_org_id
         WHERE c.category = 'chinese')
       SELECT to_char(date, 'YYYY-MM-DD') AS date, country, min(r)::int AS best FROM ranked WHERE country IN ('CN', 'US')
       GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    const sqlBest = (country: string) => rows.filter((r) => r.country === country).map((r) => r.best);
    expect(cn.points.map((p: { value: number }) => p.value)).toEqual(sqlBest("CN"));
    expect(us.points.map((p: { value: number }) => p.value)).toEqual(sqlBest("US"));
    expect(cn.points[1]).toMatchObject({ value: 1, model: "deepseek-v3" });
    // No existing URL changes meaning: without category, the overall series has every date.
    const overall = await json("standings", "/api/v1/standings?board=lmarena-text&countries=CN");
    expect(overall.category).toBe("overall");
    expect(overall.series[0].points).toHaveLength(5);
  });

  test("an unknown category, or one the board does not have, is a 400 that names it and the list", async () => {
    const res = await call("standings", "/api/v1/standings?board=lmarena-text&category=elvish");
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(
      /^category: "elvish" is not a category of lmarena-text; its categories are overall, /,
    );
    expect((await call("gap", "/api/v1/gap?board=hf-open-llm-v2&category=chinese")).status).toBe(400);
    expect((await call("standings", "/api/v1/standings?board=lmarena-text&category=%3Cscript%3E")).status).toBe(400);
  });

  test("snapshot list and ranking table in a category", async () => {
    const list = await json("snapshots", "/api/v1/boards/lmarena-text/snapshots?category=english", {
      board: "lmarena-text",
    });
    expect(list.map((s: { date: string }) => s.date)).toEqual(["2025-06-01", "2025-11-01"]);
    const table = await json("table", "/api/v1/boards/lmarena-text/snapshots/2025-11-01?category=english", {
      board: "lmarena-text",
      date: "2025-11-01",
    });
    expect(table.category).toBe("english");
    expect(table.rows[0]).toMatchObject({ model: "mystery-model-x" });
    const missing = await call("table", "/api/v1/boards/lmarena-text/snapshots/2024-01-15?category=english", {
      board: "lmarena-text",
      date: "2024-01-15",
    });
    expect(missing.status).toBe(404);
  });
});

describe("gap significance", () => {
  test("arena gap points carry the leaders' CI band and whether they overlap", async () => {
    const body = await json("gap", "/api/v1/gap?board=lmarena-text&a=US&b=CN");
    const last = body.points.at(-1);
    // 2025-11-01: US gemini-1.5-pro-002 1298 ± 4, CN deepseek-v3 1316 ± 4 → band [1294 − 1320, 1302 − 1312] = [−26, −10].
    expect(last).toMatchObject({
      a: { model: "gemini-1.5-pro-002" },
      b: { model: "deepseek-v3" },
      ci: { low: -26, high: -10 },
      significant: true,
    });
    const hf = await json("gap", "/api/v1/gap?board=hf-open-llm-v2&a=US&b=CN");
    expect(hf.points.every((p: { ci: unknown; significant: unknown }) => p.ci === null && p.significant === null)).toBe(
      true,
    );
    const csv = await (await call("gap", "/api/v1/gap?board=lmarena-text&a=US&b=CN&format=csv")).text();
    expect(csv.split("\r\n")[0]).toMatch(/,ci_low,ci_high,significant,/);
  });
});

describe("lenses", () => {
  test("language: Chinese models rank better on Chinese prompts than on English ones", async () => {
    const body = await json("language", "/api/v1/lenses/language?countries=CN~US");
    expect([body.a, body.b, body.aLabel, body.bLabel]).toEqual([
      "chinese",
      "english",
      "Chinese prompts",
      "English prompts",
    ]);
    const [cn, us] = body.series;
    // 2025-06-01: deepseek-v3 leads both (1358 on Chinese, 1308 on English): no difference. 2025-11-01: on English
    // prompts the unattributed mystery model (1335) passes it, so CN ranks 1 on Chinese prompts and 2 on English.
    expect(cn.points.map((p: { advantage: number }) => p.advantage)).toEqual([0, -1]);
    expect(us.points.map((p: { rankA: number; rankB: number }) => [p.rankA, p.rankB])).toEqual([
      [3, 2],
      [4, 3],
    ]);
    expect(us.points.map((p: { advantage: number }) => p.advantage)).toEqual([1, 1]);
    expect((await call("language", "/api/v1/lenses/language?a=chinese&b=chinese")).status).toBe(400);
    expect((await call("language", "/api/v1/lenses/language?b=elvish")).status).toBe(400);
    const csv = await (await call("language", "/api/v1/lenses/language?format=csv")).text();
    expect(csv.split("\r\n")[0]).toBe(
      "date,key,label,best_rank_chinese,best_rank_english,advantage,best_score_chinese,best_score_english,model_chinese,model_english",
    );
  });

  test("price: priced models of the newest date, frontiers, and the join rate", async () => {
    const body = await json("price", "/api/v1/lenses/price?countries=US~CN~europe&within=30");
    expect(body.date).toBe("2025-11-01");
    expect(body.points.map((p: { model: string }) => p.model).sort()).toEqual([
      "claude-3-opus-20240229",
      "deepseek-v3",
      "gemini-1.5-pro-002",
      "gpt-4o-2024-05-13",
      "mistral-large-2407",
      "qwen2.5-72b-instruct",
    ]);
    expect(body.join).toMatchObject({
      priceRows: MINI_PRICES.length,
      pricedRows: MINI_PRICES.length - 1,
      matchedRows: MINI_PRICES.length - 2,
      entries: 15,
      pricedEntries: 6,
    });
    // CN: deepseek-v3 (1316, 0.4775) beats qwen (1255, 0.6) on both: the frontier is deepseek alone.
    expect(body.frontiers.find((f: { key: string }) => f.key === "CN").models).toEqual(["deepseek-v3"]);
    // Top at 2025-11-01 is mystery-model-x (1330, unpriced); within 30 → ≥ 1300: deepseek for CN, nothing priced for the US.
    const cheapest = (key: string) => body.cheapest.find((s: { key: string }) => s.key === key).points.at(-1);
    expect(cheapest("CN")).toMatchObject({ model: "deepseek-v3", top: 1330 });
    expect(cheapest("US")).toMatchObject({ model: null, value: null });
    expect((await call("price", "/api/v1/lenses/price?date=2020-01-01")).status).toBe(404);
  });

  test("efficiency: five parameter classes per country, and CSV", async () => {
    const body = await json("efficiency", "/api/v1/lenses/efficiency?official=true");
    expect(body.classes.map((c: { label: string }) => c.label)).toEqual(["< 3B", "3–10B", "10–35B", "35–80B", "> 80B"]);
    expect(body.co2.map((s: { key: string }) => s.key)).toEqual(["US", "CN", "europe"]);
    const res = await call("efficiency", "/api/v1/lenses/efficiency?format=csv");
    expect(res.headers.get("content-type")).toMatch(/text\/csv/);
  });
});
