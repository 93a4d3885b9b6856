// The explore routes (organizations/{slug}, countries/{key}, search, and alsoOn on models) against a real
// database loaded from the mini mirror, with the numbers checked against plain SQL.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test, vi } from "vitest";
import { runUpdate } from "@/lib/jobs/update";
import { createMiniMirror, MINI_ARENA_DATES } from "../fixtures/mini-mirror";
import { truncateData } from "./db";

vi.mock("server-only", () => ({}));

const url = inject("databaseUrl");
process.env.DATABASE_URL = url;

type Handler = (req: Request, ctx?: { params?: Promise<Record<string, string | string[]>> }) => Promise<Response>;
const routes = {} as Record<"model" | "org" | "country" | "search", Handler>;
let client: pg.Client;

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
  routes.model = (await import("@/app/api/v1/models/[board]/[...key]/route")).GET;
  routes.org = (await import("@/app/api/v1/organizations/[slug]/route")).GET;
  routes.country = (await import("@/app/api/v1/countries/[key]/route")).GET;
  routes.search = (await import("@/app/api/v1/search/route")).GET;
  const { resetReadCaches } = await import("@/lib/reads/memo");
  const { resetResponseCache } = await import("@/lib/api/respond");
  resetReadCaches();
  resetResponseCache();
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

const QWEN_HF = "Qwen_Qwen2.5-72B-Instruct_bfloat16";

describe("models: alsoOn", () => {
  test("the arena's qwen2.5-72b-instruct and HF's Qwen/Qwen2.5-72B-Instruct name each other", async () => {
    const arena = await json("model", "/api/v1/models/lmarena-text/qwen2.5-72b-instruct", {
      board: "lmarena-text",
      key: ["qwen2.5-72b-instruct"],
    });
    expect(arena.alsoOn).toEqual([{ board: "hf-open-llm-v2", key: QWEN_HF }]);
    const hf = await json("model", `/api/v1/models/hf-open-llm-v2/${QWEN_HF}`, {
      board: "hf-open-llm-v2",
      key: [QWEN_HF],
    });
    expect(hf.alsoOn).toEqual([{ board: "lmarena-text", key: "qwen2.5-72b-instruct" }]);
  });

  test("a fine-tune and a different size stay alone", async () => {
    const tune = "MaziyarPanahi_calme-2.4-rys-78b_bfloat16";
    expect(
      (await json("model", `/api/v1/models/hf-open-llm-v2/${tune}`, { board: "hf-open-llm-v2", key: [tune] })).alsoOn,
    ).toEqual([]);
    // The arena has Mixtral 8x7B, the HF board Mixtral 8x22B.
    const mixtral = await json("model", "/api/v1/models/lmarena-text/mixtral-8x7b-instruct-v0.1", {
      board: "lmarena-text",
      key: ["mixtral-8x7b-instruct-v0.1"],
    });
    expect(mixtral.alsoOn).toEqual([]);
  });
});

