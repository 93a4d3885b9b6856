// Arenas are data, not code: a default ingest over a mirror whose dataset lists `text`, `vision`, a config no code
// names (`vision_copy`, vision's bytes) and `agent` (other columns) stores three arena boards and the Open LLM
// Leaderboard, skips `agent` with a note in its run record, lists every board at GET /api/v1/boards, and serves
// the new boards like the old ones.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test, vi } from "vitest";
import { runUpdate } from "@/lib/jobs/update";
import { boardList } from "@/lib/api/response-schemas";
import { exportBundle } from "@/lib/ingest/bundle/export";
import { importBundle } from "@/lib/ingest/bundle/import";
import { ARENA_CONFIG_DATES, createArenaConfigsFixture } from "../fixtures/arena-configs";
import type { HubFixture } from "../fixtures/hub-fixture";
import { truncateData } from "./db";

vi.mock("server-only", () => ({}));

const url = inject("databaseUrl");
process.env.DATABASE_URL = url;

type Handler = (req: Request, ctx?: { params?: Promise<Record<string, string | string[]>> }) => Promise<Response>;
const routes = {} as Record<"boards" | "standings" | "categories" | "snapshots", Handler>;
let fixture: HubFixture;
let client: pg.Client;
let first: Awaited<ReturnType<typeof runUpdate>>;
let resetCaches: () => void;

beforeAll(async () => {
  await truncateData(url);
  fixture = await createArenaConfigsFixture();
  first = await runUpdate({ connectionString: url, trigger: "test", hub: { endpoint: fixture.fileEndpoint } });
  client = new pg.Client({ connectionString: url });
  await client.connect();
  routes.boards = (await import("@/app/api/v1/boards/route")).GET;
  routes.standings = (await import("@/app/api/v1/standings/route")).GET;
  routes.categories = (await import("@/app/api/v1/boards/[board]/categories/route")).GET;
  routes.snapshots = (await import("@/app/api/v1/boards/[board]/snapshots/route")).GET;
  const { resetReadCaches } = await import("@/lib/reads/memo");
  const { resetResponseCache } = await import("@/lib/api/respond");
  resetCaches = () => (resetReadCaches(), resetResponseCache());
  resetCaches();
});
afterAll(async () => {
  await client?.end();
  await fixture?.cleanup();
  await truncateData(url);
});

async function call(route: keyof typeof routes, path: string, params: Record<string, string> = {}) {
  const res = await routes[route](new Request(`http://localhost${path}`), { params: Promise.resolve(params) });
  return { status: res.status, body: (await res.json()) as unknown };
}

