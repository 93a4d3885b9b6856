// The ranking table's pager on a snapshot larger than one page. The shared e2e fixture has at most 15 rows a
// snapshot (less than one page of TABLE_PAGE_SIZE), so this spec starts an instance of its own over a one-date arena
// of 120 models, and a reader follows the pager's links: the client-side click, and the link itself without scripts.
import { expect, test } from "@playwright/test";
import { runUpdate } from "@/lib/jobs/update";
import { TABLE_PAGE_SIZE } from "@/lib/standings/query";
import { ARENA_TYPES, arenaRow, createHubFixture, toParquet, type HubFixture } from "../fixtures/hub-fixture";
import { createTestDatabase, startInstance, type AppInstance, type TestDatabase } from "./app-instance";

const DATE = "2025-06-01";
const MODELS = 120;
// Developers in the US, China and Europe, the home view's countries, so the default table (those only) has every row.
const ORGS = ["OpenAI", "Alibaba", "Mistral"];
const name = (rank: number) => `pager-model-${String(rank).padStart(3, "0")}`;

let hub: HubFixture;
let db: TestDatabase;
let app: AppInstance;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const rows = Array.from({ length: MODELS }, (_, i) =>
    arenaRow(name(i + 1), i + 1, DATE, {
      organization: ORGS[i % ORGS.length],
      rating: 1400 - i,
      vote_count: BigInt(5000 - i),
    }),
  );
  const bytes = toParquet(rows, ARENA_TYPES);
  hub = await createHubFixture({
    arena: [
      { path: "text/full-00000-of-00001.parquet", bytes },
      { path: "text/latest-00000-of-00001.parquet", bytes },
    ],
  });
  db = await createTestDatabase("pages");
  // The arena alone: this fixture has no Open LLM Leaderboard and no price table.
  const ingest = await runUpdate({
    connectionString: db.url,
    trigger: "test",
    sources: ["lmarena-text"],
    hub: { endpoint: hub.fileEndpoint },
  });
  expect(ingest.runs.map((r) => r.status)).toEqual(["succeeded"]);
  app = await startInstance({ DATABASE_URL: db.url, HF_ENDPOINT: hub.fileEndpoint, RATE_LIMIT: "off" });
});

test.afterAll(async () => {
  await app?.stop();
  await db?.drop();
  await hub?.cleanup();
});

const rowsOf = (page: import("@playwright/test").Page) => page.getByTestId("ranking-table").locator("tbody tr");

test("the pager's Next link shows rows 51 to 100, and page 3 the rest", async ({ page }) => {
  expect(MODELS).toBeGreaterThan(2 * TABLE_PAGE_SIZE);
  await page.goto(`${app.base}/`);
  await expect(page.getByTestId("ranking-count")).toHaveText(`Showing 1–${TABLE_PAGE_SIZE} of ${MODELS} models.`);
  await expect(rowsOf(page)).toHaveCount(TABLE_PAGE_SIZE);
  await expect(rowsOf(page).first()).toHaveAttribute("data-model", name(1));

  const pager = page.getByTestId("ranking-pages");
  await pager.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(page.getByTestId("ranking-count")).toHaveText(
    `Showing ${TABLE_PAGE_SIZE + 1}–${2 * TABLE_PAGE_SIZE} of ${MODELS} models.`,
  );
  await expect(rowsOf(page)).toHaveCount(TABLE_PAGE_SIZE);
  await expect(rowsOf(page).first()).toHaveAttribute("data-model", name(TABLE_PAGE_SIZE + 1));
  await expect(rowsOf(page).first().locator("td").first()).toHaveText(`#${TABLE_PAGE_SIZE + 1}`);
  await expect(page.getByTestId("ranking-table").locator(`tr[data-model="${name(TABLE_PAGE_SIZE)}"]`)).toHaveCount(0);

  await pager.getByRole("link", { name: "Page 3" }).click();
  await expect(page.getByTestId("ranking-count")).toHaveText(
    `Showing ${2 * TABLE_PAGE_SIZE + 1}–${MODELS} of ${MODELS} models.`,
  );
  await expect(rowsOf(page)).toHaveCount(MODELS - 2 * TABLE_PAGE_SIZE);
  await expect(rowsOf(page).last()).toHaveAttribute("data-model", name(MODELS));
  await expect(pager.getByRole("link", { name: "Next" })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the pager's links are real permalinks: page 2's HTML carries rows 51 to 100", async ({ page }) => {
    await page.goto(`${app.base}/`);
    const next = page.getByTestId("ranking-pages").getByRole("link", { name: "Next" });
    await next.click();
    await expect(page).toHaveURL(/[?&]page=2(&|$)/);
    await expect(rowsOf(page)).toHaveCount(TABLE_PAGE_SIZE);
    await expect(rowsOf(page).first()).toHaveAttribute("data-model", name(TABLE_PAGE_SIZE + 1));
    await expect(rowsOf(page).last()).toHaveAttribute("data-model", name(2 * TABLE_PAGE_SIZE));
  });
});
