// npm run golden:api -- --out FILE [--reuse-db --database-url URL | --database-url URL --keep-db] [--port N]
//                        [--mirror DIR] [--bodies DIR]
// A behaviour snapshot of API v1 ("golden file"): starts the production server (scripts/server.mjs, through
// startBenchServer: rate limit and ingestion off) on a database holding the whole shared mirror, requests a fixed list
// of a few hundred URLs generated from the app's own answers (the OpenAPI document's enums, the boards' snapshot
// dates and categories, the organizations, the ranking tables' models), and writes one line per URL:
//   url <TAB> status <TAB> content-type <TAB> sha256(body)
// Beside FILE: FILE.etags (url <TAB> ETag; these change with the data version), FILE.headers (url <TAB> the other
// headers that are behaviour: Cache-Control, Content-Disposition, Link), FILE.masked (url <TAB> sha256 of the body
// with the fields that change from run to run masked: the metadata sidecars' "accessed" date, which is the day of
// the request, and `updatedAt`, the newest snapshot's ingestion time, which a fresh load changes) and FILE.meta.json.
// Compare two runs with scripts/api-golden-compare.ts (npm run golden:compare -- A B).
//
// Database: by default a new database is created on the local PostgreSQL (--database-url names it; it must not
// exist), migrated (scripts/migrate.ts) and loaded from the mirror with the ingest CLI (scripts/ingest.ts: every
// source, i.e. both boards and the price table), and dropped afterwards unless --keep-db. With --reuse-db the
// database --database-url names is used as it is (it must already hold the mirror), so two builds are compared on
// exactly the same rows. Prefer it for A/B: a fresh load stamps `updatedAt` (masked, see above) and dates the price
// snapshot by the day it ran (the price lens's `priceDate`, not masked: it is data), so two fresh loads agree only on
// the same day, and only after masking. Needs a production build (`npm run build`) first.
//
// Nothing here imports lib/: the URL list comes from the server's answers, and the loading goes through the app's
// own CLIs, so the script runs unchanged on both sides of a refactor that moves lib/'s files.
// Over 400 lines on purpose: a one-file developer script (not shipped): the URL list, the requests and the report.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { startBenchServer, type BenchServer } from "./lib/bench-server";

const root = path.resolve(import.meta.dirname, "..");
/** A fixed public origin, so absolute links (the feed, citations) do not depend on the port. */
const SITE_URL = "http://golden.invalid";
const DEFAULT_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres";

/** A refusal or a failed precondition: reported in one line, after the server and a created database are cleaned up. */
class GoldenError extends Error {}

function fail(message: string): never {
  throw new GoldenError(message);
}

const usage = `usage: npm run golden:api -- --out FILE [--port 4600] [--mirror DIR] [--bodies DIR]
         (fresh load)  [--database-url postgresql://…/NEW_DB] [--keep-db]
         (reuse)       --reuse-db --database-url postgresql://…/LOADED_DB`;

// ---------------------------------------------------------------------------------------------------------------
// Database

const dbName = (url: string) => decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
function adminUrlOf(url: string): string {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function databaseExists(url: string): Promise<boolean> {
  return withClient(
    adminUrlOf(url),
    async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [dbName(url)])).rows.length > 0,
  );
}

async function describeDb(
  url: string,
): Promise<{ snapshots: Record<string, number>; priceSnapshots: number; dataVersion: number | null }> {
  return withClient(url, async (c) => {
    const bySlug = await c.query<{ slug: string; n: string }>(
      "SELECT b.slug, count(s.id) AS n FROM board b LEFT JOIN snapshot s ON s.board_slug = b.slug GROUP BY b.slug ORDER BY b.slug",
    );
    const prices = await c
      .query<{ n: string }>("SELECT count(*) AS n FROM price_snapshot")
      .catch(() => ({ rows: [{ n: "-1" }] }));
    const version = await c
      .query<{ version: string }>("SELECT version FROM data_version WHERE id = 1")
      .catch(() => ({ rows: [] as { version: string }[] }));
    return {
      snapshots: Object.fromEntries(bySlug.rows.map((r) => [r.slug, Number(r.n)])),
      priceSnapshots: Number(prices.rows[0]?.n ?? -1),
      dataVersion: version.rows[0] ? Number(version.rows[0].version) : null,
    };
  });
}

