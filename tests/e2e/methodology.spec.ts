import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { standings } from "./helpers";

test("no in-site link on /methodology is dead: every anchor exists, every page answers", async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto("/methodology");
  await expect(page.getByRole("heading", { level: 1, name: "Methodology" })).toBeVisible();
  const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const inSite = [...new Set(hrefs.filter((h) => new URL(h).origin === new URL(baseURL!).origin))];
  expect(inSite.length).toBeGreaterThanOrEqual(9);
  for (const href of inSite) {
    const url = new URL(href);
    if (url.pathname === "/methodology" && url.hash) {
      await expect(page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`), `anchor ${url.hash}`).toHaveCount(
        1,
      );
      continue;
    }
    const res = await request.get(url.pathname + url.search);
    expect(res.status(), `${url.pathname}${url.search}`).toBeLessThan(400);
    if (url.hash) {
      await page.goto(href);
      await expect(page.locator(`[id="${url.hash.slice(1)}"]`), `anchor ${href}`).toHaveCount(1);
      await page.goto("/methodology");
    }
  }
  // The licences of both boards' data are named.
  await expect(page.locator("#source-lmarena-text")).toContainText("CC BY 4.0");
  await expect(page.locator("#source-hf-open-llm-v2")).toContainText("Licence");
});

test("every chart's source line on the home view links to a section of /methodology that exists", async ({ page }) => {
  await page.goto("/");
  const links = page.locator("[data-testid=source-line] a");
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(hrefs).toContain("/methodology#source-lmarena-text");
  expect(hrefs).toContain("/methodology#metric-best-rank");
  await page.goto("/methodology");
  for (const href of hrefs) {
    expect(href.startsWith("/methodology")).toBe(true);
    const id = href.split("#")[1];
    if (id) await expect(page.locator(`[id="${id}"]`), href).toHaveCount(1);
  }
  await page.goto("/");
  await standings(page).locator("[data-testid=source-line] a", { hasText: "About this source" }).click();
  await expect(page).toHaveURL(/\/methodology#source-lmarena-text$/);
});

test("axe finds no serious or critical violations on /methodology", async ({ page }) => {
  await page.goto("/methodology");
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
});