describe("a default ingest over every config upstream lists", () => {
  test("stores a board per arena config, skips the other columns with a note, and fails nothing", () => {
    expect(first.runs.map((r) => [r.source, r.board, r.status, r.snapshotsAdded])).toEqual([
      ["lmarena-agent", null, "skipped", 0],
      ["lmarena-text", "lmarena-text", "succeeded", 2],
      ["lmarena-vision", "lmarena-vision", "succeeded", 2],
      ["lmarena-vision-copy", "lmarena-vision-copy", "succeeded", 2],
      ["hf-open-llm-v2", "hf-open-llm-v2", "succeeded", 1],
    ]);
    expect(first.runs[0].error).toMatch(
      /^config agent skipped: not a leaderboard of the standard columns: .*lacks rating/,
    );
    expect(first.totals["lmarena-vision-copy"]).toEqual({ snapshots: 2, entries: 6, categoryEntries: 6 });
  });

  test("records the skipped config's note in its run, and lists only boards with data", async () => {
    const runs = await client.query<{ source: string; board_slug: string | null; status: string; error: string }>(
      "SELECT source, board_slug, status, error FROM ingest_run WHERE source = 'lmarena-agent'",
    );
    expect(runs.rows).toEqual([
      { source: "lmarena-agent", board_slug: null, status: "skipped", error: first.runs[0].error },
    ]);
    const boards = await client.query<{ slug: string; name: string }>("SELECT slug, name FROM board ORDER BY slug");
    expect(boards.rows).toEqual([
      { slug: "hf-open-llm-v2", name: "Open LLM Leaderboard v2" },
      { slug: "lmarena-text", name: "LMArena text arena" },
      { slug: "lmarena-vision", name: "LMArena vision arena" },
      { slug: "lmarena-vision-copy", name: "LMArena Vision copy arena" },
    ]);
  });

  test("GET /api/v1/boards lists every board with its facts and date range, as the OpenAPI schema says", async () => {
    const { status, body } = await call("boards", "/api/v1/boards");
    expect(status).toBe(200);
    const list = boardList.parse(body);
    expect(list.map((b) => [b.slug, b.curated, b.snapshots, b.first, b.last])).toEqual([
      ["lmarena-text", true, 2, ...ARENA_CONFIG_DATES],
      ["hf-open-llm-v2", true, 1, "2025-03-21", "2025-03-21"],
      ["lmarena-vision", true, 2, ...ARENA_CONFIG_DATES],
      ["lmarena-vision-copy", false, 2, ...ARENA_CONFIG_DATES],
    ]);
    expect(list[3]).toMatchObject({ hasCategories: true, hasCis: true, hasParameters: false, retiredOn: null });
    const csv = await routes.boards(new Request("http://localhost/api/v1/boards?format=csv"));
    expect((await csv.text()).split("\r\n")[4]).toMatch(/^lmarena-vision-copy,LMArena Vision copy arena,/);
  });

  test("serves a new board like a known one, and refuses a config that is no board", async () => {
    const standings = await call("standings", "/api/v1/standings?board=lmarena-vision-copy&metric=best-score");
    expect(standings.status).toBe(200);
    const vision = await call("standings", "/api/v1/standings?board=lmarena-vision&metric=best-score");
    expect((standings.body as { series: unknown }).series).toEqual((vision.body as { series: unknown }).series);
    const categories = await call("categories", "/api/v1/boards/lmarena-vision-copy/categories", {
      board: "lmarena-vision-copy",
    });
    expect((categories.body as { name: string }[]).map((c) => c.name)).toEqual(["overall", "english"]);

    const refused = await call("standings", "/api/v1/standings?board=lmarena-agent");
    expect(refused).toEqual({
      status: 400,
      body: {
        error: {
          code: "invalid_parameter",
          message:
            'board: "lmarena-agent" is not one of lmarena-text, hf-open-llm-v2, lmarena-vision, lmarena-vision-copy',
        },
      },
    });
    const missing = await call("snapshots", "/api/v1/boards/lmarena-agent/snapshots", { board: "lmarena-agent" });
    expect(missing.status).toBe(404);
    const absent = await call("standings", "/api/v1/standings");
    expect((absent.body as { error: { message: string } }).error.message).toBe(
      "board: is required; one of lmarena-text, hf-open-llm-v2, lmarena-vision, lmarena-vision-copy",
    );
  });

  test("a second run adds nothing and notes the skipped config again", async () => {
    const second = await runUpdate({ connectionString: url, trigger: "test", hub: { endpoint: fixture.fileEndpoint } });
    expect(second.runs.map((r) => [r.source, r.status, r.snapshotsAdded])).toEqual([
      ["lmarena-agent", "skipped", 0],
      ["lmarena-text", "succeeded", 0],
      ["lmarena-vision", "succeeded", 0],
      ["lmarena-vision-copy", "succeeded", 0],
      ["hf-open-llm-v2", "succeeded", 0],
    ]);
  });

  test("a config list that cannot be read fails every stored arena board's run and keeps its data", async () => {
    await fixture.write("api/datasets/lmarena-ai/leaderboard-dataset/revision/main", "not json");
    const broken = await runUpdate({ connectionString: url, trigger: "test", hub: { endpoint: fixture.fileEndpoint } });
    expect(broken.runs.map((r) => [r.source, r.board, r.status])).toEqual([
      ["lmarena-text", "lmarena-text", "failed"],
      ["lmarena-vision", "lmarena-vision", "failed"],
      ["lmarena-vision-copy", "lmarena-vision-copy", "failed"],
      ["hf-open-llm-v2", "hf-open-llm-v2", "succeeded"],
    ]);
    expect(broken.runs[0].error).toMatch(/^reading the list of boards failed: invalid JSON from file:/);
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM snapshot");
    expect(Number(rows[0].n)).toBe(7);
  });

  test("a bundle carries the new boards into a database that has never listed them", async () => {
    const { file, summary } = await exportBundle(client);
    expect(summary.boards.map((b) => b.board)).toEqual([
      "hf-open-llm-v2",
      "lmarena-text",
      "lmarena-vision",
      "lmarena-vision-copy",
    ]);
    await truncateData(url);
    const imported = await importBundle(file, { connectionString: url });
    expect(imported.sources.map((s) => [s.source, s.status, s.snapshotsAdded])).toEqual([
      ["hf-open-llm-v2", "succeeded", 1],
      ["lmarena-text", "succeeded", 2],
      ["lmarena-vision", "succeeded", 2],
      ["lmarena-vision-copy", "succeeded", 2],
    ]);
    const { rows } = await client.query<{ slug: string }>("SELECT slug FROM board ORDER BY slug");
    expect(rows.map((r) => r.slug)).toEqual([
      "hf-open-llm-v2",
      "lmarena-text",
      "lmarena-vision",
      "lmarena-vision-copy",
    ]);
  });
});
