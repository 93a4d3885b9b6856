import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

test("the home page is the dashboard, with the chart in the server-rendered HTML", async ({ page, request }) => {
  // First paint: the HTML itself carries the chart's SVG and its data table, before any script runs.
  const html = await (await request.get("/")).text();
  expect(html).toContain('data-chart-renderer="static"');
  expect(html).toMatch(/<path d="M[\d.]+,[\d.]+H/); // a stepAfter rank line
  expect(html).toContain('data-testid="series-table"');

  // The data comes hydrated from the server: loading the page asks the API for nothing.
  const apiCalls: string[] = [];
  page.on("request", (r) => {
    if (new URL(r.url()).pathname.startsWith("/api/v1/")) apiCalls.push(r.url());
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where the strongest LLMs come from");
  await expect(page.getByRole("heading", { name: "Best rank by country" })).toBeVisible();
  await expect(page.getByText(/data as of 1 Nov 2025/)).toBeVisible();
  await expect(
    page.locator("#standings-title").locator("xpath=ancestor::section").locator("svg").first(),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: /Gap: United States vs China/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Ranking on 1 Nov 2025" })).toBeVisible();
  // Pointing at the chart swaps in the interactive one, still without asking the API for anything.
  await page.locator("#standings-title").locator("xpath=ancestor::section").locator("[data-chart-box]").hover();
  await expect(
    page.locator("#standings-title").locator("xpath=ancestor::section").locator(".recharts-wrapper"),
  ).toBeVisible();
  expect(apiCalls).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("home.png"), fullPage: true });
});

test("the home route's first-load JavaScript stays within 250 KB gzipped", async ({ request }) => {
  const html = await (await request.get("/")).text();
  // Every script tag except the noModule polyfills, which modern browsers skip.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0]));
  const scripts = [...new Set(tags.map((m) => m[1]))];
  expect(scripts.length).toBeGreaterThan(0);
  let total = 0;
  for (const src of scripts) total += gzipSync(await (await request.get(src)).body()).length;
  test.info().annotations.push({ type: "first-load-js-gzip", description: `${(total / 1024).toFixed(1)} KB` });
  expect(total).toBeLessThanOrEqual(250 * 1024);
});
