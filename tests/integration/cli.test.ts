import { spawn } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, test } from "vitest";
import { INGEST_LOCK_KEY } from "@/lib/ingest/lock";
import { createMiniMirror, MINI_PRICE_VERSIONS, type MiniMirror, MINI_COUNTS } from "../fixtures/mini-mirror";
import { truncateData } from "./db";

const url = inject("databaseUrl");

function run(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
const lastLine = (s: string) => JSON.parse(s.trim().split("\n").at(-1)!);

let mirror: MiniMirror;
beforeAll(async () => {
  mirror = await createMiniMirror();
});
afterAll(async () => mirror.cleanup());
beforeEach(async () => truncateData(url));

describe("npm run ingest", () => {
  test("--json ends with the run summary and database totals; exit 0, then 0 again with nothing added", async () => {
    const env = {
      DATABASE_URL: url,
      HF_ENDPOINT: mirror.fileEndpoint,
      ARENA_CATALOG_ENDPOINT: mirror.catalogEndpoint,
      GITHUB_API_ENDPOINT: mirror.githubEndpoint,
    };
    const first = await run("scripts/ingest.ts", ["--json"], env);
    expect(first.code, first.stderr).toBe(0);
    const summary = lastLine(first.stdout);
    expect(summary.runs).toEqual([
      {
        source: "lmarena-text",
        board: "lmarena-text",
        status: "succeeded",
        snapshotsAdded: MINI_COUNTS.arenaSnapshots,
        rowsInserted: MINI_COUNTS.arenaEntries + MINI_COUNTS.arenaCategoryEntries,
        rowsRejected: 0,
        error: null,
      },
      {
        source: "hf-open-llm-v2",
        board: "hf-open-llm-v2",
        status: "succeeded",
        snapshotsAdded: MINI_COUNTS.hfSnapshots,
        rowsInserted: MINI_COUNTS.hfEntries,
        rowsRejected: 0,
        error: null,
      },
      {
        source: "lmarena-prices",
        board: null,
        status: "succeeded",
        snapshotsAdded: MINI_PRICE_VERSIONS.length,
        rowsInserted: MINI_PRICE_VERSIONS.reduce((n, v) => n + v.prices.length, 0),
        rowsRejected: 0,
        error: null,
      },
    ]);
    expect(summary.totals["lmarena-text"]).toEqual({
      snapshots: MINI_COUNTS.arenaSnapshots,
      entries: MINI_COUNTS.arenaEntries,
      categoryEntries: MINI_COUNTS.arenaCategoryEntries,
    });
    // Non-TTY progress is plain lines on stderr, with rows/s.
    expect(first.stderr).toMatch(/lmarena-text 2024-01-15: \d+ rows in \d+ ms \(\d+ rows\/s\)/);
    const second = await run("scripts/ingest.ts", ["--json", "--board", "lmarena-text"], env);
    expect(second.code).toBe(0);
    expect(lastLine(second.stdout).runs).toEqual([
      {
        source: "lmarena-text",
        board: "lmarena-text",
        status: "succeeded",
        snapshotsAdded: 0,
        rowsInserted: 0,
        rowsRejected: 0,
        error: null,
      },
    ]);
  });

  test("exits 2 when another run holds the lock, 1 on failure, 2 on a bad flag", async () => {
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    await holder.query("SELECT pg_advisory_lock($1)", [INGEST_LOCK_KEY]);
    const locked = await run("scripts/ingest.ts", ["--json"], {
      DATABASE_URL: url,
      HF_ENDPOINT: mirror.fileEndpoint,
      ARENA_CATALOG_ENDPOINT: mirror.catalogEndpoint,
      GITHUB_API_ENDPOINT: mirror.githubEndpoint,
    });
    await holder.end();
    expect(locked.code).toBe(2);
    expect(lastLine(locked.stdout).runs.map((r: { status: string }) => r.status)).toEqual([
      "skipped",
      "skipped",
      "skipped",
    ]);

    const missing = await run("scripts/ingest.ts", ["--json"], {
      DATABASE_URL: url,
      HF_ENDPOINT: `${mirror.fileEndpoint}/nowhere`,
      ARENA_CATALOG_ENDPOINT: mirror.catalogEndpoint,
      GITHUB_API_ENDPOINT: mirror.githubEndpoint,
    });
    expect(missing.code).toBe(1);
    expect(lastLine(missing.stdout).runs[0].error).toMatch(/nowhere/);

    const bad = await run("scripts/ingest.ts", ["--board", "vision"], { DATABASE_URL: url });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--source must be one of/);
  });
});

describe("npm run attribution:report", () => {
  test("--json lists unattributed groups per board and the registry", async () => {
    await run("scripts/ingest.ts", [], { DATABASE_URL: url, HF_ENDPOINT: mirror.fileEndpoint });
    const report = await run("scripts/attribution-report.ts", ["--json"], { DATABASE_URL: url });
    expect(report.code, report.stderr).toBe(0);
    const body = lastLine(report.stdout);
    expect(body.boards["lmarena-text"].unattributed).toEqual([
      { name: "(no organization: mystery-model-x)", models: 1, bestRank: 1 },
    ]);
    expect(body.boards["hf-open-llm-v2"].unattributed[0]).toMatchObject({
      name: expect.any(String),
      models: expect.any(Number),
    });
    const alibaba = body.organizations.find((o: { slug: string }) => o.slug === "alibaba");
    expect(alibaba).toMatchObject({ country: "CN", namespaces: expect.arrayContaining(["Qwen"]) });
    // Ingest already synced: this sync changes nothing, and says so per mode.
    for (const board of ["lmarena-text", "hf-open-llm-v2"])
      for (const mode of ["developer", "base"]) {
        const m = body.boards[board].modes[mode];
        expect(m.after, `${board} ${mode}`).toEqual(m.before);
        expect(m).toMatchObject({ changedOrganization: 0, changedCountry: 0 });
      }
  });

  test("counts, per board and mode, the models the sync re-attributes (before → after)", async () => {
    await run("scripts/ingest.ts", [], { DATABASE_URL: url, HF_ENDPOINT: mirror.fileEndpoint });
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    let damaged: number;
    let total: number;
    try {
      const counts = await db.query<{ total: number; attributed: number }>(
        `SELECT count(*)::int AS total, count(base_org_id)::int AS attributed FROM model WHERE board_slug = 'hf-open-llm-v2'`,
      );
      ({ total, attributed: damaged } = counts.rows[0]);
      await db.query("UPDATE model SET base_org_id = NULL, base_why = NULL WHERE board_slug = 'hf-open-llm-v2'");
    } finally {
      await db.end();
    }
    expect(damaged).toBeGreaterThan(0);
    const report = await run("scripts/attribution-report.ts", ["--json"], { DATABASE_URL: url });
    expect(report.code, report.stderr).toBe(0);
    const { modes } = lastLine(report.stdout).boards["hf-open-llm-v2"];
    expect(modes.base).toEqual({
      before: { attributed: 0, unattributed: total },
      after: { attributed: damaged, unattributed: total - damaged },
      changedOrganization: damaged,
      changedCountry: damaged,
    });
    expect(modes.developer).toMatchObject({ changedOrganization: 0, changedCountry: 0 });
    const text = await run("scripts/attribution-report.ts", [], { DATABASE_URL: url });
    expect(text.stdout).toMatch(/Models before → after this sync:/);
    expect(text.stdout).toMatch(/hf-open-llm-v2\s+base\s+\d+ → \d+/);
  });
});
