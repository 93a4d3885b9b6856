import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { fetchHfRevision, listHfRevisions } from "@/lib/sources/hf-open-llm";
import { SourceError } from "@/lib/sources/types";
import { HF_TYPES, createHubFixture, hfRow, toParquet, type HubFixture } from "@/tests/fixtures/hub-fixture";
import { startHubServer, type HubServer } from "@/tests/fixtures/hub-server";

const REV_A = "a".repeat(40); // schema A: Maintainer's Highlight, Official Providers null
const REV_B = "b".repeat(40); // schema B, two shards: Official Providers, no Maintainer's Highlight column
const REV_C = "c".repeat(40); // neither flag column
const REV_BAD = "d".repeat(40);
const REV_TYPE = "e".repeat(40);
const SHARD0 = "data/train-00000-of-00002.parquet";
const SHARD1 = "data/train-00001-of-00002.parquet";
const COMMITS = "/api/datasets/open-llm-leaderboard/contents/commits/main";

const shardB0 = [
  hfRow("org/alpha", 50, { "Official Providers": true, "Hub ❤️": 9007199254740991n, Generation: 3n }),
  hfRow("org/beta", 40, { "Official Providers": false, "Base Model": "org/beta (Merge)", Merged: true }),
];
const shardB1 = [
  hfRow("other/gamma", 50, { "Official Providers": false, "Base Model": "org/alpha" }),
  hfRow("other/delta", 30, { "Official Providers": true, "Base Model": "Removed", "Hub License": null }),
  hfRow("gpt2", 20, { "Official Providers": true, "Base Model": "  " }),
];

let fixture: HubFixture;
let server: HubServer;
beforeAll(async () => {
  fixture = await createHubFixture({
    hf: [
      {
        id: REV_A,
        date: "2024-07-13T00:00:00.000Z",
        shards: [
          {
            path: "data/train-00000-of-00001.parquet",
            bytes: toParquet(
              [
                hfRow("org/alpha", 10, { "Maintainer's Highlight": true }),
                hfRow("org/beta", 12, { "Maintainer's Highlight": false }),
              ],
              HF_TYPES,
            ),
          },
        ],
      },
      {
        id: REV_B,
        date: "2024-08-01T23:30:00-02:00", // 2024-08-02 in UTC
        shards: [
          { path: SHARD0, bytes: toParquet(shardB0, HF_TYPES, ["Maintainer's Highlight"]) },
          { path: SHARD1, bytes: toParquet(shardB1, HF_TYPES, ["Maintainer's Highlight"]) },
        ],
      },
      {
        id: REV_C,
        date: "2024-09-01T00:00:00.000Z",
        shards: [
          {
            path: "data/train-00000-of-00001.parquet",
            bytes: toParquet([hfRow("org/alpha", 1), hfRow("org/alpha", 1)], HF_TYPES, [
              "Maintainer's Highlight",
              "Official Providers",
            ]),
          },
        ],
      },
      {
        id: REV_BAD,
        date: "2024-10-01T00:00:00.000Z",
        shards: [
          {
            path: "data/train-00000-of-00001.parquet",
            bytes: toParquet([hfRow("org/alpha", 1)], HF_TYPES, ["Average ⬆️"]),
          },
        ],
      },
      {
        id: REV_TYPE,
        date: "2024-11-01T00:00:00.000Z",
        shards: [
          {
            path: "data/train-00000-of-00001.parquet",
            bytes: toParquet(
              [hfRow("org/alpha", 1, { "#Params (B)": null }), hfRow("org/beta", 2, { "#Params (B)": "7B" })],
              HF_TYPES,
            ),
          },
        ],
      },
    ],
  });
  server = await startHubServer(fixture.root);
});
afterAll(async () => {
  await server.close();
  await fixture.cleanup();
});
beforeEach(() => server.reset());
const httpOpts = () => ({ endpoint: server.url, backoffMs: 1, timeoutMs: 2000 });

describe("listHfRevisions", () => {
  test("follows Link pagination and sorts oldest first with UTC dates", async () => {
    server.paginate.add(COMMITS);
    const revs = await listHfRevisions(httpOpts());
    expect(server.requests).toEqual([COMMITS, `${COMMITS}?cursor=page2`]);
    expect(revs).toEqual([
      { id: REV_A, date: "2024-07-13", title: "Upload dataset" },
      { id: REV_B, date: "2024-08-02", title: "Upload dataset" },
      { id: REV_C, date: "2024-09-01", title: "Upload dataset" },
      { id: REV_BAD, date: "2024-10-01", title: "Upload dataset" },
      { id: REV_TYPE, date: "2024-11-01", title: "Upload dataset" },
    ]);
  });

  test("file:// lists the same revisions", async () => {
    expect(await listHfRevisions({ endpoint: fixture.fileEndpoint })).toEqual(await listHfRevisions(httpOpts()));
  });
});

