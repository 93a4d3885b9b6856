// Arenas are data, not code: the LMArena source reads the dataset's config list, so a config upstream adds later
// becomes a board with no code change, and one with other columns is skipped with its reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { boardInfo, DEFAULT_BOARD, KNOWN_BOARDS } from "@/lib/boards/info";
import { arenaFamily, discoverArenaConfigs, fetchArenaSnapshots, readArenaConfigList } from "@/lib/sources/lmarena";
import type { PlanContext } from "@/lib/sources/source";
import type { HubFixture } from "../../fixtures/hub-fixture";
import { ARENA_CONFIG_DATES, createArenaConfigsFixture } from "../../fixtures/arena-configs";

let fixture: HubFixture;
beforeAll(async () => {
  fixture = await createArenaConfigsFixture();
});
afterAll(() => fixture.cleanup());

const hub = () => ({ endpoint: fixture.fileEndpoint });

describe("the arena configs upstream lists", () => {
  it("reads every config of the dataset-info answer with its split globs", async () => {
    const list = await readArenaConfigList(hub());
    expect(list.configs.map((c) => [c.name, c.board, c.full, c.latest])).toEqual([
      ["text", DEFAULT_BOARD, "text/full-*.parquet", "text/latest-*.parquet"],
      ["vision", "lmarena-vision", "vision/full-*.parquet", "vision/latest-*.parquet"],
      ["vision_copy", "lmarena-vision-copy", "vision_copy/full-*.parquet", "vision_copy/latest-*.parquet"],
      ["agent", "lmarena-agent", "agent/full-*.parquet", "agent/latest-*.parquet"],
    ]);
  });

  it("makes a board of every config with the standard columns and skips the others with the reason", async () => {
    const found = await discoverArenaConfigs(hub());
    expect(found.configs.map((c) => c.board)).toEqual([DEFAULT_BOARD, "lmarena-vision", "lmarena-vision-copy"]);
    expect(found.skipped).toHaveLength(1);
    const [agent] = found.skipped;
    expect(agent.config).toBe("agent");
    expect(agent.reason).toMatch(/not a leaderboard of the standard columns/);
    expect(agent.reason).toMatch(/lacks rating, rank, category/);
    expect(agent.reason).toMatch(/score, observation_count/);
  });

  it("reads a config no code names as a board of its own, with a record derived from its name", async () => {
    const family = arenaFamily([]);
    const notes: string[] = [];
    const discovery = await family.discover({ hub: hub() }, (m) => notes.push(m));
    expect(discovery.sources.map((s) => s.key)).toEqual([DEFAULT_BOARD, "lmarena-vision", "lmarena-vision-copy"]);
    expect(discovery.skipped.map((s) => s.key)).toEqual(["lmarena-agent"]);
    expect(discovery.skipped[0].reason).toMatch(/^config agent skipped: not a leaderboard/);
    expect(notes.join("\n")).toMatch(/4 config\(s\) listed: text, vision, vision_copy; skipped agent/);

    // The new config is no curated board: its facts are derived, and it reads like any arena.
    const slug = "lmarena-vision-copy";
    expect(KNOWN_BOARDS).not.toContain(slug);
    expect(boardInfo(slug)).toMatchObject({ curated: false, name: "LMArena Vision copy arena", hasCategories: true });

    const source = discovery.sources.find((s) => s.key === slug)!;
    const ctx: PlanContext = {
      endpoints: { hub: hub() },
      stored: [],
      lastRunFailed: false,
      today: "2026-01-01",
      note: () => {},
    };
    const items = await source.plan(ctx);
    expect(items.map((i) => i.date)).toEqual(ARENA_CONFIG_DATES);
    const loaded = await Promise.all(items.map((i) => source.load(i, ctx)));
    const snapshots = loaded.map((p) => (p.kind === "snapshot" ? p.snapshot : null));
    expect(snapshots.map((s) => s?.board)).toEqual([slug, slug]);
    // The same rows as the vision board's, since the bytes are the same.
    const vision = await fetchArenaSnapshots(hub(), "full", (await discoverArenaConfigs(hub())).configs[1]);
    expect(snapshots.map((s) => s?.rows)).toEqual(vision.map((s) => s.rows));
    expect(snapshots.map((s) => s?.categories?.map((c) => c.category))).toEqual([["english"], ["english"]]);
  });

  it("does not take a config whose board name a fixed source holds", async () => {
    const found = await discoverArenaConfigs(hub(), ["lmarena-vision"]);
    expect(found.configs.map((c) => c.board)).toEqual([DEFAULT_BOARD, "lmarena-vision-copy"]);
    expect(found.skipped.find((s) => s.config === "vision")?.reason).toMatch(/lmarena-vision is another source's/);
  });

  it("fails with the URL when the config list is missing", async () => {
    await fixture.write("api/datasets/lmarena-ai/leaderboard-dataset/revision/main", "{}");
    const err = await readArenaConfigList(hub()).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(/unexpected dataset-info answer from file:.*revision\/main: cardData/);
    // Put it back for any later test.
    await fixture.cleanup();
    fixture = await createArenaConfigsFixture();
  });
});
