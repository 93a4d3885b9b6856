// One rank everywhere: every API route and page that shows a rank for one model says the same rank on each date,
// the score rank (competition rank by score), on a self-written arena whose published rank follows the arena's CI
// rule (1 + the models whose lower bound beats this one's upper bound), so the two rules disagree and a surface that
// showed the published rank by default would fail here. `rank=published` still gives the published one.
import { afterAll, beforeAll, describe, expect, inject, test, vi } from "vitest";
import { runUpdate } from "@/lib/jobs/update";
import { arenaRow, ARENA_TYPES, createHubFixture, toParquet, type FixtureRow } from "../fixtures/hub-fixture";
import { truncateData } from "./db";

vi.mock("server-only", () => ({}));

const url = inject("databaseUrl");
process.env.DATABASE_URL = url;

const DATES = ["2025-01-15", "2025-02-10", "2025-03-10"] as const;
const KEY = "deepseek-r1";
/** [model, organization, rating per date, CI half-width] */
const MODELS: [string, string, number[], number][] = [
  ["gemini-exp", "Google", [1380, 1385, 1390], 4],
  ["gpt-4o-latest", "OpenAI", [1370, 1372, 1371], 4],
  ["o1", "OpenAI", [1355, 1360, 1362], 4],
  ["claude-3-5-sonnet", "Anthropic", [1345, 1350, 1349], 4],
  [KEY, "DeepSeek", [1290, 1345, 1335], 12],
  ["qwen-max", "Alibaba", [1280, 1302, 1308], 4],
  ["mistral-large", "Mistral", [1310, 1312, 1311], 4],
  ["llama-3-405b", "Meta", [1300, 1305, 1304], 4],
  ["gemma-2-27b", "Google", [1270, 1272, 1271], 4],
];

const rating = (d: number, m: (typeof MODELS)[number]) => m[2][d];
/** Competition rank by score: the site's rule, computed here independently of the app. */
const scoreRank = (d: number, key: string) => {
  const mine = rating(
    d,
    MODELS.find((m) => m[0] === key)!,
  );
  return 1 + MODELS.filter((m) => rating(d, m) > mine).length;
};
/** The arena's CI rule: 1 + the models whose lower bound is above this one's upper bound. */
const publishedRank = (d: number, key: string) => {
  const me = MODELS.find((m) => m[0] === key)!;
  return 1 + MODELS.filter((m) => rating(d, m) - m[3] > rating(d, me) + me[3]).length;
};
const EXPECTED = DATES.map((_, d) => scoreRank(d, KEY));
const PUBLISHED = DATES.map((_, d) => publishedRank(d, KEY));

type Handler = (req: Request, ctx?: { params?: Promise<Record<string, string | string[]>> }) => Promise<Response>;
const routes = {} as Record<"model" | "table" | "standings" | "org" | "country" | "events", Handler>;

async function json<T = any>(
  route: keyof typeof routes,
  path: string,
  params: Record<string, string | string[]> = {},
): Promise<T> {
  const res = await routes[route](new Request(`http://localhost${path}`), { params: Promise.resolve(params) });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.json() as Promise<T>;
}