describe("fetchHfRevision", () => {
  test("concatenates shards, ranks by score, maps fields", async () => {
    const snap = await fetchHfRevision(httpOpts(), { id: REV_B, date: "2024-08-02" });
    expect(snap.board).toBe("hf-open-llm-v2");
    expect(snap.date).toBe("2024-08-02");
    expect(snap.sourceRef).toBe(`${REV_B}:${SHARD0},${SHARD1}`);
    expect(snap.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const view = snap.rows.map((r) => [r.name, r.rank, r.rankOfficial, r.official, r.baseModel]);
    expect(view).toEqual([
      ["org/alpha", 1, 1, true, null],
      ["other/gamma", 1, null, false, "org/alpha"],
      ["org/beta", 3, null, false, null],
      ["other/delta", 4, 2, true, null],
      ["gpt2", 5, 3, true, null],
    ]);
    const alpha = snap.rows[0];
    expect(alpha).toMatchObject({
      key: "org_alpha_bfloat16",
      namespace: "org",
      organization: null,
      license: "apache-2.0",
      score: 50,
      ciLower: null,
      ciUpper: null,
      votes: null,
    });
    expect(alpha.extra).toMatchObject({
      precision: "bfloat16",
      hubHearts: 9007199254740991,
      generation: 3,
      ifeval: 30.5,
      co2: null,
    });
    expect(JSON.stringify(snap.rows)).toBeTruthy(); // no BigInt left anywhere
    expect(snap.rows.find((r) => r.name === "gpt2")!.namespace).toBeNull();
    expect(snap.rows.find((r) => r.name === "other/delta")!.license).toBeNull();
  });

  test("schema A uses Maintainer's Highlight as the official flag", async () => {
    const snap = await fetchHfRevision({ endpoint: fixture.fileEndpoint }, { id: REV_A, date: "2024-07-13" });
    expect(snap.rows.map((r) => [r.name, r.official, r.rank, r.rankOfficial])).toEqual([
      ["org/beta", false, 1, null],
      ["org/alpha", true, 2, 1],
    ]);
  });

  test("no flag column means not official; verbatim duplicate eval_name rows collapse", async () => {
    const snap = await fetchHfRevision({ endpoint: fixture.fileEndpoint }, { id: REV_C, date: "2024-09-01" });
    expect(snap.rows).toHaveLength(1);
    expect(snap.rows[0]).toMatchObject({ official: false, rankOfficial: null, rank: 1 });
  });

  test("HTTP and file:// agree", async () => {
    const rev = { id: REV_B, date: "2024-08-02" };
    expect(await fetchHfRevision({ endpoint: fixture.fileEndpoint }, rev)).toEqual(
      await fetchHfRevision(httpOpts(), rev),
    );
  });

  test("a missing required column names the column and file", async () => {
    const err = await fetchHfRevision(httpOpts(), { id: REV_BAD, date: "2024-10-01" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect((err as Error).message).toBe('data/train-00000-of-00001.parquet: missing required column "Average ⬆️"');
  });

  test("a wrongly typed value names revision file, row, field and value", async () => {
    const err = await fetchHfRevision(httpOpts(), { id: REV_TYPE, date: "2024-11-01" }).catch((e: unknown) => e);
    expect((err as SourceError).kind).toBe("data");
    expect((err as Error).message).toBe(
      `${REV_TYPE}/data/train-00000-of-00001.parquet: row 1: field "#Params (B)" ` +
        'Invalid input: expected number, received string (value: "7B")',
    );
  });

  test("a shard that keeps failing names its URL and status", async () => {
    const path = `/datasets/open-llm-leaderboard/contents/resolve/${REV_B}/${SHARD1}`;
    server.faults.set(path, { status: 502 });
    const err = await fetchHfRevision(httpOpts(), { id: REV_B, date: "2024-08-02" }).catch((e: unknown) => e);
    expect((err as SourceError).kind).toBe("network");
    expect((err as Error).message).toContain(`${server.url}${path} failed after 3 attempt(s): HTTP 502`);
  });
});
