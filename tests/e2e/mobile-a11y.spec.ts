import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { hydrated, standings } from "./helpers";

test.describe("at 375 px", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("the page does not scroll sideways and the chart is visible", async ({ page }) => {
    await page.goto("/");
    await hydrated(page);
    await standings(page).locator("[data-chart-box]").tap();
    await expect(standings(page).locator("svg.recharts-surface")).toBeVisible();
    const box = await standings(page).locator(".recharts-wrapper").boundingBox();
    expect(box!.width).toBeLessThanOrEqual(375);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.screenshot({ path: test.info().outputPath("mobile.png"), fullPage: true });
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the chart and its data are already on the page", async ({ page }) => {
    await page.goto("/?countries=US~CN");
    // Drawn at a phone's and a desktop's width; CSS shows one.
    await expect(standings(page).locator("svg[data-chart-renderer=static]").filter({ visible: true })).toHaveCount(1);
    await expect(standings(page).locator("[data-legend=US]")).toBeVisible();
    await expect(standings(page).locator("td[data-series=CN]").first()).toBeAttached();
    await page.screenshot({ path: test.info().outputPath("no-js.png"), fullPage: true });
  });
});

for (const theme of ["light", "dark"] as const) {
  test(`axe finds no serious or critical violations on the home view (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/");
    await hydrated(page);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  });
}
