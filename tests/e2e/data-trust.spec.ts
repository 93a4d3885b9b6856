// Where a standing rests on one account or one snapshot (issue 24, part 4), against a production server of its own on
// a small mirror written for it: arena snapshots around 2025-11-05 (the snapshot that holds the late-August board, a
// data caveat), and an Open LLM Leaderboard whose European top-10 slots are all one individual's Qwen fine-tunes.
import { expect, test } from "@playwright/test";
import {
  arenaRow,
  ARENA_TYPES,
  createHubFixture,
  hfRow,
  HF_TYPES,
  toParquet,
  type FixtureRow,
  type HubFixture,
} from "../fixtures/hub-fixture";
import { createTestDatabase, startInstance, type AppInstance, type TestDatabase } from "./app-instance";

test.describe.configure({ mode: "serial" });

const CAVEAT = "arena-2025-11-05-holds-august-board";
const ARENA_DATES = ["2025-05-20", "2025-05-24", "2025-11-05", "2025-11-06"];
/** [model, organization, rating per date] */
const ARENA: [string, string, number[]][] = [
  ["gpt-4o-2024-05-13", "OpenAI", [1400, 1402, 1430, 1432]],
  ["gemini-1.5-pro-002", "Google", [1390, 1391, 1420, 1425]],
  ["deepseek-v3", "DeepSeek", [1380, 1385, 1415, 1440]],
  ["qwen2.5-72b-instruct", "Alibaba", [1370, 1371, 1400, 1401]],
  ["mistral-large-2407", "Mistral", [1350, 1352, 1425, 1400]],
];

/** [fullname, average, official, base model] */
const HF: [string, number, boolean, string | null][] = [
  ["MaziyarPanahi/calme-2.4-rys-78b", 50.3, false, "Qwen/Qwen2.5-72B-Instruct"],
  ["MaziyarPanahi/calme-3.2-instruct-78b", 49.1, false, "Qwen/Qwen2.5-72B-Instruct"],
  ["Qwen/Qwen2.5-72B-Instruct", 47.9, true, null],
  ["meta-llama/Meta-Llama-3.1-70B-Instruct", 41.2, true, null],
];

let mirror: HubFixture;
let db: TestDatabase;
let app: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const arena: FixtureRow[] = ARENA_DATES.flatMap((date, d) => {
    const rows = ARENA.map(([model, organization, ratings]) => ({ model, organization, rating: ratings[d] })).sort(
      (a, b) => b.rating - a.rating,
    );
    return rows.map((r, i) =>
      arenaRow(r.model, i + 1, date, {
        organization: r.organization,
        rating: r.rating,
        rating_lower: r.rating - 5,
        rating_upper: r.rating + 5,
      }),
    );
  });
  const hf = HF.map(([fullname, average, official, base]) =>
    hfRow(fullname, average, { "Official Providers": official, "Base Model": base ?? fullname }),
  );
  mirror = await createHubFixture({
    arena: [
      { path: "text/full-00000-of-00001.parquet", bytes: toParquet(arena, ARENA_TYPES) },
      {
        path: "text/latest-00000-of-00001.parquet",
        bytes: toParquet(
          arena.filter((r) => r.leaderboard_publish_date === ARENA_DATES.at(-1)),
          ARENA_TYPES,
        ),
      },
    ],
    hf: [
      {
        id: "4444444444444444444444444444444444444444",
        date: "2025-03-01",
        shards: [{ path: "data/train-00000-of-00001.parquet", bytes: toParquet(hf, HF_TYPES) }],
      },
    ],
  });
  db = await createTestDatabase("trust", { hub: mirror.fileEndpoint });
  app = await startInstance({ DATABASE_URL: db.url, HF_ENDPOINT: mirror.fileEndpoint, RATE_LIMIT: "off" });
});
test.afterAll(async () => {
  await app?.stop();
  await db?.drop();
  await mirror?.cleanup();
});

