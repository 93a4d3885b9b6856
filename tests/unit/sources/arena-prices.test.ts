import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import {
  arenaPriceSource,
  parsePriceCommits,
  parsePriceTable,
  priceCommitsUrl,
  PRICES_PATH,
  pricesPathAt,
  priceRefCommit,
  priceTableHash,
} from "@/lib/sources/arena-prices";
import type { PlanContext } from "@/lib/sources/source";
import { SourceError } from "@/lib/sources/types";

const row = (key: string, input: unknown, output: unknown, extra: Record<string, unknown> = {}) => ({
  name: key.toUpperCase(),
  model_api_name: key,
  input_token_price: input,
  output_token_price: output,
  organization: "Org",
  license: "Proprietary",
  price_source: "n/a",
  model_source: "",
  ...extra,
});

describe("parsePriceTable", () => {
  test("prices as strings or numbers; blank means listed without a price; rows sorted by key", () => {
    const rows = parsePriceTable(
      [row("b", "2.5", "10"), row("a", 0.5, 3, { hidden: true }), row("c", "", "")],
      "f.json",
    );
    expect(rows.map((r) => [r.modelKey, r.inputPrice, r.outputPrice, r.hidden])).toEqual([
      ["a", 0.5, 3, true],
      ["b", 2.5, 10, null],
      ["c", null, null, null],
    ]);
    expect(rows[0].modelSource).toBeNull();
  });

  test("a bad price names the file, row, field and value, and every bad row is counted", () => {
    let error: unknown;
    try {
      parsePriceTable([row("a", "1", "2"), row("b", "cheap", "2"), row("c", -1, "2")], "f.json");
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toBe(
      'f.json: row 1: field "input_token_price" is not a price (a non-negative number) (value: "cheap") (and 1 more invalid row)',
    );
    expect((error as SourceError).rejectedRows).toBe(2);
  });

  test("a key listed twice is an error; a non-array is an error", () => {
    expect(() => parsePriceTable([row("a", "1", "2"), row("a", "1", "3")], "f.json")).toThrow(
      /row 1: model_api_name "a" is listed twice/,
    );
    expect(() => parsePriceTable({ a: 1 }, "f.json")).toThrow(/expected a JSON array/);
  });

  test("the hash follows the content, not the order", () => {
    const a = parsePriceTable([row("a", "1", "2"), row("b", "1", "2")], "f");
    const b = parsePriceTable([row("b", "1", "2"), row("a", "1", "2")], "f");
    expect(priceTableHash(a)).toBe(priceTableHash(b));
    expect(priceTableHash(a)).not.toBe(
      priceTableHash(parsePriceTable([row("a", "1", "2.5"), row("b", "1", "2")], "f")),
    );
  });
});

describe("arenaPriceSource", () => {
  const ctx = (endpoint: string, stored: PlanContext["stored"] = []): PlanContext => ({
    endpoints: { hub: {}, catalog: { endpoint } },
    stored,
    lastRunFailed: false,
    today: "2026-12-01",
    note: () => {},
  });

  test("plans today's table unless today's is stored, and reads it from a file:// base", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "catalog-"));
    try {
      await mkdir(path.dirname(path.join(root, PRICES_PATH)), { recursive: true });
      await writeFile(path.join(root, PRICES_PATH), JSON.stringify([row("x", "1", "4")]));
      const c = ctx(pathToFileURL(root).toString());
      const items = await arenaPriceSource.plan(c);
      expect(items).toEqual([{ date: "2026-12-01", sha: null }]);
      const payload = await arenaPriceSource.load(items[0], c);
      expect(payload).toMatchObject({
        kind: "prices",
        table: {
          date: "2026-12-01",
          source: "lmarena-prices",
          rows: [{ modelKey: "x", inputPrice: 1, outputPrice: 4 }],
        },
      });
      const stored = [{ date: "2026-12-01", contentHash: "h", sourceRef: PRICES_PATH, categories: [] }];
      expect(await arenaPriceSource.plan(ctx(c.endpoints.catalog!.endpoint!, stored))).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  const MIRROR = path.resolve(process.cwd(), "../shared/data/mirror/raw.githubusercontent.com");
  test.skipIf(!existsSync(MIRROR))("the real catalog: 141 models, 3 without a price", async () => {
    const payload = await arenaPriceSource.load(
      { date: "2026-12-01", sha: null },
      ctx(pathToFileURL(MIRROR).toString()),
    );
    if (payload.kind !== "prices") throw new Error("expected prices");
    expect(payload.table.rows).toHaveLength(141);
    expect(payload.table.rows.filter((r) => r.inputPrice === null)).toHaveLength(3);
  });
});

/** A GitHub commit-list entry, as `GET /repos/{owner}/{repo}/commits` answers it (fields ingest reads, and a few more). */
const commit = (sha: string, authored: string, committed = authored, message = "update prices") => ({
  sha,
  commit: {
    author: { name: "Someone", date: authored },
    committer: { name: "Someone", date: committed },
    message,
    tree: { sha: "f".repeat(40), url: "https://example.org/tree" },
  },
  url: `https://example.org/commits/${sha}`,
  parents: [],
});
const sha = (c: string) => c.repeat(40);

describe("the price table's commit list", () => {
  test("versions oldest first, dated by the author date's UTC day; a day's last commit replaces the earlier ones", () => {
    // Newest first, as GitHub lists them.
    const versions = parsePriceCommits(
      [
        commit(sha("d"), "2025-03-01T23:59:59Z"),
        commit(sha("c"), "2025-02-01T18:00:00Z"),
        // Authored on 2025-02-01, rebased (committed) later: the author date counts.
        commit(sha("b"), "2025-02-01T09:00:00Z", "2025-02-20T10:00:00Z"),
        // 2025-01-28 in California, 2025-01-29 in UTC.
        commit(sha("a"), "2025-01-28T21:41:03-08:00"),
      ],
      "u",
    );
    expect(versions.map((v) => [v.date, v.sha[0], v.message])).toEqual([
      ["2025-01-29", "a", "update prices"],
      ["2025-02-01", "c", "update prices"],
      ["2025-03-01", "d", "update prices"],
    ]);
    expect(parsePriceCommits([], "u")).toEqual([]);
  });

  test("a bad entry names its index, field and the list's URL", () => {
    expect(() => parsePriceCommits([commit(sha("a"), "2025-01-01T00:00:00Z"), commit("../x", "x")], "L")).toThrow(
      "unexpected commit 1 in the commit list L: sha not a hex commit id",
    );
    expect(() => parsePriceCommits([{ sha: sha("a"), commit: { author: { date: "soon" } } }], "L")).toThrow(
      /commit 0 .*commit\.author\.date not a date/,
    );
    expect(() => parsePriceCommits(["x"], "L")).toThrow(/commit 0 in the commit list L/);
  });

  test("the URL asks for the file's commits over http(s); a file:// mirror is the answer to that one query", () => {
    expect(priceCommitsUrl("https://api.example.org/")).toBe(
      "https://api.example.org/repos/lmarena/arena-catalog/commits?path=data%2Fscatterplot-data.json&per_page=100",
    );
    expect(priceCommitsUrl("file:///m/api")).toBe("file:///m/api/repos/lmarena/arena-catalog/commits");
  });

  test("a snapshot's ref names its commit; the current table's names none", () => {
    expect(priceRefCommit(pricesPathAt(sha("a")))).toBe(sha("a"));
    expect(priceRefCommit(PRICES_PATH)).toBeNull();
    expect(priceRefCommit("lmarena/arena-catalog/../data/scatterplot-data.json")).toBeNull();
  });
});

describe("arenaPriceSource with the history", () => {
  async function fixture(versions: { sha: string; date: string; body: unknown }[], listed = versions) {
    const root = await mkdtemp(path.join(tmpdir(), "prices-history-"));
    const write = async (rel: string, body: unknown) => {
      await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
      await writeFile(path.join(root, rel), typeof body === "string" ? body : JSON.stringify(body));
    };
    for (const v of versions) await write(`catalog/${pricesPathAt(v.sha)}`, v.body);
    await write("catalog/" + PRICES_PATH, versions.at(-1)!.body);
    await write(
      "github/repos/lmarena/arena-catalog/commits",
      [...listed].reverse().map((v) => commit(v.sha, `${v.date}T12:00:00Z`)),
    );
    const base = pathToFileURL(root).toString();
    return { root, catalog: `${base}/catalog`, github: `${base}/github` };
  }
  const ctx = (f: { catalog: string; github: string }, stored: PlanContext["stored"] = [], log: string[] = []) => ({
    endpoints: { hub: {}, catalog: { endpoint: f.catalog }, github: { endpoint: f.github } },
    stored,
    lastRunFailed: false,
    today: "2026-12-01",
    note: (m: string) => log.push(`note: ${m}`),
    warn: (m: string) => log.push(`warn: ${m}`),
  });

  test("plans every version not stored, dated by its commit, and reads each at its commit", async () => {
    const f = await fixture([
      { sha: sha("1"), date: "2025-01-28", body: [row("x", "2", "8")] },
      { sha: sha("2"), date: "2025-03-01", body: [row("x", "1", "4"), row("y", 0.5, 1)] },
    ]);
    try {
      const log: string[] = [];
      const items = await arenaPriceSource.plan(ctx(f, [], log));
      expect(items).toEqual([
        { date: "2025-01-28", sha: sha("1") },
        { date: "2025-03-01", sha: sha("2") },
      ]);
      expect(log).toEqual([
        "note: 2 versions of data/scatterplot-data.json upstream (2025-01-28 … 2025-03-01), 2 not stored yet",
      ]);
      const first = await arenaPriceSource.load(items[0], ctx(f));
      expect(first).toMatchObject({
        kind: "prices",
        table: { date: "2025-01-28", sourceRef: pricesPathAt(sha("1")), rows: [{ modelKey: "x", inputPrice: 2 }] },
      });
      // Stored by commit (or on that date): not planned again.
      const stored = [{ date: "2025-01-28", contentHash: "h", sourceRef: pricesPathAt(sha("1")), categories: [] }];
      expect(await arenaPriceSource.plan(ctx(f, stored))).toEqual([{ date: "2025-03-01", sha: sha("2") }]);
      const sameDay = [{ date: "2025-03-01", contentHash: "h", sourceRef: PRICES_PATH, categories: [] }];
      expect(await arenaPriceSource.plan(ctx(f, [...stored, ...sameDay]))).toEqual([]);
    } finally {
      await rm(f.root, { recursive: true, force: true });
    }
  });

  test("a version that does not parse is left out with a note; a missing file fails its item", async () => {
    const f = await fixture([
      { sha: sha("1"), date: "2025-01-28", body: "{ not json" },
      { sha: sha("2"), date: "2025-02-01", body: [row("x", "cheap", "4")] },
      { sha: sha("3"), date: "2025-03-01", body: [row("x", "1", "4")] },
    ]);
    try {
      const c = ctx(f);
      const [bad, invalid, good] = await arenaPriceSource.plan(c);
      const skipped = await arenaPriceSource.load(bad, c);
      expect(skipped).toMatchObject({ kind: "skip", date: "2025-01-28", note: true });
      expect(skipped.kind === "skip" && skipped.reason).toMatch(
        new RegExp(`^version ${sha("1")} left out: invalid JSON from file:.*${sha("1")}`),
      );
      const rejected = await arenaPriceSource.load(invalid, c);
      expect(rejected.kind === "skip" && rejected.reason).toContain('field "input_token_price" is not a price');
      expect((await arenaPriceSource.load(good, c)).kind).toBe("prices");
      await expect(arenaPriceSource.load({ date: "2025-04-01", sha: sha("4") }, c)).rejects.toThrow(/file not found/);
    } finally {
      await rm(f.root, { recursive: true, force: true });
    }
  });

  test("when the commit list cannot be read: says what failed and what to do, and reads the current table", async () => {
    const f = await fixture([{ sha: sha("1"), date: "2025-01-28", body: [row("x", "2", "8")] }]);
    try {
      const log: string[] = [];
      const c = { ...ctx(f, [], log), endpoints: { ...ctx(f).endpoints, github: { endpoint: `${f.github}-missing` } } };
      expect(await arenaPriceSource.plan(c)).toEqual([{ date: "2026-12-01", sha: null }]);
      expect(log).toHaveLength(1);
      expect(log[0]).toMatch(/^warn: reading the price table's history failed: file not found: .*-missing/);
      expect(log[0]).toContain("To fix: check that GITHUB_API_ENDPOINT points at a mirror");
      expect(log[0]).toContain("The current table (main) is read instead, dated by today.");
      const payload = await arenaPriceSource.load({ date: "2026-12-01", sha: null }, c);
      expect(payload).toMatchObject({ kind: "prices", table: { sourceRef: PRICES_PATH, date: "2026-12-01" } });
      // Today's current table already stored: nothing more.
      const stored = [{ date: "2026-12-01", contentHash: "h", sourceRef: PRICES_PATH, categories: [] }];
      expect(await arenaPriceSource.plan({ ...c, stored })).toEqual([]);
    } finally {
      await rm(f.root, { recursive: true, force: true });
    }
  });

  test("an empty commit list is a failure too; without a GitHub API base, the current table only", async () => {
    const f = await fixture([{ sha: sha("1"), date: "2025-01-28", body: [row("x", "2", "8")] }], []);
    try {
      const log: string[] = [];
      expect(await arenaPriceSource.plan(ctx(f, [], log))).toEqual([{ date: "2026-12-01", sha: null }]);
      expect(log[0]).toMatch(/^warn: .*names no commit of data\/scatterplot-data\.json/);
      const bare = { ...ctx(f), endpoints: { hub: {}, catalog: { endpoint: f.catalog } } };
      expect(await arenaPriceSource.plan(bare)).toEqual([{ date: "2026-12-01", sha: null }]);
    } finally {
      await rm(f.root, { recursive: true, force: true });
    }
  });

  test("over http, GitHub's refusal without a token says to set GITHUB_TOKEN; a token goes to the API only", async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const fakeFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      seen.push({ url: String(input), auth: headers.get("authorization") });
      return new Response("rate limited", { status: 403, statusText: "Forbidden" });
    }) as typeof fetch;
    const log: string[] = [];
    const base = {
      endpoints: {
        hub: {},
        catalog: { endpoint: "file:///nowhere" },
        github: { endpoint: "https://api.example.org", fetch: fakeFetch },
      },
      stored: [],
      lastRunFailed: false,
      today: "2026-12-01",
      note: (m: string) => log.push(`note: ${m}`),
      warn: (m: string) => log.push(`warn: ${m}`),
    };
    await arenaPriceSource.plan(base);
    expect(log[0]).toContain("HTTP 403 Forbidden");
    expect(log[0]).toContain("GitHub allows 60 requests an hour without a token: set GITHUB_TOKEN");
    expect(seen[0]).toEqual({
      url: "https://api.example.org/repos/lmarena/arena-catalog/commits?path=data%2Fscatterplot-data.json&per_page=100",
      auth: null,
    });
    log.length = 0;
    await arenaPriceSource.plan({
      ...base,
      endpoints: { ...base.endpoints, github: { ...base.endpoints.github, token: "ghp_secret_token" } },
    });
    expect(seen[1].auth).toBe("Bearer ghp_secret_token");
    expect(log[0]).toContain("check GITHUB_TOKEN, or run the ingest again later");
  });

  const MIRROR_ROOT = path.resolve(process.cwd(), "../shared/data/mirror");
  test.skipIf(!existsSync(path.join(MIRROR_ROOT, "api.github.com")))(
    "the real history: 21 commits, 19 UTC days, every version parses",
    async () => {
      const f = {
        catalog: pathToFileURL(path.join(MIRROR_ROOT, "raw.githubusercontent.com")).toString(),
        github: pathToFileURL(path.join(MIRROR_ROOT, "api.github.com")).toString(),
      };
      const c = ctx(f);
      const items = await arenaPriceSource.plan(c);
      expect(items).toHaveLength(19);
      expect(items[0]).toEqual({ date: "2025-01-29", sha: "d15d54c77b6d5ecdfaaad3c5e495bab0907cf22e" });
      expect(items.at(-1)).toEqual({ date: "2025-12-17", sha: "a7ae8627e25e91467ce590ed34ab4ef1ba098ec7" });
      const counts = [];
      for (const item of items) {
        const p = await arenaPriceSource.load(item, c);
        if (p.kind !== "prices") throw new Error(`${item.date}: ${p.kind}`);
        counts.push(p.table.rows.length);
      }
      expect(counts[0]).toBe(30);
      expect(counts.at(-1)).toBe(141);
    },
  );
});
