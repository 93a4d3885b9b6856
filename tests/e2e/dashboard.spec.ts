import { expect, test } from "@playwright/test";
import { boardInfo, DEFAULT_BOARD } from "@/lib/boards/info";
import { switchBoards } from "@/lib/view/url/board-variants";
import { hydrated, interactiveChart, openDataTable, searchParam, seriesValues, standings } from "./helpers";

test("picking countries updates the URL, and a reload shows the same series values", async ({ page }) => {
  await page.goto("/");
  await hydrated(page);
  await page.getByText(/Choose countries/).click();
  await page.getByLabel("Filter countries").fill("fra");
  await page.getByRole("checkbox", { name: /France/ }).check();
  await page.getByRole("button", { name: "Remove Europe" }).click();
  await expect.poll(() => searchParam(page, "countries")).toBe("US~CN~FR");

  const legend = standings(page).getByRole("list", { name: "Legend" });
  await expect(legend.locator("[data-legend=FR]")).toBeVisible();
  await expect(legend.locator("[data-legend=europe]")).toHaveCount(0);
  const before = await seriesValues(page);
  expect(before["FR@2024-12-01"]).toBe("5"); // mistral-large-2407, 5th on 1 Dec 2024
  expect(before["US@2025-11-01"]).toBe("3");

  await page.reload();
  await expect(standings(page).locator("[data-legend=FR]")).toBeVisible();
  expect(await seriesValues(page)).toEqual(before);
  await page.screenshot({ path: test.info().outputPath("countries.png"), fullPage: true });
});

test("the back button restores the previous view", async ({ page }) => {
  await page.goto("/");
  await hydrated(page);
  const ranks = await seriesValues(page);
  await page.getByLabel("Metric", { exact: true }).selectOption("best-score");
  await expect(page.getByRole("heading", { name: "Best score by country" })).toBeVisible();
  await expect.poll(() => searchParam(page, "metric")).toBe("best-score");
  await expect.poll(async () => (await seriesValues(page))["US@2025-11-01"]).toBe("1298");

  await page.goBack();
  await expect(page.getByRole("heading", { name: "Best rank by country" })).toBeVisible();
  expect(searchParam(page, "metric")).toBeNull();
  await expect(page.getByLabel("Metric", { exact: true })).toHaveValue("best-rank");
  await expect.poll(() => seriesValues(page)).toEqual(ranks);
});

test("range presets count back from the newest snapshot; custom dates win", async ({ page }) => {
  await page.goto("/");
  await hydrated(page);
  await openDataTable(page);
  await page.locator("label", { hasText: "1 year" }).click();
  await expect.poll(() => searchParam(page, "range")).toBe("1y");
  const dates = () =>
    standings(page)
      .locator("[data-testid=series-table] tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-date")));
  await expect.poll(dates).toEqual(["2024-12-01", "2025-06-01", "2025-11-01"]);

  // A typed date is committed on Enter (or blur), not per keystroke.
  await page.getByLabel("From", { exact: true }).fill("2024-05-01");
  await page.getByLabel("From", { exact: true }).press("Enter");
  await expect.poll(() => searchParam(page, "from")).toBe("2024-05-01");
  await expect.poll(dates).toEqual(["2024-06-01", "2024-12-01", "2025-06-01", "2025-11-01"]);
  await expect(page.getByRole("radio", { name: "1 year" })).not.toBeChecked();
});

test("Share copies the view's permalink", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?countries=US~CN&metric=top-n-count&n=5");
  await hydrated(page);
  await standings(page)
    .getByRole("button", { name: /^Share, cite or download/ })
    .click();
  await standings(page).getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  const shown = new URL(page.url());
  expect(copied.origin + copied.pathname).toBe(shown.origin + shown.pathname);
  expect(Object.fromEntries(copied.searchParams)).toEqual(Object.fromEntries(shown.searchParams));
  expect(copied.searchParams.get("countries")).toBe("US~CN");
});

test("an invalid parameter falls back to its default with a visible notice", async ({ page }) => {
  await page.goto("/?countries=XX&metric=elo&n=10");
  const notice = page.getByTestId("param-notices");
  await expect(notice).toContainText("Ignored invalid parameter countries=XX");
  await expect(notice).toContainText("Ignored invalid parameter metric=elo");
  await expect(page.getByRole("heading", { name: "Best rank by country" })).toBeVisible();
  for (const key of ["US", "CN", "europe"]) await expect(standings(page).locator(`[data-legend=${key}]`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("invalid-param.png") });
});

