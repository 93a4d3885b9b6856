// The scoreboard as a reader uses it: found from the header and the home page, the pair changed, a row followed to
// its board's dashboard, the CSV downloaded; its preview image and embed; axe at a desktop's and a phone's width.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { hydrated } from "./helpers";

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

const rows = (page: Page) => page.getByTestId("scoreboard-row");

test("opened from the header: one row per board, the pair changed, a row followed to its dashboard", async ({
  page,
}) => {
  await page.goto("/");
  await hydrated(page);
  await expect(page.getByTestId("home-scoreboard-link")).toHaveAttribute("href", "/scoreboard");
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Scoreboard" }).click();
  await expect(page).toHaveURL(/\/scoreboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scoreboard: who leads where");

  // The mini mirror holds four arena boards and the retired Open LLM Leaderboard.
  await expect(rows(page)).toHaveCount(5);
  const retired = rows(page).filter({ has: page.getByTestId("retired") });
  await expect(retired).toHaveCount(1);
  await expect(retired.getByTestId("retired")).toHaveText(/^Retired \d+ \w+ \d{4}$/);
  const text = rows(page).filter({ hasText: "LMArena text arena" }).first();
  await expect(text.locator("[data-sparkline]")).toHaveAttribute("aria-label", /^Gap US − CN over time: /);
  await expect(page.getByRole("columnheader", { name: /Europe/ })).toBeVisible();

  // Change the pair: China against Germany, with a row per category.
  await page.getByTestId("pair-a").selectOption("CN");
  await page.getByTestId("pair-b").selectOption("DE");
  await page.getByLabel("Rows per category").check();
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/scoreboard\?a=CN&b=DE&categories=true$/);
  await expect(page.getByRole("columnheader", { name: /Gap, CN − DE/ })).toBeVisible();
  expect(await rows(page).count()).toBeGreaterThan(5);

  // Follow the vision board's row to its dashboard, the pair kept.
  const vision = rows(page).filter({ hasText: "LMArena vision arena" }).first();
  await vision.getByRole("link", { name: "LMArena vision arena" }).click();
  await expect(page).toHaveURL(/\/\?board=lmarena-vision&.*a=CN.*b=DE.*#gap-title$/);
  await hydrated(page);
  await expect(page.locator("#gap-title")).toBeVisible();
});

test("a bad country is said and replaced by the default", async ({ page }) => {
  await page.goto("/scoreboard?a=XX");
  await expect(page.getByTestId("param-notices")).toContainText('a: "XX" is not an ISO 3166-1 alpha-2 code');
  await expect(page.getByRole("columnheader", { name: /Gap, US − CN/ })).toBeVisible();
});

test("downloads: the CSV of every row, and its metadata sidecar", async ({ page }) => {
  await page.goto("/scoreboard");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV: the scoreboard" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^scoreboard-US-CN-\d{4}-\d{2}-\d{2}\.csv$/);
  const body = await (await download.createReadStream()).toArray();
  const lines = Buffer.concat(body).toString("utf8").trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^board,category,retired_on,as_of,leader,/);
  expect(lines).toHaveLength(1 + 5);
  const sidecar = await page.request.get("/api/v1/scoreboard/metadata.json");
  expect(sidecar.status()).toBe(200);
  expect((await sidecar.json()).columns[0].name).toBe("board");
});

test("shareable: preview image, embed and citation", async ({ page }) => {
  await page.goto("/scoreboard?a=CN&b=US");
  const og = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(og).toMatch(/\/og\/scoreboard\?a=CN&b=US$/);
  const image = await page.request.get(new URL(og!).pathname + new URL(og!).search);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect((await image.body()).byteLength).toBeGreaterThan(5000);

  await hydrated(page);
  await page.getByRole("button", { name: /^Share, cite or download/ }).click();
  await page.getByRole("button", { name: "Cite this view…" }).click();
  await expect(page.getByTestId("citation")).toContainText("Open LLM Leaderboard");
  await expect(page.getByTestId("citation")).toContainText("LMArena");

  await page.goto("/scoreboard?a=CN&b=US&embed=1");
  await expect(page.getByTestId("scoreboard-table")).toBeVisible();
  await expect(page.locator("header[data-chrome]")).toBeHidden();
  await expect(page.getByTestId("embed-backlink")).toHaveAttribute("href", "/scoreboard?a=CN&b=US");
});

for (const width of [1280, 375]) {
  test(`axe finds no serious or critical violations at ${width} px; the page itself does not scroll sideways`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/scoreboard?categories=true");
    await hydrated(page);
    await axe(page);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.screenshot({ path: test.info().outputPath(`scoreboard-${width}.png`), fullPage: true });
  });
}