beforeAll(async () => {
  await truncateData(url);
  const rows: FixtureRow[] = DATES.flatMap((date, d) =>
    MODELS.map((m) =>
      arenaRow(m[0], publishedRank(d, m[0]), date, {
        organization: m[1],
        rating: rating(d, m),
        rating_lower: rating(d, m) - m[3],
        rating_upper: rating(d, m) + m[3],
        vote_count: 5000n,
      }),
    ),
  );
  const bytes = toParquet(rows, ARENA_TYPES);
  const hub = await createHubFixture({
    arena: [
      { path: "text/full-00000-of-00001.parquet", bytes },
      {
        path: "text/latest-00000-of-00001.parquet",
        bytes: toParquet(
          rows.filter((r) => r.leaderboard_publish_date === DATES.at(-1)),
          ARENA_TYPES,
        ),
      },
    ],
  });
  try {
    await runUpdate({
      connectionString: url,
      sources: ["lmarena-text"],
      trigger: "test",
      hub: { endpoint: hub.fileEndpoint },
    });
  } finally {
    await hub.cleanup();
  }
  routes.model = (await import("@/app/api/v1/models/[board]/[...key]/route")).GET;
  routes.table = (await import("@/app/api/v1/boards/[board]/snapshots/[date]/route")).GET;
  routes.standings = (await import("@/app/api/v1/standings/route")).GET;
  routes.org = (await import("@/app/api/v1/organizations/[slug]/route")).GET;
  routes.country = (await import("@/app/api/v1/countries/[key]/route")).GET;
  routes.events = (await import("@/app/api/v1/events/route")).GET;
  const { resetReadCaches } = await import("@/lib/reads/memo");
  const { resetResponseCache } = await import("@/lib/api/respond");
  resetReadCaches();
  resetResponseCache();
}, 120_000);
afterAll(async () => {
  const { prisma } = await import("@/lib/core/db");
  await prisma().$disconnect();
});

