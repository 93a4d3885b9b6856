// The lens views and the dashboard's category control, as a user drives them: URL state, reload, Back, tables, CSV,
// mobile width and axe.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { hydrated, openDataTable, searchParam, standings } from "./helpers";

async function noSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("language lens: pick the pair, the URL holds it, reload and Back restore it, the table has the numbers", async ({
  page,
}) => {
  await page.goto("/lenses/language");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Language lens: Chinese prompts against English prompts",
  );
  await page.getByTestId("pair-1").selectOption("klingon_poetry");
  await expect(page).toHaveURL(/pair=chinese~klingon_poetry/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Language lens: Chinese prompts against klingon_poetry",
  );
  await page.reload();
  await expect(page.getByTestId("pair-1")).toHaveValue("klingon_poetry");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Language lens: Chinese prompts against English prompts",
  );
  // The home-advantage card's table: China ranks 1 on Chinese prompts and 2 on English ones on 2025-11-01.
  const card = page.locator("section", { has: page.locator("#advantage-title") });
  await card.getByText("Show data table").click();
  const row = card.locator("[data-testid=lens-table] tr[data-date='2025-11-01'][data-key=CN]");
  await expect(row.locator("td").nth(0)).toHaveText("China");
  await expect(row.locator("td").nth(1)).toHaveText("#1");
  await expect(row.locator("td").nth(2)).toHaveText("#2");
  await expect(row.locator("td").nth(3)).toHaveText(/^[−-]1$/);
  const csv = await page.request.get((await card.getByRole("link", { name: /Download CSV/ }).getAttribute("href"))!);
  expect(csv.headers()["content-type"]).toMatch(/text\/csv/);
});

test("price lens: scatter with frontiers, a margin in the URL, the priced models in the table", async ({ page }) => {
  await page.goto("/lenses/price");
  await expect(page.getByTestId("price-scatter")).toBeVisible();
  await expect(page.locator("[data-frontier=CN]")).toBeAttached();
  await expect(page.getByText(/6 of 15 models on this date have a price/)).toBeVisible();
  await page.getByLabel("Within (points of the top)").selectOption("20");
  await expect(page).toHaveURL(/within=20/);
  await expect(page.getByRole("heading", { name: "Cheapest model within 20 points of the top" })).toBeVisible();
  const card = page.locator("section", { has: page.locator("#scatter-title") });
  await card.getByText("Show data table").click();
  await expect(card.getByTestId("price-table").locator("tbody tr").first()).toContainText("deepseek-v3");
});

test("price lens: each date takes the price table of its time; before the first version, no price data", async ({
  page,
}) => {
  // The mini mirror's price history: versions of 20 May 2024, 10 January 2025 and 1 September 2025.
  await page.goto("/lenses/price?date=2024-01-15");
  const scatter = page.locator("section", { has: page.locator("#scatter-title") });
  await expect(
    scatter.getByText("No price data for this date: the catalog's price table starts on 20 May 2024."),
  ).toBeVisible();
  await expect(page.getByText(/today's catalog prices applied to every date/)).toHaveCount(0);
  await expect(page.getByText(/earlier dates have no price data and no value/)).toBeVisible();
  await page.goto("/lenses/price?date=2025-06-01");
  await expect(scatter.getByTestId("source-line")).toContainText(
    "LMArena catalog price table in its version of 10 Jan 2025, the newest version on or before this date.",
  );
  await expect(page.getByText(/5 of 14 models on this date have a price/)).toBeVisible();
});

test("efficiency lens: five parameter classes and CO₂, official providers in the URL", async ({ page }) => {
  await page.goto("/lenses/efficiency");
  for (const label of ["< 3B", "3–10B", "10–35B", "35–80B", "> 80B"]) {
    await expect(page.getByRole("heading", { name: `Best score, ${label} parameters` })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Best score per kg of CO₂" })).toBeVisible();
  await page.getByLabel("Official providers only").uncheck();
  await expect(page).toHaveURL(/official=false/);
  await expect(page.getByLabel("Official providers only")).not.toBeChecked();
});

test("/lenses/{lens} names one of the three lenses, with its own title; any other is a 404", async ({
  page,
  request,
}) => {
  for (const [lens, title] of [
    ["language", "Language lens"],
    ["price", "Price lens"],
    ["efficiency", "Efficiency lens"],
  ]) {
    const res = await page.goto(`/lenses/${lens}`);
    expect(res?.status()).toBe(200);
    await expect(page).toHaveTitle(new RegExp(title));
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      "content",
      new RegExp(`/og/lenses/${lens}`),
    );
  }
  for (const path of ["/lenses/no-such-lens", "/lenses/Price", "/lenses/price/extra"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("dashboard: the prompt category is a control in the URL; the series follow it; an unknown one falls back", async ({
  page,
}) => {
  await page.goto("/");
  await hydrated(page);
  await page.getByTestId("category-select").selectOption("chinese");
  await expect.poll(() => searchParam(page, "category")).toBe("chinese");
  await openDataTable(page);
  await expect(standings(page).locator("[data-testid=series-table] tbody tr")).toHaveCount(2);
  await page.goto("/?category=elvish");
  await expect(page.getByTestId("param-notices")).toContainText(
    "No prompt category elvish on this board; showing Overall.",
  );
  await expect(page.getByTestId("category-select")).toHaveValue("overall");
});

test("the gap panel says whether the leaders' intervals overlap", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("gap-significance")).toHaveText(/95% intervals (do not )?overlap/);
});

test.describe("at 375 px", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  for (const lens of ["language", "price", "efficiency"]) {
    test(`the ${lens} lens does not scroll sideways`, async ({ page }) => {
      await page.goto(`/lenses/${lens}`);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  }
});

for (const theme of ["light", "dark"] as const) {
  for (const lens of ["language", "price", "efficiency"]) {
    test(`axe finds no serious or critical violations on the ${lens} lens (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`/lenses/${lens}`);
      await noSeriousViolations(page);
    });
  }
}
