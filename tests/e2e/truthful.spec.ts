// Panels follow the view, and the numbers carry what a reader needs to trust them.
import { expect, test } from "@playwright/test";
import { hydrated, standings } from "./helpers";

test("the gap panel follows the chosen countries and never compares a key with itself", async ({ page, request }) => {
  await page.goto("/?countries=FR~CN");
  await hydrated(page);
  await expect(page.getByRole("heading", { name: "Gap: France vs China" })).toBeVisible();
  const compare = page.getByLabel("Compare", { exact: true });
  const withKey = page.getByLabel("with", { exact: true });
  await expect(compare).toHaveValue("FR");
  await expect(withKey).toHaveValue("CN");
  // Each select leaves out the other's key, so "France vs France" cannot be picked.
  await expect(compare.locator("option[value=CN]")).toHaveCount(0);
  await expect(withKey.locator("option[value=FR]")).toHaveCount(0);
  // Changing the chosen countries moves the pair along.
  await page.goto("/?countries=CN~US");
  await expect(page.getByRole("heading", { name: "Gap: China vs United States" })).toBeVisible();
  // The percentage says what it is relative to.
  await expect(page.getByTestId("gap-summary")).toContainText("of the best score on the United States side");
  // A permalink asking for US vs US shows US against the next chosen key; the API answers 400.
  await page.goto("/?countries=US~CN&a=US&b=US");
  await expect(page.getByRole("heading", { name: "Gap: United States vs China" })).toBeVisible();
  const res = await request.get("/api/v1/gap?board=lmarena-text&a=US&b=us");
  expect(res.status()).toBe(400);
  expect((await res.json()).error.message).toMatch(/^b: .*must differ from a/);
});

test("the ranking table shows the score rank and, beside it, the arena's published rank", async ({ page }) => {
  await page.goto("/");
  const table = page.getByTestId("ranking-table");
  await expect(table.getByRole("columnheader", { name: /^Rank/ })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: /Arena rank/ })).toBeVisible();
  await page.goto("/?board=hf-open-llm-v2");
  await expect(page.getByTestId("ranking-table").getByRole("columnheader", { name: /Arena rank/ })).toHaveCount(0);
});

test("the top-N share chart labels the remainder, so the shares add up", async ({ page }) => {
  await page.goto("/?metric=top-n-share&countries=US~CN");
  await expect(standings(page).getByText("All other countries and unknown").first()).toBeVisible();
  await page.goto("/?metric=top-n-share&countries=US~europe");
  await expect(standings(page).getByTestId("group-notes")).toContainText("EU-27");
  // France chosen beside Europe: the stack counts Mistral once, and the Europe band says it leaves France out.
  await page.goto("/?metric=top-n-share&countries=US~europe~FR");
  await expect(standings(page).getByText("Europe without France").first()).toBeVisible();
});

test.describe("at 375 px", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("the ranking table fits without sideways scrolling; score and CI fold under the model", async ({ page }) => {
    await page.goto("/?only=all");
    await hydrated(page);
    const table = page.getByTestId("ranking-table");
    await expect(table.locator("tbody tr").first()).toBeVisible();
    const fit = await table.evaluate((t) => {
      const region = t.parentElement!;
      return { table: t.scrollWidth, region: region.clientWidth, right: t.getBoundingClientRect().right };
    });
    expect(fit.table).toBeLessThanOrEqual(fit.region);
    expect(fit.right).toBeLessThanOrEqual(375);
    await expect(table.locator("[data-folded]").first()).toBeVisible();
    await expect(table.locator("[data-folded]").first()).toContainText(/\d{3,4}\.\d ±\d/);
    const page_ = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(page_.scroll).toBeLessThanOrEqual(page_.client);
  });
});