describe("organizations/{slug}", () => {
  test("models per board and best-rank history agree with SQL", async () => {
    const body = await json("org", "/api/v1/organizations/openai", { slug: "openai" });
    expect(body.organization).toMatchObject({ slug: "openai", name: "OpenAI", country: "US" });
    const models = await sql<{ key: string; best: number; first: string; last: string }>(
      `SELECT m.key, min(e.rank) AS best, to_char(min(s.date), 'YYYY-MM-DD') AS first, to_char(max(s.date), 'YYYY-MM-DD') AS last
       FROM model m JOIN organization o ON o.id = m.developer_org_id JOIN entry e ON e.model_id = m.id JOIN snapshot s ON s.id = e.snapshot_id
       WHERE o.slug = 'openai' AND m.board_slug = 'lmarena-text' GROUP BY m.key ORDER BY best, m.key`,
    );
    expect(models.length).toBe(2);
    expect(body.models["lmarena-text"].map((m: any) => [m.key, m.bestRank, m.firstSeen, m.lastSeen])).toEqual(
      models.map((m) => [m.key, m.best, m.first, m.last]),
    );
    const history = await sql<{ date: string; best: number | null }>(
      `SELECT to_char(s.date, 'YYYY-MM-DD') AS date,
         (SELECT min(e.rank) FROM entry e JOIN model m ON m.id = e.model_id JOIN organization o ON o.id = m.developer_org_id
          WHERE e.snapshot_id = s.id AND o.slug = 'openai') AS best
       FROM snapshot s WHERE s.board_slug = 'lmarena-text' ORDER BY s.date`,
    );
    expect(body.history["lmarena-text"].map((p: any) => [p.date, p.rank])).toEqual(
      history.map((h) => [h.date, h.best]),
    );
    expect(body.history["lmarena-text"].map((p: any) => p.date)).toEqual([...MINI_ARENA_DATES]);
  });

  test("carries the registry's evidence for the country, and the answer matches the OpenAPI document exactly", async () => {
    const { organizationDetailResponse } = await import("@/lib/api/response-schemas");
    const { findOrganization } = await import("@/lib/attribution/registry");
    const { CONTESTED_RULES } = await import("@/lib/attribution/schema");
    for (const slug of ["openai", "google", "mts-ai", "seallms"]) {
      const body = await json("org", `/api/v1/organizations/${slug}`, { slug });
      // Parsing strips keys the document does not declare: equal means no key missing, none extra, every type right.
      expect(organizationDetailResponse.parse(body), slug).toEqual(body);
      const org = findOrganization(slug)!;
      expect(body.organization.source, slug).toEqual(org.source);
      expect(body.organization.contested, slug).toEqual(
        org.contested ? { ...org.contested, ruleText: CONTESTED_RULES[org.contested.rule] } : null,
      );
    }
    const stored = await sql(
      `SELECT count(*)::int AS n FROM organization WHERE source_url IS NULL OR source_kind IS NULL OR source_reviewed_on IS NULL`,
    );
    expect(stored[0].n).toBe(0);
  });

  test("unknown and malformed slugs are 404s in the error shape; CSV lists the models", async () => {
    for (const slug of ["no-such-org", "OpenAI", "a b", "x".repeat(300), "\u0000"]) {
      const res = await call("org", `/api/v1/organizations/${encodeURIComponent(slug)}`, { slug });
      expect(res.status, slug).toBe(404);
      expect((await res.json()).error.code).toBe("not_found");
    }
    const csv = await call("org", "/api/v1/organizations/openai?format=csv", { slug: "openai" });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect((await csv.text()).split(/\r?\n/)[0]).toBe(
      "board,key,name,country,first_seen,last_seen,snapshots,best_rank,best_rank_date",
    );
  });
});

describe("countries/{key}", () => {
  test("a country: organizations, series and leaders", async () => {
    const body = await json("country", "/api/v1/countries/cn", { key: "cn" });
    expect(body).toMatchObject({ key: "CN", label: "China", kind: "country", members: [] });
    expect(body.organizations.map((o: any) => o.slug).sort()).toEqual(["01-ai", "alibaba", "deepseek", "zhipu-ai"]);
    const arena = body.boards.find((b: any) => b.board === "lmarena-text");
    expect(arena.bestRank.map((p: any) => p.date)).toEqual([...MINI_ARENA_DATES]);
    const best = await sql<{ best: number }>(
      `SELECT min(e.rank) AS best FROM entry e JOIN snapshot s ON s.id = e.snapshot_id JOIN model m ON m.id = e.model_id
       JOIN organization o ON o.id = m.developer_org_id WHERE s.board_slug = 'lmarena-text' AND s.date = $1 AND o.country = 'CN'`,
      [MINI_ARENA_DATES.at(-1)],
    );
    expect(arena.bestRank.at(-1).value).toBe(best[0].best);
    expect(arena.asOf).toBe(MINI_ARENA_DATES.at(-1));
    expect(arena.leading.length).toBeGreaterThan(0);
    expect(arena.leading.every((r: any) => r.country === "CN")).toBe(true);
    expect(arena.leading.map((r: any) => r.rank)).toEqual(
      [...arena.leading.map((r: any) => r.rank)].sort((a: number, b: number) => a - b),
    );
    // "Best placed now" and the series count one population, the milestones' one: every row on the arena, the
    // official providers' rows (ranked among themselves) on the retired Open LLM Leaderboard.
    expect(arena).toMatchObject({ population: { official: false }, retiredOn: null });
    expect(arena.bestRank.at(-1).value).toBe(arena.leading[0].rank);
    const hf = body.boards.find((b: any) => b.board === "hf-open-llm-v2");
    expect(hf).toMatchObject({
      population: { official: true, label: expect.stringMatching(/official/) },
      retiredOn: "2025-03-21",
    });
    expect(hf.leading.length).toBeGreaterThan(0);
    expect(hf.leading.every((r: any) => r.official === true)).toBe(true);
    expect(hf.bestRank.at(-1).value).toBe(hf.leading[0].rank);
  });

  test("groups list their members present in the data; unknown collects the unattributed", async () => {
    const europe = await json("country", "/api/v1/countries/europe", { key: "europe" });
    expect(europe.kind).toBe("group");
    expect(europe.members).toContain("FR");
    expect(europe.members).not.toContain("US");
    const unknown = await json("country", "/api/v1/countries/unknown", { key: "unknown" });
    const arena = unknown.boards.find((b: any) => b.board === "lmarena-text");
    expect(arena.leading.map((r: any) => r.model)).toEqual(["mystery-model-x"]);
  });

  test("not a key, or a country the data does not know: 404", async () => {
    for (const key of ["XX", "narnia", "ZW", "", "eu rope"]) {
      const res = await call("country", `/api/v1/countries/${encodeURIComponent(key)}`, { key });
      expect(res.status, key).toBe(404);
      expect((await res.json()).error.code).toBe("not_found");
    }
  });
});