/** Runs one of the app's CLIs (scripts/*.ts) with tsx, as `npm run` does; fails on a non-zero exit. */
function runCli(script: string, args: string[], env: Record<string, string>): void {
  const clean = { ...process.env };
  for (const k of [
    "DATABASE_URL",
    "HF_ENDPOINT",
    "ARENA_CATALOG_ENDPOINT",
    "GITHUB_API_ENDPOINT",
    "GITHUB_TOKEN",
    "HF_TOKEN",
    "INGEST_SCHEDULE",
  ])
    delete clean[k];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: root,
    env: { ...clean, ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  if (r.status !== 0) fail(`${script} ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
  console.error(`golden:api: ${script} done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

/** The mirror's three hosts (README.md of the mirror), or a refusal naming what is missing. */
function mirrorDirs(mirror: string): MirrorDirs {
  const hub = path.join(mirror, "huggingface.co");
  const catalog = path.join(mirror, "raw.githubusercontent.com");
  const github = path.join(mirror, "api.github.com");
  for (const dir of [hub, catalog, github]) {
    if (!existsSync(dir))
      fail(
        `no mirror at ${dir}: the shared data (../shared/data/mirror, see its README.md) is needed to load the database; pass --mirror DIR, or --reuse-db with a loaded database.`,
      );
  }
  return { hub, catalog, github };
}
type MirrorDirs = { hub: string; catalog: string; github: string };

async function createDb(url: string): Promise<void> {
  await withClient(adminUrlOf(url), (c) => c.query(`CREATE DATABASE "${dbName(url).replaceAll('"', '""')}"`));
}

/** Migrations and reference data, then every source from the mirror: what `npm run db:migrate && npm run ingest` do. */
function loadMirror(url: string, dirs: MirrorDirs): void {
  runCli("scripts/migrate.ts", [], { DATABASE_URL: url });
  runCli("scripts/ingest.ts", ["--source", "all"], {
    DATABASE_URL: url,
    HF_ENDPOINT: pathToFileURL(dirs.hub).toString(),
    ARENA_CATALOG_ENDPOINT: pathToFileURL(dirs.catalog).toString(),
    GITHUB_API_ENDPOINT: pathToFileURL(dirs.github).toString(),
  });
}

async function dropDb(url: string): Promise<void> {
  await withClient(adminUrlOf(url), (c) =>
    c.query(`DROP DATABASE IF EXISTS "${dbName(url).replaceAll('"', '""')}" WITH (FORCE)`),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Requests

interface Answer {
  url: string;
  status: number;
  contentType: string;
  etag: string;
  headers: string;
  sha256: string;
  masked: string;
  body: Buffer;
}

const sha256 = (b: Buffer | string) => createHash("sha256").update(b).digest("hex");

/**
 * What changes between two runs of the same code on the same data: the sidecars' "accessed" date (the day of the
 * request, in the citation text and BibTeX too) and `updatedAt` (when the newest snapshot was ingested).
 */
function maskVolatile(body: string): string {
  return body
    .replace(/"updatedAt":"[^"]*"/g, '"updatedAt":"*"')
    .replace(/("accessed":\s*")\d{4}-\d{2}-\d{2}"/g, '$1*"')
    .replace(/accessed \d{4}-\d{2}-\d{2}/g, "accessed *");
}

const TEXTUAL = /^(application\/(json|atom\+xml|xml)|text\/)/;

class Recorder {
  readonly answers = new Map<string, Answer>();
  constructor(
    private base: string,
    private bodiesDir: string | null,
  ) {}

  async get(url: string): Promise<Answer> {
    const known = this.answers.get(url);
    if (known) return known;
    const res = await fetch(this.base + url, {
      headers: { "accept-encoding": "identity", accept: "*/*" },
      redirect: "manual",
    });
    const body = Buffer.from(await res.arrayBuffer());
    const contentType = res.headers.get("content-type") ?? "-";
    const h = (name: string) => res.headers.get(name) ?? "-";
    const answer: Answer = {
      url,
      status: res.status,
      contentType,
      etag: h("etag"),
      headers: [
        `cache-control=${h("cache-control")}`,
        `content-disposition=${h("content-disposition")}`,
        `link=${h("link")}`,
      ].join("\t"),
      sha256: sha256(body),
      masked: TEXTUAL.test(contentType) ? sha256(maskVolatile(body.toString("utf8"))) : sha256(body),
      body,
    };
    this.answers.set(url, answer);
    if (this.bodiesDir)
      await writeFile(path.join(this.bodiesDir, `${String(this.answers.size).padStart(4, "0")}.body`), body);
    if (this.answers.size % 50 === 0) console.error(`golden:api: ${this.answers.size} URLs…`);
    return answer;
  }

  /** A discovery request: the list is built from its answer, so anything but a 200 with JSON stops the run. */
  async json<T>(url: string): Promise<T> {
    const a = await this.get(url);
    if (a.status !== 200) fail(`${url} answered ${a.status}: ${a.body.toString("utf8").slice(0, 300)}`);
    return JSON.parse(a.body.toString("utf8")) as T;
  }

  // Answers are dropped from memory as they come; only the hashes are kept (a table can weigh megabytes).
  forgetBodies(): void {
    for (const a of this.answers.values()) a.body = Buffer.alloc(0);
  }
}

/** `path?k=v&…` with the values URI-encoded (`~` stays readable, as the app writes it); undefined values left out. */
function u(pathname: string, query: Record<string, string | number | undefined> = {}): string {
  const qs = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join("&");
  return qs ? `${pathname}?${qs}` : pathname;
}

/** `n` items spread evenly over a sorted list (the first always in), in list order. */
function spread<T>(sorted: readonly T[], n: number): T[] {
  if (sorted.length <= n) return [...sorted];
  const picked: T[] = [];
  for (let i = 0; i < n; i++) picked.push(sorted[Math.floor((i * sorted.length) / n)]);
  return picked;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sortedUnique = (xs: Iterable<string>) => [...new Set(xs)].sort(byCodeUnits);
const modelPath = (board: string, key: string) =>
  `/api/v1/models/${board}/${key.split("/").map(encodeURIComponent).join("/")}`;

// ---------------------------------------------------------------------------------------------------------------
// The URL list

type Json = Record<string, unknown>;
interface OpenApiParam {
  name: string;
  schema?: Json;
}

/** The enum values a parameter of an OpenAPI operation accepts (searched through anyOf/oneOf/allOf). */
function enumOf(doc: Json, apiPath: string, param: string): string[] {
  const op = ((doc.paths as Record<string, Json>)[apiPath]?.get ?? null) as { parameters?: OpenApiParam[] } | null;
  const p = op?.parameters?.find((x) => x.name === param);
  const found: string[] = [];
  const walk = (s: unknown) => {
    if (!s || typeof s !== "object") return;
    const o = s as Json;
    if (Array.isArray(o.enum)) found.push(...o.enum.map(String));
    for (const k of ["anyOf", "oneOf", "allOf"]) if (Array.isArray(o[k])) (o[k] as unknown[]).forEach(walk);
  };
  walk(p?.schema);
  if (found.length === 0) fail(`the OpenAPI document lists no values for ${param} of ${apiPath}`);
  return [...new Set(found)];
}

interface Snapshot {
  date: string;
}
interface Category {
  name: string;
  first: string;
  last: string;
}
interface Org {
  slug: string;
  name: string;
  country: string;
  models: Record<string, { developer: number; base: number }>;
}
interface Table {
  rows: { model: string }[];
}

/** Requests the whole list; returns the OpenAPI document it was generated from. */
async function generate(r: Recorder): Promise<Json> {
  const doc = await r.json<Json>("/api/v1/openapi.json");
  const S = "/api/v1/standings";
  // The boards the document lists that this database holds: the document lists every board the release knows, and a
  // database holds those it has ingested (a known board without data answers 404 and is left out of the list).
  const listed = enumOf(doc, S, "board");
  const boards: string[] = [];
  for (const b of listed) if ((await r.get(`/api/v1/boards/${b}/snapshots`)).status === 200) boards.push(b);
  const metrics = enumOf(doc, S, "metric");
  const sorts = enumOf(doc, "/api/v1/boards/{board}/snapshots/{date}", "sort");
  const usesN = (m: string) => m.startsWith("top-n");
  const arena = boards.find((b) => b === "lmarena-text") ?? fail("no lmarena-text board in the OpenAPI document");
  const hf = boards.find((b) => b === "hf-open-llm-v2") ?? fail("no hf-open-llm-v2 board in the OpenAPI document");

  // Discovery: dates and categories per board, the registry.
  const dates: Record<string, string[]> = {};
  const categories: Record<string, Category[]> = {};
  for (const b of boards) {
    dates[b] = (await r.json<Snapshot[]>(`/api/v1/boards/${b}/snapshots`)).map((s) => s.date).sort(byCodeUnits);
    if (dates[b].length === 0) fail(`${b} has no snapshot: the database does not hold the mirror`);
    await r.get(u(`/api/v1/boards/${b}/snapshots`, { format: "csv" }));
    categories[b] = await r.json<Category[]>(`/api/v1/boards/${b}/categories`);
    await r.get(u(`/api/v1/boards/${b}/categories`, { format: "csv" }));
  }
  const at = (b: string, q: number) => dates[b][Math.min(dates[b].length - 1, Math.floor(q * dates[b].length))];
  const pick3 = (b: string) => [dates[b][0], at(b, 0.5), dates[b].at(-1)!];
  const range = (b: string) => ({ from: at(b, 0.25), to: at(b, 0.75) });
  const arenaCats = categories[arena]
    .map((c) => c.name)
    .filter((c) => c !== "overall")
    .sort(byCodeUnits);
  if (arenaCats.length < 2)
    fail(`${arena} has ${arenaCats.length} prompt categories besides overall: the mirror's categories are missing`);
  const sampleCats = spread(arenaCats, 3);
  const catInfo = new Map(categories[arena].map((c) => [c.name, c]));

  // The board list (a route since issue 25; answers 404 on a build before it).
  await r.get("/api/v1/boards");
  await r.get(u("/api/v1/boards", { format: "csv" }));

  const orgs = await r.json<Org[]>("/api/v1/organizations");
  await r.get(u("/api/v1/organizations", { format: "csv" }));
  // Country keys by how many organizations are based there (most first, then by key); US and CN have sets of their own.
  const orgCount = new Map<string, number>();
  for (const o of orgs) orgCount.set(o.country, (orgCount.get(o.country) ?? 0) + 1);
  const isoKeys = [...orgCount.keys()].filter((k) => /^[A-Z]{2}$/.test(k));
  const byOrgs = [...isoKeys].sort((a, b) => orgCount.get(b)! - orgCount.get(a)! || byCodeUnits(a, b));
  const others = byOrgs.filter((k) => k !== "US" && k !== "CN");
  // Three country sets: the default (none given), the five top-level keys, ten further countries with a comma.
  const countrySets = [undefined, "US~CN~europe~other~unknown", others.slice(0, 10).join(",")];
  const wide = countrySets[1];

  // Standings: every board × metric × a few n × the three country sets.
  for (const b of boards) {
    await r.get(u(S, { board: b }));
    for (const m of metrics) {
      for (const n of usesN(m) ? [1, 10, 50] : [undefined]) {
        for (const countries of countrySets) await r.get(u(S, { board: b, metric: m, n, countries }));
      }
    }
    // The population and rank options, each with every metric.
    const options: Record<string, string>[] = [
      { attribution: "base" },
      { license: "open" },
      { license: "proprietary" },
      { official: "true" },
      { rank: "published" },
      range(b),
      { attribution: "base", license: "open", official: "1", rank: "published", from: at(b, 0.5) },
    ];
    for (const opt of options) {
      for (const m of metrics)
        await r.get(u(S, { board: b, metric: m, n: usesN(m) ? 20 : undefined, countries: wide, ...opt }));
    }
    // CSV of each metric, and its metadata sidecar.
    for (const m of metrics) {
      const q = { board: b, metric: m, n: usesN(m) ? 10 : undefined, countries: wide };
      await r.get(u(S, { ...q, format: "csv" }));
      await r.get(u(`${S}/metadata.json`, q));
    }
    await r.get(u(S, { board: b, format: "csv" }));
    await r.get(u(`${S}/metadata.json`, { board: b, attribution: "base", ...range(b), format: "csv" }));
  }
  // Categories on the arena board: every category once, three of them with every metric.
  for (const c of arenaCats) await r.get(u(S, { board: arena, category: c, metric: "best-score", countries: wide }));
  for (const c of sampleCats) {
    for (const m of metrics)
      if (m !== "best-score") await r.get(u(S, { board: arena, category: c, metric: m, n: usesN(m) ? 10 : undefined }));
    await r.get(u(`/api/v1/boards/${arena}/snapshots`, { category: c }));
  }
  await r.get(u(S, { board: arena, category: sampleCats[0], attribution: "base", format: "csv" }));
  await r.get(u(`${S}/metadata.json`, { board: arena, category: sampleCats[0], attribution: "base" }));
  // Deliberate errors: a category the HF board does not have, a bad metric, n out of range, from after to.
  await r.get(u(S, { board: hf, category: sampleCats[0] }));
  await r.get(u(S, { board: arena, metric: "no-such-metric" }));
  await r.get(u(S, { board: arena, metric: "top-n-share", n: 0 }));
  await r.get(u(S, { board: arena, from: at(arena, 0.75), to: at(arena, 0.25) }));
  await r.get(u(S, {}));

  // Gap: pairs of keys per board, then the options.
  const G = "/api/v1/gap";
  const pairs = [
    ["US", "CN"],
    ["US", "europe"],
    ["CN", "europe"],
    ["europe", "other"],
    ["US", "unknown"],
    [others[0], others[1]],
  ];
  for (const b of boards) {
    await r.get(u(G, { board: b }));
    for (const [a, bb] of pairs) await r.get(u(G, { board: b, a, b: bb }));
    const options: Record<string, string>[] = [
      { attribution: "base" },
      { license: "open" },
      { official: "true" },
      range(b),
    ];
    if (b === arena) options.push({ category: sampleCats[1] ?? sampleCats[0] });
    for (const opt of options) await r.get(u(G, { board: b, a: "US", b: "CN", ...opt }));
    for (const q of [
      { board: b, a: "US", b: "CN" },
      { board: b, a: "CN", b: "europe", attribution: "base", ...range(b) },
    ]) {
      await r.get(u(G, { ...q, format: "csv" }));
      await r.get(u(`${G}/metadata.json`, q));
    }
  }
  await r.get(u(G, { board: arena, a: "US", b: "US" }));

  // Snapshot tables: the first, middle and last dates × options; every sort on the last date; CSV and sidecars.
  const models: Record<string, Set<string>> = {};
  for (const b of boards) {
    models[b] = new Set();
    const T = (date: string) => `/api/v1/boards/${b}/snapshots/${date}`;
    for (const date of pick3(b)) {
      const whole = await r.json<Table>(T(date));
      for (const row of whole.rows) models[b].add(row.model);
      const variants: Record<string, string | number>[] = [
        { page: 2 },
        { page: 10_000 },
        { only: "US~CN" },
        { only: "europe" },
        { only: "all", page: 1 },
        { rank: "published" },
        { attribution: "base" },
        { license: "open" },
        { license: "proprietary", sort: "-score" },
        { official: "true" },
      ];
      for (const v of variants) await r.get(u(T(date), v));
      for (const q of [{}, { only: "CN", sort: "-score", attribution: "base" }]) {
        await r.get(u(T(date), { ...q, format: "csv" }));
        await r.get(u(`${T(date)}/metadata.json`, q));
      }
    }
    const last = dates[b].at(-1)!;
    for (const sort of sorts) await r.get(u(T(last), { sort, page: 1 }));
    await r.get(u(T("2000-01-01")));
  }
  for (const c of sampleCats) {
    const last = catInfo.get(c)!.last;
    await r.get(u(`/api/v1/boards/${arena}/snapshots/${last}`, { category: c, page: 1 }));
  }
  await r.get(
    u(`/api/v1/boards/${arena}/snapshots/${catInfo.get(sampleCats[0])!.last}`, {
      category: sampleCats[0],
      format: "csv",
    }),
  );
  await r.get(u(`/api/v1/boards/no-such-board/snapshots/${dates[arena].at(-1)}`));
  await r.get(u(`/api/v1/boards/${arena}/snapshots/2024-13-45`));
  await r.get(u(`/api/v1/boards/${arena}/snapshots/${dates[arena].at(-1)}`, { page: 0 }));
  await r.get(u("/api/v1/boards/no-such-board/categories"));

  // Models: ten spread over the sorted keys of the sampled tables, plus the first two keys with unusual characters.
  for (const b of boards) {
    const keys = sortedUnique(models[b]);
    const odd = keys.filter((k) => /[^A-Za-z0-9._-]/.test(k)).slice(0, 2);
    const chosen = [...new Set([...spread(keys, 10), ...odd])];
    for (const [i, key] of chosen.entries()) {
      await r.get(modelPath(b, key));
      if (i % 3 === 0) {
        await r.get(u(modelPath(b, key), { rank: "published" }));
        await r.get(u(modelPath(b, key), { format: "csv" }));
      }
    }
    await r.get(modelPath(b, "no-such-model-golden"));
  }

  // Organizations: sixteen spread over the sorted slugs, and the five with the most models.
  const slugs = orgs.map((o) => o.slug).sort(byCodeUnits);
  const modelsOf = (o: Org) => Object.values(o.models).reduce((n, m) => n + m.developer, 0);
  const busiest = [...orgs]
    .sort((a, b) => modelsOf(b) - modelsOf(a) || byCodeUnits(a.slug, b.slug))
    .slice(0, 5)
    .map((o) => o.slug);
  const chosenOrgs = [...new Set([...spread(slugs, 16), ...busiest])];
  for (const [i, slug] of chosenOrgs.entries()) {
    await r.get(`/api/v1/organizations/${slug}`);
    if (i % 4 === 0) await r.get(u(`/api/v1/organizations/${slug}`, { format: "csv" }));
  }
  await r.get("/api/v1/organizations/no-such-org-golden");
  await r.get("/api/v1/organizations/Not_A_Slug");

  // Countries: the groups, US and CN, and up to twelve more spread over the sorted keys the registry uses.
  const countryKeys = [...new Set(["europe", "other", "unknown", "US", "CN", ...spread(sortedUnique(isoKeys), 12)])];
  for (const [i, key] of countryKeys.entries()) {
    await r.get(`/api/v1/countries/${key}`);
    if (i % 4 === 0) await r.get(u(`/api/v1/countries/${key}`, { format: "csv" }));
  }
  await r.get("/api/v1/countries/us");
  await r.get("/api/v1/countries/Europe");
  await r.get("/api/v1/countries/ZZ");
  await r.get("/api/v1/countries/AQ");

  // Search: fixed words (bench:explore's), names from the registry and the tables, limits, CSV, errors.
  const Q = "/api/v1/search";
  const words = [
    "qwen",
    "llama 3 70b",
    "mistral",
    "deepsek",
    "gemma-2",
    "china",
    "France",
    "anthropic",
    "gpt-4o",
    "phi 3 mini",
    "yi 34b",
    "hermes",
    "falcon",
    "glm",
    "claude opus",
    "meta",
    "nvidia",
    "internlm",
    "command r",
    "zephyr",
  ];
  const orgNames = spread(orgs.map((o) => o.name).sort(byCodeUnits), 5);
  const modelWords = [...spread(sortedUnique(models[arena]), 3), ...spread(sortedUnique(models[hf]), 3)];
  for (const q of [...words, ...orgNames, ...modelWords]) await r.get(u(Q, { q }));
  await r.get(u(Q));
  await r.get(u(Q, { q: "llama", limit: 1 }));
  await r.get(u(Q, { q: "llama", limit: 50 }));
  for (const q of ["qwen", "china", "anthropic"]) await r.get(u(Q, { q, format: "csv" }));
  await r.get(u(Q, { q: "llama", limit: 0 }));

  // Events and milestones.
  const E = "/api/v1/events";
  await r.get(E);
  await r.get(u(E, { format: "csv" }));
  for (const b of boards) {
    await r.get(u(E, { board: b }));
    await r.get(u(E, { board: b, countries: wide }));
    await r.get(u(E, { board: b, format: "csv" }));
  }
  await r.get(u(E, { countries: countrySets[2] }));
  await r.get(u(E, { board: "no-such-board" }));

  // The lenses, each with its options, CSV and sidecar.
  const L = "/api/v1/lenses";
  const catPairs = [
    [sampleCats[0], sampleCats[1]],
    [sampleCats[1], sampleCats.at(-1)!],
    [arenaCats.at(-1)!, arenaCats[0]],
  ];
  const language: Record<string, string>[] = [
    {},
    ...catPairs.map(([a, b]) => ({ a, b })),
    { countries: countrySets[2]! },
    { rank: "published" },
    { attribution: "base" },
    { license: "open" },
    range(arena),
  ];
  for (const q of language) await r.get(u(`${L}/language`, q));
  for (const q of [{}, { a: catPairs[0][0], b: catPairs[0][1], countries: wide }]) {
    await r.get(u(`${L}/language`, { ...q, format: "csv" }));
    await r.get(u(`${L}/language/metadata.json`, q));
  }
  await r.get(u(`${L}/language`, { a: sampleCats[0], b: sampleCats[0] }));
  await r.get(u(`${L}/language`, { a: "no_such_category_golden" }));
  const price: Record<string, string | number>[] = [
    {},
    ...pick3(arena).map((date) => ({ date })),
    { within: 0 },
    { within: 20 },
    { within: 500 },
    { countries: countrySets[2]! },
    { category: sampleCats[0] },
    { rank: "published" },
    { attribution: "base" },
    { license: "open" },
    range(arena),
  ];
  for (const q of price) await r.get(u(`${L}/price`, q));
  for (const q of [{}, { within: 20, date: at(arena, 0.5), countries: wide }]) {
    await r.get(u(`${L}/price`, { ...q, format: "csv" }));
    await r.get(u(`${L}/price/metadata.json`, q));
  }
  await r.get(u(`${L}/price`, { within: 600 }));
  await r.get(u(`${L}/price`, { date: "2000-01-01" }));
  const efficiency: Record<string, string>[] = [
    {},
    { countries: countrySets[2]! },
    { rank: "published" },
    { attribution: "base" },
    { license: "open" },
    { official: "true" },
    range(hf),
  ];
  for (const q of efficiency) await r.get(u(`${L}/efficiency`, q));
  for (const q of [{}, { official: "true", countries: wide }]) {
    await r.get(u(`${L}/efficiency`, { ...q, format: "csv" }));
    await r.get(u(`${L}/efficiency/metadata.json`, q));
  }
  await r.get(u(`${L}/efficiency`, { board: arena }));

  // The Atom feed of the milestones.
  await r.get("/feed.xml");
  return doc;
}

// ---------------------------------------------------------------------------------------------------------------
// Coverage: every route file under app/api/v1 and every path of the OpenAPI document has at least one URL.

function routeTemplates(): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name), `${rel}/${e.name}`);
      else if (/^route\.tsx?$/.test(e.name))
        out.push(rel.replace(/\[\.\.\.(\w+)\]/g, "{$1}").replace(/\[(\w+)\]/g, "{$1}"));
    }
  };
  walk(path.join(root, "app/api/v1"), "/api/v1");
  return out.sort(byCodeUnits);
}

function coverage(urls: string[], templates: string[]): { template: string; urls: number }[] {
  const paths = urls.map((x) => x.split("?")[0]);
  return templates.map((t) => {
    const re = new RegExp(
      `^${t
        .replace(/[.]/g, "\\.")
        .replace(/\{key\}/g, ".+")
        .replace(/\{\w+\}/g, "[^/]+")}$`,
    );
    return { template: t, urls: paths.filter((p) => re.test(p)).length };
  });
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        out: { type: "string" },
        "database-url": { type: "string" },
        "reuse-db": { type: "boolean", default: false },
        "keep-db": { type: "boolean", default: false },
        port: { type: "string", default: "4600" },
        mirror: { type: "string", default: path.resolve(root, "../shared/data/mirror") },
        bodies: { type: "string" },
      },
    }));
  } catch (err) {
    fail(`${err instanceof Error ? err.message : String(err)}\n${usage}`);
  }
  if (!values.out) fail(`--out is required\n${usage}`);
  const out = path.resolve(values.out);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`--port ${values.port} is not a port`);
  if (!existsSync(path.join(root, ".next/BUILD_ID")))
    fail(`no production build in ${path.join(root, ".next")}: run \`npm run build\` first.`);
  if (values["reuse-db"] && !values["database-url"])
    fail(`--reuse-db needs --database-url naming the loaded database\n${usage}`);
  const url =
    values["database-url"] ?? DEFAULT_ADMIN.replace(/\/postgres$/, `/atlas_golden_${process.pid}_${Date.now()}`);
  if (!/^postgres(ql)?:\/\//.test(url)) fail(`--database-url must be a postgres:// or postgresql:// URL`);

  const timings: Record<string, number> = {};
  const t0 = performance.now();
  let created = false;
  let server: BenchServer | null = null;
  const cleanup = async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill("SIGTERM");
      await new Promise((res) => server!.child.once("exit", res));
    }
    if (created && !values["keep-db"])
      await dropDb(url).catch((err) => console.error(`golden:api: could not drop ${dbName(url)}: ${err}`));
  };
  try {
    if (values["reuse-db"]) {
      if (!(await databaseExists(url)))
        fail(`database ${dbName(url)} does not exist (with --reuse-db it must hold the mirror already).`);
    } else {
      const dirs = mirrorDirs(path.resolve(values.mirror));
      if (await databaseExists(url)) {
        fail(
          `database ${dbName(url)} already exists; pass --reuse-db to use it as it is, or name a new one with --database-url.`,
        );
      }
      await createDb(url);
      created = true;
      console.error(`golden:api: created ${dbName(url)}; loading the whole mirror from ${path.resolve(values.mirror)}`);
      loadMirror(url, dirs);
      timings.loadMs = Math.round(performance.now() - t0);
    }
    const db = await describeDb(url);
    console.error(
      `golden:api: database ${dbName(url)}: snapshots ${JSON.stringify(db.snapshots)}, price snapshots ${db.priceSnapshots}, data version ${db.dataVersion}`,
    );
    if (Object.values(db.snapshots).some((n) => n === 0) || Object.keys(db.snapshots).length === 0) {
      fail(`database ${dbName(url)} lacks a board's snapshots: load the whole mirror (run without --reuse-db).`);
    }

    const tServer = performance.now();
    server = await startBenchServer(port, {
      DATABASE_URL: url,
      DATABASE_KIND: "postgres",
      LOG_LEVEL: "warn",
      SITE_URL,
    }).catch((err: Error) => fail(`the server did not start on port ${port}: ${err.message}`));
    timings.serverStartMs = Math.round(performance.now() - tServer);
    if (values.bodies) await mkdir(values.bodies, { recursive: true });
    const recorder = new Recorder(server.base, values.bodies ? path.resolve(values.bodies) : null);
    const tRequests = performance.now();
    const doc = (await generate(recorder)) as { paths?: Record<string, unknown> };
    timings.requestsMs = Math.round(performance.now() - tRequests);
    recorder.forgetBodies();

    const answers = [...recorder.answers.values()];
    const statuses: Record<string, number> = {};
    for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
    const cov = coverage(
      answers.map((a) => a.url),
      [...routeTemplates(), "/feed.xml"],
    );
    const documented = Object.keys(doc.paths ?? {}).sort(byCodeUnits);
    const routeSet = new Set(cov.map((c) => c.template));
    const undocumented = [...routeSet].filter(
      (t) => t !== "/feed.xml" && t !== "/api/v1/openapi.json" && !documented.includes(t),
    );
    const missingRoutes = documented.filter((p) => !routeSet.has(p));

    await mkdir(path.dirname(out), { recursive: true });
    const lines = (f: (a: Answer) => string) => answers.map((a) => `${a.url}\t${f(a)}\n`).join("");
    await writeFile(
      out,
      lines((a) => `${a.status}\t${a.contentType}\t${a.sha256}`),
    );
    await writeFile(
      `${out}.etags`,
      lines((a) => a.etag),
    );
    await writeFile(
      `${out}.headers`,
      lines((a) => a.headers),
    );
    await writeFile(
      `${out}.masked`,
      lines((a) => a.masked),
    );
    const commit = spawnSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim() || "unknown";
    const dirty =
      spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], {
        cwd: root,
        encoding: "utf8",
      }).stdout.trim() !== "";
    timings.totalMs = Math.round(performance.now() - t0);
    await writeFile(
      `${out}.meta.json`,
      JSON.stringify(
        {
          at: new Date().toISOString(),
          root,
          commit,
          dirty,
          database: dbName(url),
          reused: values["reuse-db"],
          db,
          urls: answers.length,
          statuses,
          coverage: cov,
          undocumented,
          missingRoutes,
          timings,
        },
        null,
        2,
      ) + "\n",
    );

    console.error(`golden:api: ${answers.length} URLs; status counts ${JSON.stringify(statuses)}`);
    for (const c of cov) if (c.urls === 0) console.error(`golden:api: WARNING no URL covers ${c.template}`);
    if (undocumented.length)
      console.error(`golden:api: note: routes not in the OpenAPI document: ${undocumented.join(", ")}`);
    if (missingRoutes.length)
      console.error(`golden:api: WARNING OpenAPI paths with no route file: ${missingRoutes.join(", ")}`);
    console.error(
      `golden:api: wrote ${out} (+ .etags, .headers, .masked, .meta.json) in ${(timings.totalMs / 1000).toFixed(1)} s`,
    );
    if (created && values["keep-db"])
      console.error(`golden:api: kept database ${dbName(url)} (rerun with --reuse-db --database-url ${url})`);
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    if (err instanceof GoldenError) {
      console.error(`golden:api: ${err.message}`);
      process.exit(2);
    }
    console.error(`golden:api failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
