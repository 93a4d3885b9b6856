import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { fetchArenaSnapshots } from "@/lib/sources/lmarena";
import { SourceError } from "@/lib/sources/types";
import {
  ARENA_TYPES,
  arenaRow,
  createHubFixture,
  toParquet,
  type FixtureFile,
  type FixtureRow,
  type HubFixture,
} from "@/tests/fixtures/hub-fixture";
import { startHubServer, type HubServer } from "@/tests/fixtures/hub-server";

const JAN = "2024-01-01";
const FEB = "2024-02-01";
const shard0 = [
  arenaRow("model-a", 1, JAN, { vote_count: 1234n, rating_lower: 1290.5, rating_upper: 1300.5, variance: 2.5 }),
  arenaRow("model-b", 2, JAN, { organization: null, license: null }),
  arenaRow("model-a", 1, JAN, { category: "coding", rating: 1400 }),
  arenaRow("model-a", 1, FEB),
];
const shard1 = [
  arenaRow("model-b", 2, FEB),
  arenaRow("model-c", 2, FEB, { rating: 1298 }),
  arenaRow("model-a", 1, FEB), // verbatim repeat of a row in shard 0: dropped
];
const arenaFile = (p: string, rows: FixtureRow[], omit: string[] = [], listedSize?: number | null): FixtureFile => ({
  path: p,
  bytes: toParquet(rows, ARENA_TYPES, omit),
  listedSize,
});
const FULL0 = "text/full-00000-of-00002.parquet";
const FULL1 = "text/full-00001-of-00002.parquet";
const TREE = "/api/datasets/lmarena-ai/leaderboard-dataset/tree/main/text";

