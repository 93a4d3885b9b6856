// GET /api/v1/scoreboard against a database loaded from the mini mirror with every arena: its answer validates
// against the schema the OpenAPI document publishes, each row agrees with the gap and standings answers of its board,
// bad pairs are a 400 naming the parameter, and the CSV links its metadata sidecar.
import { afterAll, beforeAll, describe, expect, inject, test, vi } from "vitest";
import { boardInfo } from "@/lib/boards/info";
import { runUpdate } from "@/lib/jobs/update";
import { fileMetadata, scoreboardResponse } from "@/lib/api/response-schemas";
import type { ScoreboardResponse } from "@/lib/standings/scoreboard";
import { createMiniMirror } from "../fixtures/mini-mirror";
import { truncateData } from "./db";

vi.mock("server-only", () => ({}));

const url = inject("databaseUrl");
process.env.DATABASE_URL = url;

type Handler = (req: Request, ctx?: { params?: Promise<Record<string, string | string[]>> }) => Promise<Response>;
const routes = {} as Record<"scoreboard" | "sidecar" | "boards" | "gap" | "standings", Handler>;

beforeAll(async () => {
  await truncateData(url);
  const mirror = await createMiniMirror({ allArenas: true });
  try {
    await runUpdate({ connectionString: url, trigger: "test", hub: { endpoint: mirror.fileEndpoint } });
  } finally {
    await mirror.cleanup();
  }
  routes.scoreboard = (await import("@/app/api/v1/scoreboard/route")).GET;
  routes.sidecar = (await import("@/app/api/v1/scoreboard/metadata.json/route")).GET;
  routes.boards = (await import("@/app/api/v1/boards/route")).GET;
  routes.gap = (await import("@/app/api/v1/gap/route")).GET;
  routes.standings = (await import("@/app/api/v1/standings/route")).GET;
  const { resetReadCaches } = await import("@/lib/reads/memo");
  const { resetResponseCache } = await import("@/lib/api/respond");
  resetReadCaches();
  resetResponseCache();
});
afterAll(async () => truncateData(url));

const call = (route: keyof typeof routes, path: string) => routes[route](new Request(`http://localhost${path}`));
async function json<T = unknown>(route: keyof typeof routes, path: string): Promise<T> {
  const res = await call(route, path);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
}

describe("GET /api/v1/scoreboard", () => {
  test("one row per stored board, in the boards' order, valid against the published schema", async () => {
    const body = await json<ScoreboardResponse>("scoreboard", "/api/v1/scoreboard");
    expect(scoreboardResponse.strict().safeParse(body).success).toBe(true);
    scoreboardResponse.parse(body);
    const boards = await json<{ slug: string; last: string; retiredOn: string | null }[]>("boards", "/api/v1/boards");
    expect(body.rows.map((r) => r.board)).toEqual(boards.map((b) => b.slug));
    expect(boards.length).toBeGreaterThanOrEqual(5);
    expect(body.rows.every((r) => r.category === "overall")).toBe(true);
    for (const b of boards) {
      const row = body.rows.find((r) => r.board === b.slug)!;
      expect(row.asOf).toBe(b.last);
      expect(row.retiredOn).toBe(b.retiredOn);
    }
    expect(body.rows.some((r) => r.retiredOn !== null)).toBe(true);
    expect([body.a, body.b, body.also]).toEqual(["US", "CN", ["europe"]]);
  });

  test("each row agrees with its board's gap and standings answers on its date", async () => {
    const body = await json<ScoreboardResponse>("scoreboard", "/api/v1/scoreboard?a=CN&b=US&also=europe~DE");
    type GapBody = {
      points: {
        date: string;
        absolute: number | null;
        relative: number | null;
        significant: boolean | null;
        a: { model: string | null };
      }[];
    };
    type StandingsBody = { series: { key: string; points: { date: string; value: number | null }[] }[] };
    for (const row of body.rows) {
      const official = boardInfo(row.board).hasOfficial ? "&official=true" : "";
      const gap = await json<GapBody>("gap", `/api/v1/gap?board=${row.board}&a=CN&b=US${official}`);
      const last = gap.points.at(-1)!;
      expect(last.date).toBe(row.asOf);
      expect(row.gap.points).toBe(last.absolute);
      expect(row.gap.percent).toBe(last.relative);
      expect(row.gap.significant).toBe(last.significant);
      expect(row.trend.map((p) => p.points)).toEqual(gap.points.map((p) => p.absolute));
      expect(row.sides[0].model).toBe(last.a.model);
      const ranks = await json<StandingsBody>(
        "standings",
        `/api/v1/standings?board=${row.board}&metric=best-rank&countries=CN~US~europe~DE&from=${row.asOf}${official}`,
      );
      expect(row.sides.map((s) => [s.key, s.bestRank])).toEqual(
        ranks.series.map((s) => [s.key, s.points.at(-1)!.value]),
      );
      const scored = row.sides.filter((s) => s.score !== null);
      if (scored.length) expect(row.leader!.score).toBe(Math.max(...scored.map((s) => s.score!)));
    }
  });

  test("categories=true adds each board's categories after its overall row", async () => {
    const body = await json<ScoreboardResponse>("scoreboard", "/api/v1/scoreboard?categories=true");
    scoreboardResponse.parse(body);
    const text = body.rows.filter((r) => r.board === "lmarena-text").map((r) => r.category);
    expect(text[0]).toBe("overall");
    expect(text).toContain("chinese");
    expect(body.rows.filter((r) => r.board === "hf-open-llm-v2").map((r) => r.category)).toEqual(["overall"]);
  });

  test("a bad country or a pair of one key is a 400 naming the parameter", async () => {
    const bad = await call("scoreboard", "/api/v1/scoreboard?a=XX");
    expect(bad.status).toBe(400);
    const message = ((await bad.json()) as { error: { message: string } }).error.message;
    expect(message).toMatch(/^a: "XX" is not an ISO 3166-1 alpha-2 code or a group \(europe, other, unknown\)/);
    const same = await call("scoreboard", "/api/v1/scoreboard?a=US&b=us");
    expect(same.status).toBe(400);
    expect(((await same.json()) as { error: { message: string } }).error.message).toMatch(/^b: /);
    const flag = await call("scoreboard", "/api/v1/scoreboard?categories=maybe");
    expect(flag.status).toBe(400);
    expect(((await flag.json()) as { error: { message: string } }).error.message).toMatch(/^categories: /);
  });

  test("CSV: one line per row, with the keys' columns, linking its metadata sidecar", async () => {
    const res = await call("scoreboard", "/api/v1/scoreboard?format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/filename="scoreboard-US-CN-\d{4}-\d{2}-\d{2}\.csv"/);
    const link = res.headers.get("link")!;
    expect(link).toBe('</api/v1/scoreboard/metadata.json>; rel="describedby"; type="application/json"');
    const lines = (await res.text()).trimEnd().split("\r\n");
    const header = lines[0].split(",");
    expect(header.slice(0, 4)).toEqual(["board", "category", "retired_on", "as_of"]);
    expect(header).toContain("best_rank_europe");
    const body = await json<ScoreboardResponse>("scoreboard", "/api/v1/scoreboard");
    expect(lines.length - 1).toBe(body.rows.length);

    const meta = await json("sidecar", "/api/v1/scoreboard/metadata.json");
    const m = fileMetadata.parse(meta);
    expect(m.columns.map((c) => c.name)).toEqual(header);
    expect(m.sources.map((s) => s.publisher).sort()).toEqual(["Hugging Face", "LMArena"]);
    expect(m.dataAsOf).toBe(body.asOf);
  });
});