test("the Open LLM Leaderboard says it is retired and counts official providers by default", async ({ page }) => {
  await page.goto("/");
  await hydrated(page);
  await page.locator("label", { hasText: "Open LLM Leaderboard" }).click();
  await expect.poll(() => searchParam(page, "board")).toBe("hf-open-llm-v2");
  await expect(page.getByTestId("retired-notice")).toContainText("retired");
  await expect(page.getByRole("checkbox", { name: "Official providers only" })).toBeChecked();
  expect(searchParam(page, "official")).toBeNull();
  await expect(page.getByText(/data as of 1 Mar 2025/)).toBeVisible();
  await page.getByRole("checkbox", { name: "Official providers only" }).uncheck();
  await expect.poll(() => searchParam(page, "official")).toBe("false");
});

test("the ranking table sorts by column and filters by country chip", async ({ page }) => {
  await page.goto("/");
  await hydrated(page);
  const table = page.getByTestId("ranking-table");
  await table.getByRole("button", { name: /Votes/ }).click();
  await expect(table.locator("th", { hasText: "Votes" })).toHaveAttribute("aria-sort", "descending");
  await expect.poll(() => searchParam(page, "sort")).toBe("-votes");
  await expect(table.locator("tbody tr").first()).toHaveAttribute("data-model", "vicuna-13b");

  // The table starts from the chosen countries (US, China, Europe): Canada and the unattributed model are left out.
  await expect(table.locator("tbody tr")).toHaveCount(13);
  const chips = page.getByRole("group", { name: "Show only rows from" });
  await chips.getByRole("button", { name: "All countries" }).click();
  await expect.poll(() => searchParam(page, "only")).toBe("all");
  await expect(table.locator("tbody tr")).toHaveCount(15);
  await chips.getByRole("button", { name: /China/ }).click();
  await expect.poll(() => searchParam(page, "only")).toBe("CN");
  await expect(table.locator("tbody tr")).toHaveCount(4);
  await expect(table.locator("td[data-country]")).toHaveText(Array(4).fill(/China/));

  await page.getByLabel("Snapshot", { exact: true }).selectOption("2024-01-15");
  await expect(page.getByRole("heading", { name: "Ranking on 15 Jan 2024" })).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(0);
});

test("the chart's tooltip names the model behind each point", async ({ page }) => {
  await page.goto("/");
  await interactiveChart(page);
  const box = (await standings(page).locator(".recharts-wrapper").boundingBox())!;
  // The newest snapshot sits at the plot's right edge (20 px margin).
  await page.mouse.move(box.x + box.width - 21, box.y + box.height / 2);
  const tip = standings(page).locator(".recharts-tooltip-wrapper");
  await expect(tip).toContainText("1 Nov 2025");
  await expect(tip).toContainText("gemini-1.5-pro-002");
  await expect(tip).toContainText("deepseek-v3");
});

test("the gap panel shows the latest gap and lag", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("gap-summary")).toContainText("China leads United States by 18.0 points");
  await expect(page.getByTestId("gap-summary")).toContainText("United States is where China was");
});

test("each chart links its data as CSV", async ({ page, request }) => {
  await page.goto("/");
  const href = await standings(page)
    .getByRole("link", { name: /Download CSV/ })
    .getAttribute("href");
  expect(href).toContain("format=csv");
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/csv");
});

test("the board switch and the theme toggle work from the keyboard", async ({ page, request }) => {
  // The switch names each stored board once, a style-controlled variant being its plain board's toggle: arrow keys
  // walk it in list order.
  const stored = ((await (await request.get("/api/v1/boards")).json()) as { slug: string }[]).map((b) => b.slug);
  const offered = switchBoards(stored);
  expect(offered.length).toBeGreaterThan(2);
  await page.goto("/");
  await hydrated(page);
  const board = page.getByRole("group", { name: "Board" });
  await expect(board.getByRole("radio")).toHaveCount(offered.length);
  await board.getByRole("radio", { name: boardInfo(DEFAULT_BOARD).shortName, exact: true }).focus();
  for (const next of offered.slice(offered.indexOf(DEFAULT_BOARD) + 1)) {
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => searchParam(page, "board")).toBe(next);
  }
  await page.getByRole("button", { name: "Dark mode" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.screenshot({ path: test.info().outputPath("dark.png"), fullPage: true });
});