describe("search", () => {
  test("finds models on both boards, organizations and countries, each with its page", async () => {
    const body = await json("search", "/api/v1/search?q=qwen");
    const types = new Set(body.results.map((r: any) => `${r.type}:${r.board ?? ""}`));
    expect(types).toContain("model:lmarena-text");
    expect(types).toContain("model:hf-open-llm-v2");
    expect(types).toContain("organization:");
    const hf = body.results.find((r: any) => r.key === QWEN_HF);
    expect(hf).toMatchObject({
      type: "model",
      board: "hf-open-llm-v2",
      label: "Qwen/Qwen2.5-72B-Instruct",
      country: "CN",
      href: `/models/hf-open-llm-v2/${QWEN_HF}`,
    });
    const china = (await json("search", "/api/v1/search?q=china")).results[0];
    expect(china).toEqual({ type: "country", key: "CN", label: "China", country: "CN", href: "/countries/CN" });
  });

  test("fuzzy on names and aliases; limit; nothing for no match or a blank query", async () => {
    expect((await json("search", "/api/v1/search?q=antropic")).results[0]).toMatchObject({
      type: "organization",
      key: "anthropic",
    });
    expect((await json("search", "/api/v1/search?q=Facebook")).results[0]).toMatchObject({
      type: "organization",
      key: "meta",
    });
    expect((await json("search", "/api/v1/search?q=qwen&limit=1")).results).toHaveLength(1);
    expect((await json("search", "/api/v1/search?q=zzqqxxyy")).results).toEqual([]);
    expect((await json("search", "/api/v1/search")).results).toEqual([]);
  });

  test("bad parameters are 400s naming them; repeat GETs get a 304", async () => {
    for (const qs of ["limit=0", "limit=51", "limit=abc", `q=${"a".repeat(201)}`, "q=a&q=b"]) {
      const res = await call("search", `/api/v1/search?${qs}`);
      expect(res.status, qs).toBe(400);
      expect((await res.json()).error.code).toBe("invalid_parameter");
    }
    const first = await call("search", "/api/v1/search?q=meta");
    const etag = first.headers.get("etag")!;
    expect(etag).toBeTruthy();
    expect((await call("search", "/api/v1/search?q=meta", {}, { "If-None-Match": etag })).status).toBe(304);
    const org = await call("org", "/api/v1/organizations/meta", { slug: "meta" });
    expect(
      (await call("org", "/api/v1/organizations/meta", { slug: "meta" }, { "If-None-Match": org.headers.get("etag")! }))
        .status,
    ).toBe(304);
  });
});
