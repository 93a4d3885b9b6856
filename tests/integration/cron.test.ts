import { afterAll, beforeAll, describe, expect, inject, test, vi } from "vitest";
import { createMiniMirror } from "../fixtures/mini-mirror";
import type { MiniMirror } from "../fixtures/mini-mirror";
import { truncateData } from "./db";

const url = inject("databaseUrl");
const SECRET = "a-long-enough-cron-secret";
let mirror: MiniMirror;

beforeAll(async () => {
  mirror = await createMiniMirror();
  await truncateData(url);
});
afterAll(async () => mirror.cleanup());

async function loadRoute(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  return import("@/app/api/cron/ingest/route");
}

const post = (auth?: string) =>
  new Request("http://localhost/api/cron/ingest", { method: "POST", headers: auth ? { authorization: auth } : {} });

describe("POST /api/cron/ingest", () => {
  test("is 404 when CRON_SECRET is unset", async () => {
    const { POST } = await loadRoute({
      CRON_SECRET: undefined,
      DATABASE_URL: url,
      HF_ENDPOINT: mirror.fileEndpoint,
      ARENA_CATALOG_ENDPOINT: mirror.catalogEndpoint,
      GITHUB_API_ENDPOINT: mirror.githubEndpoint,
    });
    const res = await POST(post(`Bearer ${SECRET}`));
    expect(res.status).toBe(404);
  });

  test("is 401 without a token or with a wrong one", async () => {
    const { POST } = await loadRoute({
      CRON_SECRET: SECRET,
      DATABASE_URL: url,
      HF_ENDPOINT: mirror.fileEndpoint,
      ARENA_CATALOG_ENDPOINT: mirror.catalogEndpoint,
      GITHUB_API_ENDPOINT: mirror.githubEndpoint,
    });
    expect((await POST(post())).status).toBe(401);
    expect((await POST(post("Bearer wrong"))).status).toBe(401);
    expect((await POST(post(`Basic ${SECRET}`))).status).toBe(401);
    const body = await (await POST(post(`Bearer ${SECRET}x`))).json();
    expect(body.error.code).toBe("unauthorized");
  });

  test("runs ingestion with the right token and answers with the run summary", async () => {
    const { POST } = await loadRoute({
      CRON_SECRET: SECRET,
      DATABASE_URL: url,
      HF_ENDPOINT: mirror.fileEndpoint,
      ARENA_CATALOG_ENDPOINT: mirror.catalogEndpoint,
      GITHUB_API_ENDPOINT: mirror.githubEndpoint,
    });
    const res = await POST(post(`Bearer ${SECRET}`));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.runs.map((r: { status: string }) => r.status)).toEqual(["succeeded", "succeeded", "succeeded"]);
    expect(body.totals["lmarena-text"].snapshots).toBeGreaterThan(0);
  });
});