test("a chart over 2025-11-05 marks the data caveat, says it in words and lists it in its table, events on or off", async ({
  page,
}) => {
  for (const query of ["", "?events=0"]) {
    await page.goto(`${app.base}/${query}`);
    const standings = page.locator("section", { has: page.locator("#standings-title") });
    const marker = standings.locator(`svg[data-chart-renderer=static] [data-event=caveat][data-event-id=${CAVEAT}]`);
    await expect(marker.filter({ visible: true })).toHaveCount(1);
    await expect(marker.first().locator("title")).toHaveText(/^2025-11-05: Snapshot holds the late-August board\./);
    const note = standings.getByTestId("data-caveat-note");
    await expect(note).toBeVisible();
    await expect(note).toHaveAttribute("data-date", "2025-11-05");
    await expect(note).toContainText("Data caveat on 5 Nov 2025: snapshot holds the late-August board.");
    await expect(note).toContainText("holds the board of about 2025-08-29");
    await standings.locator("details summary", { hasText: "Show data table" }).first().click();
    await expect(standings.locator(`[data-testid=series-table] [data-event-id=${CAVEAT}]`)).toHaveText(
      "2025-11-05: Snapshot holds the late-August board",
    );
  }
  // The ranking table of that date states it; another date's does not.
  await page.goto(`${app.base}/?date=2025-11-05`);
  const ranking = page.locator("section", { has: page.locator("#ranking-title") });
  await expect(ranking.getByTestId("data-caveat-note")).toContainText("Data caveat on 5 Nov 2025");
  await page.goto(`${app.base}/?date=2025-11-06`);
  const other = page.locator("section", { has: page.locator("#ranking-title") });
  await expect(other.locator("table").first()).toBeVisible();
  await expect(other.getByTestId("data-caveat-note")).toHaveCount(0);
  // The gap chart spans the date too, and says it as well.
  await expect(
    page.locator("section", { has: page.locator("#gap-title") }).getByTestId("data-caveat-note"),
  ).toHaveCount(1);
  // A range that ends before it marks nothing.
  await page.goto(`${app.base}/?to=2025-05-24`);
  const standings = page.locator("section", { has: page.locator("#standings-title") });
  await expect(standings.locator("svg[data-chart-renderer=static]").first()).toBeAttached();
  await expect(standings.locator("[data-event=caveat]")).toHaveCount(0);
  await expect(standings.getByTestId("data-caveat-note")).toHaveCount(0);
});

test("the standings panel says when one account supplies a country's top-N slots, and links the base-model view", async ({
  page,
}) => {
  await page.goto(`${app.base}/?board=hf-open-llm-v2&official=0`);
  const standings = page.locator("section", { has: page.locator("#standings-title") });
  const note = standings.locator("[data-testid=concentration-note][data-key=europe]");
  await expect(note).toBeVisible();
  await expect(note).toContainText(
    "Europe's top-10 slots on 1 Mar 2025: 2 of 2 from Maziyar Panahi, fine-tunes of Alibaba (Qwen) models",
  );
  const base = note.getByTestId("concentration-base-link");
  await expect(base).toHaveAttribute("href", /attribution=base/);
  await expect(base).toHaveAttribute("href", /official=(0|false)/);
  // The API says the same, as data.
  const api = await (
    await page.request.get(`${app.base}/api/v1/standings?board=hf-open-llm-v2&countries=europe~CN`)
  ).json();
  expect(api.concentration).toEqual([
    {
      key: "europe",
      supplier: { kind: "organization", id: "maziyar-panahi", name: "Maziyar Panahi" },
      base: { slug: "alibaba", name: "Alibaba (Qwen)" },
      from: "2025-03-01",
      to: "2025-03-01",
      snapshots: 1,
      supplied: 2,
      slots: 2,
    },
  ]);
  // Among official providers only (the dashboard's default), Europe has no slot: nothing to say.
  await page.goto(`${app.base}/?board=hf-open-llm-v2`);
  await expect(
    page.locator("section", { has: page.locator("#standings-title") }).locator("#standings-title"),
  ).toBeVisible();
  await expect(page.getByTestId("concentration-note")).toHaveCount(0);
  // Under base attribution the slots count for China, where they are two of three (with Qwen's own): still one
  // account, and no link to the view it already is.
  await page.goto(`${app.base}/?board=hf-open-llm-v2&official=0&attribution=base`);
  const cn = page.locator("[data-testid=concentration-note][data-key=CN]");
  await expect(cn).toContainText("China's top-10 slots on 1 Mar 2025: 2 of 3 from Maziyar Panahi");
  await expect(cn.getByTestId("concentration-base-link")).toHaveCount(0);
});

test("the country page says it too, naming the population it was counted in", async ({ page }) => {
  await page.goto(`${app.base}/countries/europe`);
  const flag = page.getByTestId("concentration-hf-open-llm-v2");
  await expect(flag).toHaveCount(1);
  await expect(flag).toHaveAttribute("data-official", "false");
  await expect(flag).toContainText(
    "Europe's top-10 slots on 1 Mar 2025: 2 of 2 from Maziyar Panahi, fine-tunes of Alibaba (Qwen) models",
  );
  await expect(flag).toContainText("every model on the board, not only official providers'");
  await expect(flag.getByTestId("concentration-base-link")).toHaveAttribute("href", /attribution=base/);
  await expect(page.getByTestId("concentration-lmarena-text")).toHaveCount(0);
});

test("the arena's milestones found on 2025-11-05 carry the caveat", async ({ page }) => {
  // Mistral's model reaches #2 on 2025-11-05, Europe's best-ever rank, on the snapshot that holds the August board.
  await page.goto(`${app.base}/countries/europe`);
  const item = page.locator("[data-testid=milestones] li", { hasText: "mistral-large-2407" }).filter({
    hasText: "2025-11-05",
  });
  await expect(item.first().getByTestId("milestone-caveat")).toContainText(
    "Rests on the snapshot of 2025-11-05, which holds the board of about 2025-08-29",
  );
});
