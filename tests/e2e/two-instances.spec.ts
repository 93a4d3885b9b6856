// Two app instances on one PostgreSQL: exactly one ingests (the advisory lock), both serve the new data version
// within 5 s of the ingest, and no response ever mixes two versions.
import { cp, readFile } from "node:fs/promises";
import path from "node:path";
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createHubFixture, type HubFixture } from "../fixtures/hub-fixture";
import { startHubServer, type HubServer } from "../fixtures/hub-server";
import { createMiniMirror, MINI_HF_REVISIONS, type MiniMirror } from "../fixtures/mini-mirror";
import { createTestDatabase, startInstance, type AppInstance, type TestDatabase } from "./app-instance";

const SECRET = "two-instances-cron-secret-0001";
const COMMITS = "api/datasets/open-llm-leaderboard/contents/commits/main";
const NEW_REV = { id: "7".repeat(40), date: "2025-03-20" };

let mirror: MiniMirror;
let grown: HubFixture;
let hub: HubServer;
let db: TestDatabase;
let a: AppInstance;
let b: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  mirror = await createMiniMirror();
  grown = await createHubFixture({});
  await cp(mirror.root, grown.root, { recursive: true });
  const commits = JSON.parse(await readFile(path.join(mirror.root, COMMITS), "utf8")) as unknown[];
  await grown.write(COMMITS, [
    { id: NEW_REV.id, title: "Upload", message: "", date: `${NEW_REV.date}T00:00:00.000Z` },
    ...commits,
  ]);
  const file = await readFile(
    path.join(
      mirror.root,
      `datasets/open-llm-leaderboard/contents/resolve/${MINI_HF_REVISIONS[0].id}/data/train-00000-of-00001.parquet`,
    ),
  );
  await grown.write(`api/datasets/open-llm-leaderboard/contents/tree/${NEW_REV.id}/data`, [
    { type: "file", path: "data/train-00000-of-00001.parquet", oid: "0", size: file.length },
  ]);
  await grown.write(
    `datasets/open-llm-leaderboard/contents/resolve/${NEW_REV.id}/data/train-00000-of-00001.parquet`,
    new Uint8Array(file).buffer,
  );
  hub = await startHubServer(grown.root);
  db = await createTestDatabase("two", { hub: mirror.fileEndpoint, catalog: mirror.catalogEndpoint });
  const env = {
    DATABASE_URL: db.url,
    HF_ENDPOINT: hub.url,
    ARENA_CATALOG_ENDPOINT: `${hub.url}/catalog`,
    GITHUB_API_ENDPOINT: `${hub.url}/github`,
    CRON_SECRET: SECRET,
    RATE_LIMIT: "off",
  };
  [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
});
test.afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await db?.drop();
  await hub?.close();
  await grown?.cleanup();
  await mirror?.cleanup();
});

const version = async (inst: AppInstance) =>
  (await (await fetch(`${inst.base}/api/health`)).json()).dataVersion as number;

test("one ingests, both serve the new version within 5 s, and no response mixes versions", async () => {
  test.setTimeout(240_000);
  const before = await version(a);
  expect(await version(b)).toBe(before);

  // Readers on both instances for the whole test: each answer names its version, and one version has one body.
  const urls = [
    "/api/v1/standings?board=hf-open-llm-v2",
    "/api/v1/boards/hf-open-llm-v2/snapshots",
    "/api/v1/standings?board=hf-open-llm-v2&metric=model-count",
  ];
  const bodies = new Map<string, Set<string>>();
  let reading = true;
  let reads = 0;
  const reader = async (inst: AppInstance) => {
    while (reading) {
      for (const u of urls) {
        const res = await fetch(`${inst.base}${u}`);
        const body = await res.text();
        expect(res.status, body.slice(0, 200)).toBe(200);
        const key = `${u}@${res.headers.get("x-data-version")}`;
        const set = bodies.get(key) ?? new Set<string>();
        set.add(createHash("sha256").update(body).digest("hex"));
        bodies.set(key, set);
        reads += 1;
      }
    }
  };
  const readers = [reader(a), reader(b), reader(a), reader(b)];

  // Both instances are triggered at once, while upstream holds the first listing request open.
  let open!: () => void;
  hub.faults.set(`/${COMMITS}`, { gate: new Promise<void>((r) => (open = r)), times: 1 });
  const post = (inst: AppInstance) =>
    fetch(`${inst.base}/api/cron/ingest`, { method: "POST", headers: { authorization: `Bearer ${SECRET}` } }).then(
      async (r) => ({
        status: r.status,
        body: await r.json(),
      }),
    );
  const pending = [post(a), post(b)];
  const first = await Promise.race(pending);
  expect(first.status).toBe(409); // the loser is turned away at once, while the winner waits upstream
  open();
  const results = await Promise.all(pending);
  const ingestedAt = Date.now();
  const winners = results.filter((r) => !r.body.skipped);
  expect(winners).toHaveLength(1);
  expect(results.filter((r) => r.body.skipped)).toHaveLength(1);
  const hf = winners[0].body.runs.find((r: { source: string }) => r.source === "hf-open-llm-v2");
  expect(hf).toMatchObject({ status: "succeeded", snapshotsAdded: 1 });

  // Both instances move to the new version within 5 s.
  const after = await version(a).then(async (v) => (v > before ? v : Math.max(v, await version(b))));
  const seen: Record<string, number> = {};
  for (const [name, inst] of [
    ["a", a],
    ["b", b],
  ] as const) {
    for (;;) {
      const res = await fetch(`${inst.base}${urls[0]}`);
      const v = Number(res.headers.get("x-data-version"));
      await res.arrayBuffer();
      if (v > before) {
        seen[name] = Date.now() - ingestedAt;
        break;
      }
      expect(Date.now() - ingestedAt, `instance ${name} still serves version ${v}`).toBeLessThan(5000);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  console.log(`[two-instances] versions ${before} → ${after}; new version served after ${JSON.stringify(seen)} ms`);
  expect(after).toBeGreaterThan(before);

  await new Promise((r) => setTimeout(r, 2500));
  reading = false;
  await Promise.all(readers);
  expect(reads).toBeGreaterThan(20);
  // One body per (URL, version): a response never mixes data of two versions.
  for (const [key, set] of bodies) expect(set.size, key).toBe(1);
  const versions = new Set([...bodies.keys()].map((k) => k.split("@")[1]));
  expect(versions.size).toBeGreaterThanOrEqual(2);
});