let fixture: HubFixture;
let server: HubServer;
beforeAll(async () => {
  fixture = await createHubFixture({
    arena: [
      arenaFile(FULL0, shard0),
      arenaFile(FULL1, shard1),
      arenaFile("text/latest-00000-of-00001.parquet", shard1),
    ],
    arenaExtraTree: [
      { type: "directory", path: "text/old", oid: "1" },
      { type: "file", path: "text/README.md", size: 3, oid: "2" },
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

describe("fetchArenaSnapshots over HTTP", () => {
  test("full: one snapshot per publish date, overall only, bigint converted", async () => {
    server.paginate.add(TREE);
    const snaps = await fetchArenaSnapshots(httpOpts(), "full");
    expect(snaps.map((s) => [s.board, s.date, s.rows.length])).toEqual([
      ["lmarena-text", JAN, 2],
      ["lmarena-text", FEB, 3],
    ]);
    expect(server.requests.filter((r) => r.startsWith(TREE))).toHaveLength(2);
    const [jan, feb] = snaps;
    expect(jan.sourceRef).toBe(FULL0);
    expect(feb.sourceRef).toBe(`${FULL0},${FULL1}`);
    expect(jan.rows[0]).toEqual({
      key: "model-a",
      name: "model-a",
      organization: "Org",
      namespace: null,
      baseModel: null,
      license: "Proprietary",
      rank: 1,
      rankOfficial: null,
      score: 1299,
      ciLower: 1290.5,
      ciUpper: 1300.5,
      votes: 1234,
      official: null,
      extra: { variance: 2.5 },
    });
    expect(jan.rows[1]).toMatchObject({ key: "model-b", organization: null, license: null, votes: null, extra: null });
    expect(typeof jan.rows[0].rank).toBe("number");
    expect(feb.rows.map((r) => [r.key, r.rank])).toEqual([
      ["model-a", 1],
      ["model-b", 2],
      ["model-c", 2],
    ]);
    expect(jan.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(jan.contentHash).not.toBe(feb.contentHash);
  });

  test("other categories ride in the same snapshot, by name, with their own rows and a hash of their own", async () => {
    const snaps = await fetchArenaSnapshots(httpOpts(), "full");
    const [jan, feb] = snaps;
    expect(jan.categories).toEqual([
      { category: "coding", rows: [expect.objectContaining({ key: "model-a", score: 1400, rank: 1 })] },
    ]);
    expect(feb.categories).toEqual([]);
    // The overall rows alone would hash differently: categories are part of the snapshot's content.
    const { contentHash } = await import("@/lib/sources/rows");
    expect(jan.contentHash).not.toBe(contentHash(jan.rows));
    expect(feb.contentHash).toBe(contentHash(feb.rows));
  });

  test("latest: reads only latest-* shards", async () => {
    const snaps = await fetchArenaSnapshots(httpOpts(), "latest");
    expect(snaps.map((s) => [s.date, s.rows.length, s.sourceRef])).toEqual([
      [FEB, 3, "text/latest-00000-of-00001.parquet"],
    ]);
    expect(server.requests.some((r) => r.includes("full-"))).toBe(false);
  });

  test("a transient 500 on a shard is retried", async () => {
    server.faults.set(`/datasets/lmarena-ai/leaderboard-dataset/resolve/main/${FULL1}`, { status: 500, times: 1 });
    expect(await fetchArenaSnapshots(httpOpts(), "full")).toHaveLength(2);
  });

  test("file:// gives the same snapshots as HTTP", async () => {
    const viaHttp = await fetchArenaSnapshots(httpOpts(), "full");
    const viaFile = await fetchArenaSnapshots({ endpoint: fixture.fileEndpoint }, "full");
    expect(viaFile).toEqual(viaHttp);
  });

  test("reports progress", async () => {
    const events: string[] = [];
    await fetchArenaSnapshots({ ...httpOpts(), onProgress: (e) => events.push(e.type) }, "latest");
    expect(events).toEqual(["request", "request", "downloaded", "parsed"]);
  });
});

describe("arena validation", () => {
  let bad: HubFixture | undefined;
  afterEach(async () => {
    await bad?.cleanup();
    bad = undefined;
  });
  async function fetchWith(file: FixtureFile): Promise<SourceError> {
    bad = await createHubFixture({ arena: [file] });
    const err = await fetchArenaSnapshots({ endpoint: bad.fileEndpoint }, "full").then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SourceError);
    expect((err as SourceError).kind).toBe("data");
    return err as SourceError;
  }

  test("a missing required column names the column and file", async () => {
    const err = await fetchWith(arenaFile(FULL0, shard0, ["rank"]));
    expect(err.message).toBe(`${FULL0}: missing required column "rank"`);
  });

  test("a missing nullable column reads as null", async () => {
    bad = await createHubFixture({ arena: [arenaFile(FULL0, shard0, ["variance", "vote_count"])] });
    const [jan] = await fetchArenaSnapshots({ endpoint: bad.fileEndpoint }, "full");
    expect(jan.rows[0]).toMatchObject({ votes: null, extra: null });
  });

  test("a wrongly typed value names file, row, field and value, and every bad row is counted", async () => {
    const rows = [arenaRow("m1", 1, JAN, { rating: "1234.5" }), arenaRow("m2", 2, JAN, { rating: "x" })];
    const err = await fetchWith(arenaFile(FULL0, rows));
    expect(err.message).toBe(
      `${FULL0}: row 0: field "rating" Invalid input: expected number, received string (value: "1234.5") (and 1 more invalid row)`,
    );
    expect((err as SourceError).rejectedRows).toBe(2);
  });

  test("the first bad row is named by its index", async () => {
    const rows = [arenaRow("m1", 1, JAN), arenaRow("m2", 2, JAN, { vote_count: "12" })];
    const err = await fetchWith(arenaFile(FULL0, rows));
    expect(err.message).toMatch(new RegExp(`^${FULL0}: row 1: field "vote_count" .*\\(value: "12"\\)$`));
  });

  test.each([
    ["rank", { rank: 0n }, /row 0: field "rank".*value: 0n/],
    ["date", { leaderboard_publish_date: "2024-13-01" }, /row 0: field "leaderboard_publish_date".*"2024-13-01"/],
    ["model_name", { model_name: "" }, /row 0: field "model_name"/],
  ])("rejects a bad %s", async (_name, override, pattern) => {
    const err = await fetchWith(arenaFile(FULL0, [arenaRow("m", 1, JAN, override)]));
    expect(err.message).toMatch(pattern);
  });

  test("conflicting duplicates within a date fail, naming the key", async () => {
    const rows = [arenaRow("m", 1, JAN), arenaRow("m", 2, JAN)];
    const err = await fetchWith(arenaFile(FULL0, rows));
    expect(err.message).toMatch(/arena 2024-01-01 .*conflicting duplicate rows for key "m"/);
  });

  test("a parquet file cut in half names the file", async () => {
    const whole = toParquet(shard0, ARENA_TYPES);
    const half = whole.slice(0, whole.byteLength / 2);
    const unlisted = await fetchWith({ path: FULL0, bytes: half, listedSize: null });
    expect(unlisted.message).toContain(`corrupt or truncated parquet file ${FULL0}`);
    await bad!.cleanup();
    const listed = await fetchWith({ path: FULL0, bytes: half, listedSize: whole.byteLength });
    expect(listed.message).toMatch(new RegExp(`size mismatch for .*${FULL0}`));
  });

  test("no matching shard is an error naming the listing URL", async () => {
    const err = await fetchWith(arenaFile("text/other-00000.parquet", shard0));
    expect(err.message).toMatch(/no text\/full-\*\.parquet files listed at file:.*tree\/main\/text/);
  });
});

describe("reading the full history a row group at a time", () => {
  // Many small row groups, dates and categories straddling them: the per-date reader must give what reading whole
  // files gives, and a date's rows come from every row group that holds them.
  const dates = ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"];
  const rows: FixtureRow[] = [
    ...dates.flatMap((d, i) => ["m1", "m2", "m3"].map((m, k) => arenaRow(m, k + 1, d, { rating: 1300 - k * 10 + i }))),
    ...dates
      .slice(2)
      .flatMap((d) =>
        ["coding", "math"].flatMap((c) =>
          ["m1", "m2"].map((m, k) => arenaRow(m, k + 1, d, { category: c, rating: 1250 - k })),
        ),
      ),
  ];
  let grouped: HubFixture;
  let single: HubFixture;
  beforeAll(async () => {
    const { parquetWriteBuffer } = await import("hyparquet-writer");
    const columnData = Object.entries(ARENA_TYPES).map(([name, type]) => ({
      name,
      type,
      data: rows.map((r) => r[name] ?? null),
    }));
    const bytes = parquetWriteBuffer({ columnData, rowGroupSize: 5 });
    grouped = await createHubFixture({ arena: [{ path: FULL0, bytes }] });
    single = await createHubFixture({ arena: [arenaFile(FULL0, rows)] });
  });
  afterAll(async () => {
    await grouped.cleanup();
    await single.cleanup();
  });

  test("gives the same snapshots as whole-file reading, and indexes each date's row groups", async () => {
    const { indexArena } = await import("@/lib/sources/lmarena");
    const index = await indexArena({ endpoint: grouped.fileEndpoint }, "full");
    expect(index.shards[0].groups.length).toBe(Math.ceil(rows.length / 5));
    expect(index.dates).toEqual(dates);
    expect([...index.categories.get("2024-03-04")!].sort()).toEqual(["coding", "math", "overall"]);
    expect(index.groups.get("2024-03-02")!.length).toBeGreaterThan(1);
    const a = await fetchArenaSnapshots({ endpoint: grouped.fileEndpoint }, "full");
    const b = await fetchArenaSnapshots({ endpoint: single.fileEndpoint }, "full");
    expect(a.map((s) => s.contentHash)).toEqual(b.map((s) => s.contentHash));
    expect(a.map((s) => [s.date, s.rows.length, s.categories?.map((c) => c.rows.length)])).toEqual([
      ["2024-03-01", 3, []],
      ["2024-03-02", 3, []],
      ["2024-03-03", 3, [2, 2]],
      ["2024-03-04", 3, [2, 2]],
    ]);
  });

  test("a bad row names its row number in the file, not in its row group", async () => {
    const { parquetWriteBuffer } = await import("hyparquet-writer");
    // Row 7 is the third row of the second row group.
    const bad = rows.map((r, i) => (i === 7 ? { ...r, rating: null } : r));
    const columnData = Object.entries(ARENA_TYPES).map(([name, type]) => ({
      name,
      type,
      data: bad.map((r) => r[name] ?? null),
    }));
    const fx = await createHubFixture({
      arena: [{ path: FULL0, bytes: parquetWriteBuffer({ columnData, rowGroupSize: 5 }) }],
    });
    try {
      const err = await fetchArenaSnapshots({ endpoint: fx.fileEndpoint }, "full").then(
        () => null,
        (e: unknown) => e,
      );
      expect((err as Error).message).toMatch(new RegExp(`${FULL0.replace(/\./g, "\\.")}: row 7: field "rating"`));
    } finally {
      await fx.cleanup();
    }
  });
});