describe(`${KEY}'s rank on ${DATES.join(", ")}`, () => {
  test("the fixture makes the two rules disagree (else this test could not fail)", () => {
    expect(EXPECTED).toEqual([7, 5, 5]);
    expect(PUBLISHED).not.toEqual(EXPECTED);
  });

  /** Every surface's rank for the model per date (null where a surface does not show the model that day). */
  async function ranksBySurface(): Promise<Record<string, (number | null)[]>> {
    const byDate = <T>(list: T[], date: (t: T) => string, rank: (t: T) => number | null) =>
      DATES.map((d) => {
        const hit = list.find((t) => date(t) === d);
        return hit === undefined ? null : rank(hit);
      });
    const model = await json("model", `/api/v1/models/lmarena-text/${KEY}`, { board: "lmarena-text", key: [KEY] });
    const tables = await Promise.all(
      DATES.map((date) =>
        json("table", `/api/v1/boards/lmarena-text/snapshots/${date}`, { board: "lmarena-text", date }),
      ),
    );
    const standings = await json("standings", "/api/v1/standings?board=lmarena-text&countries=CN&metric=best-rank");
    const org = await json("org", "/api/v1/organizations/deepseek", { slug: "deepseek" });
    const country = await json("country", "/api/v1/countries/CN", { key: "CN" });
    const events = await json("events", "/api/v1/events?board=lmarena-text&countries=CN");
    const arena = country.boards.find((b: any) => b.board === "lmarena-text");
    const { getModelPageData } = await import("@/lib/reads/entities");
    const page = (await getModelPageData("lmarena-text", KEY))!;
    const { entityShare } = await import("@/lib/view/load/shared-views");
    const preview = (await entityShare(["models", "lmarena-text", KEY]))!;
    const own = (p: { model: string | null }) => p.model === KEY;
    return {
      "models API rank": byDate(
        model.points,
        (p: any) => p.date,
        (p: any) => p.rank,
      ),
      "models API scoreRank": byDate(
        model.points,
        (p: any) => p.date,
        (p: any) => p.scoreRank,
      ),
      "snapshot table rank": tables.map((t) => t.rows.find((r: any) => r.model === KEY)?.rank ?? null),
      "standings best-rank (CN)": byDate(
        standings.series[0].points.filter(own),
        (p: any) => p.date,
        (p: any) => p.value,
      ),
      "organization best-rank history": byDate(
        org.history["lmarena-text"].filter(own),
        (p: any) => p.date,
        (p: any) => p.rank,
      ),
      "country best-rank series": byDate(
        arena.bestRank.filter(own),
        (p: any) => p.date,
        (p: any) => p.value,
      ),
      "country best placed now": DATES.map((d) =>
        d === arena.asOf ? (arena.leading.find((r: any) => r.model === KEY)?.rank ?? null) : null,
      ),
      milestones: byDate(
        events.milestones.filter((m: any) => m.model === KEY && m.qualifiers.rank !== null),
        (m: any) => m.date,
        (m: any) => m.qualifiers.rank,
      ),
      "model page chart and table": byDate(
        page.scoreRanks,
        (p) => p.date,
        (p) => p.rank,
      ),
      "model preview image": byDate(
        preview.spec.series[0].points,
        (p) => p.date,
        (p) => p.value,
      ),
    };
  }

  test("every API route and page that shows the rank agrees with the score rank, on every date it shows", async () => {
    const surfaces = await ranksBySurface();
    for (const [surface, ranks] of Object.entries(surfaces)) {
      ranks.forEach((rank, d) => {
        if (rank !== null) expect(rank, `${surface} on ${DATES[d]}`).toBe(EXPECTED[d]);
      });
    }
    // Each surface shows the model on the dates it should: all three, the newest only, or the milestone's dates.
    const shown = (s: string) => surfaces[s].map((r) => r !== null);
    for (const s of [
      "models API rank",
      "snapshot table rank",
      "standings best-rank (CN)",
      "organization best-rank history",
      "country best-rank series",
      "model page chart and table",
      "model preview image",
    ]) {
      expect(shown(s), s).toEqual([true, true, true]);
    }
    expect(shown("country best placed now")).toEqual([false, false, true]);
    // Into China's first top 5 and ahead of Europe on the second date: both milestones carry the score rank, 5.
    expect(shown("milestones")).toEqual([false, true, false]);
  });

  test("the model's best rank (page summary, organization and country answers) is the best score rank", async () => {
    const best = Math.min(...EXPECTED);
    const org = await json("org", "/api/v1/organizations/deepseek", { slug: "deepseek" });
    expect(org.models["lmarena-text"].find((m: any) => m.key === KEY)).toMatchObject({
      bestRank: best,
      bestRankDate: DATES[1],
    });
    const country = await json("country", "/api/v1/countries/CN", { key: "CN" });
    expect(country.organizations.find((o: any) => o.slug === "deepseek").bestRank["lmarena-text"]).toBe(best);
    // Answers without a rank parameter name the rule their ranks follow.
    const events = await json("events", "/api/v1/events?board=lmarena-text");
    expect([org.rankRule, country.rankRule, events.rankRule]).toEqual(["score", "score", "score"]);
    const { getModelPageData } = await import("@/lib/reads/entities");
    expect((await getModelPageData("lmarena-text", KEY))!.summary).toMatchObject({ bestRank: best });
  });

  test("rank=published still gives the published rank where the parameter exists, and both ranks are named", async () => {
    const model = await json("model", `/api/v1/models/lmarena-text/${KEY}?rank=published`, {
      board: "lmarena-text",
      key: [KEY],
    });
    expect(model.rankRule).toBe("published");
    expect(model.points.map((p: any) => [p.rank, p.publishedRank, p.scoreRank])).toEqual(
      DATES.map((_, d) => [PUBLISHED[d], PUBLISHED[d], EXPECTED[d]]),
    );
    const table = await json("table", `/api/v1/boards/lmarena-text/snapshots/${DATES[1]}?rank=published`, {
      board: "lmarena-text",
      date: DATES[1],
    });
    expect(table.rows.find((r: any) => r.model === KEY)).toMatchObject({
      rank: PUBLISHED[1],
      publishedRank: PUBLISHED[1],
      scoreRank: EXPECTED[1],
    });
    const bad = await routes.model(new Request(`http://localhost/api/v1/models/lmarena-text/${KEY}?rank=elo`), {
      params: Promise.resolve({ board: "lmarena-text", key: [KEY] }),
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/^rank/);
    const standings = await json(
      "standings",
      "/api/v1/standings?board=lmarena-text&countries=CN&metric=best-rank&rank=published",
    );
    expect(standings.series[0].points.map((p: any) => p.value)).toEqual(PUBLISHED);
  });
});
