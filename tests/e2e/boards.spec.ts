// Every board as a reader meets it: the vision and text-to-image arenas on the dashboard (chart, its table and CSV,
// the ranking table's model and organization links), the plain / style-control toggle of the text arena, and axe on
// the new boards' views at a desktop's and a phone's width. Boards and their names are read from the API and from
// boardInfo, never assumed.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { boardInfo, DEFAULT_BOARD } from "@/lib/boards/info";
import { hydrated, searchParam, seriesValues, standings } from "./helpers";

const VISION = "lmarena-vision";
const IMAGE = "lmarena-text-to-image";
const STYLE = boardInfo(DEFAULT_BOARD).styleControlVariant!;

test("the API lists the new boards, the style-controlled one related to the text arena", async ({ request }) => {
  const boards = (await (await request.get("/api/v1/boards")).json()) as {
    slug: string;
    styleControlVariant: string | null;
    plainVariant: string | null;
  }[];
  const slugs = boards.map((b) => b.slug);
  for (const slug of [DEFAULT_BOARD, STYLE, VISION, IMAGE]) expect(slugs).toContain(slug);
  expect(boards.find((b) => b.slug === DEFAULT_BOARD)?.styleControlVariant).toBe(STYLE);
  expect(boards.find((b) => b.slug === STYLE)?.plainVariant).toBe(DEFAULT_BOARD);
  // Vision's variant is not stored: none is claimed.
  expect(boards.find((b) => b.slug === VISION)?.styleControlVariant).toBeNull();
});

async function checkCsv(page: Page, board: string, request: APIRequestContext) {
  const href = await standings(page)
    .getByRole("link", { name: /Download CSV/ })
    .getAttribute("href");
  expect(href).toContain(`board=${board}`);
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/csv");
  // The file names its board, and its metadata sidecar describes the same board.
  expect(res.headers()["content-disposition"]).toContain(board);
  const sidecar = /^<([^>]+)>/.exec(res.headers().link ?? "")?.[1];
  expect(sidecar).toContain(`board=${board}`);
  const meta = await request.get(sidecar!);
  expect(meta.status()).toBe(200);
  expect(JSON.stringify(await meta.json())).toContain(boardInfo(board).name);
  return res.text();
}

test("the vision board: chart, table, CSV, then a model and its organization", async ({ page, request }) => {
  await page.goto(`/?board=${VISION}`);
  await hydrated(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Where the strongest ${boardInfo(VISION).modelsNoun} come from`,
  );
  await expect(
    page.getByRole("group", { name: "Board" }).getByRole("radio", { name: boardInfo(VISION).shortName }),
  ).toBeChecked();
  // No style-controlled vision board is stored: no toggle.
  await expect(page.getByTestId("style-control-toggle")).toHaveCount(0);
  // Best rank by country, from the mini mirror's vision arena on 2025-11-01: gemini-1.5-pro-002 (US) 1229, then
  // qwen2.5-vl-72b-instruct (China) 1214, gpt-4o 1206, pixtral-large-2411 (France, Europe) 1188.
  const values = await seriesValues(page);
  expect(values["US@2025-11-01"]).toBe("1");
  expect(values["CN@2025-11-01"]).toBe("2");
  expect(values["europe@2025-11-01"]).toBe("4");
  const csv = await checkCsv(page, VISION, request);
  expect(csv).toContain("2025-11-01");
  // The prompt categories are the board's own.
  await expect(page.getByTestId("category-select").locator("option")).toHaveText(["Overall", /Chinese/, /English/]);

  const table = page.getByTestId("ranking-table");
  await table.getByRole("link", { name: "gemini-1.5-pro-002" }).click();
  await expect(page).toHaveURL(`/models/${VISION}/gemini-1.5-pro-002`);
  await expect(page.getByTestId("model-page")).toContainText(`Model on the ${boardInfo(VISION).name}`);
  await expect(page.getByRole("heading", { level: 1, name: "gemini-1.5-pro-002" })).toBeVisible();
  await page.getByTestId("model-page").getByRole("link", { name: "Google", exact: true }).first().click();
  await expect(page).toHaveURL("/orgs/google");
  await expect(page.getByRole("heading", { name: `On the ${boardInfo(VISION).name}` })).toBeVisible();
});

test("the text-to-image board: chart, table and CSV, codenames counted as unknown", async ({ page, request }) => {
  await page.goto(`/?board=${IMAGE}&countries=US~CN~unknown`);
  await hydrated(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `Where the strongest ${boardInfo(IMAGE).modelsNoun} come from`,
  );
  // The anonymous codename shadebrook (1140) leads on 2025-11-01, unattributed; Google's imagen (1135) is next.
  const values = await seriesValues(page);
  expect(values["unknown@2025-11-01"]).toBe("1");
  expect(values["US@2025-11-01"]).toBe("2");
  await checkCsv(page, IMAGE, request);
  // A board without prompt categories offers no category choice.
  await expect(page.getByTestId("category-select")).toHaveCount(0);
  const table = page.getByTestId("ranking-table");
  await expect(table.getByRole("link", { name: "shadebrook" })).toBeVisible();
  await table.getByRole("link", { name: "imagen-4.0-generate-preview" }).click();
  await expect(page).toHaveURL(`/models/${IMAGE}/imagen-4.0-generate-preview`);
  await expect(page.getByTestId("model-page")).toContainText(`Model on the ${boardInfo(IMAGE).name}`);
});

test("plain ratings and style control: the toggle changes the board alone, and back", async ({ page }) => {
  await page.goto("/?countries=US~FR&metric=best-score");
  await hydrated(page);
  const toggle = page.getByTestId("style-control-toggle");
  await expect(toggle.getByRole("radio", { name: "Plain ratings" })).toBeChecked();
  const plain = await seriesValues(page);

  await toggle.getByText("Style control").click();
  await expect.poll(() => searchParam(page, "board")).toBe(STYLE);
  expect(searchParam(page, "countries")).toBe("US~FR");
  expect(searchParam(page, "metric")).toBe("best-score");
  await expect(toggle.getByRole("radio", { name: "Style control" })).toBeChecked();
  // The board switch still names the text arena once; its variant is the toggle's other side.
  await expect(
    page
      .getByRole("group", { name: "Board" })
      .getByRole("radio", { name: boardInfo(DEFAULT_BOARD).shortName, exact: true }),
  ).toBeChecked();
  await expect(
    page.getByRole("group", { name: "Board" }).getByRole("radio", { name: boardInfo(STYLE).shortName }),
  ).toHaveCount(0);
  // Other ratings: the style-controlled board's dates (the last three) carry other scores (the mini mirror's style
  // control moves every model).
  await expect.poll(async () => Object.keys(await seriesValues(page)).length).toBeLessThan(Object.keys(plain).length);
  const styled = await seriesValues(page);
  const shared = Object.keys(styled).filter((k) => k in plain);
  expect(shared.length).toBeGreaterThan(0);
  expect(shared.some((k) => styled[k] !== plain[k])).toBe(true);

  await toggle.getByText("Plain ratings").click();
  await expect.poll(() => searchParam(page, "board")).toBeNull();
  expect(searchParam(page, "countries")).toBe("US~FR");
  expect(searchParam(page, "metric")).toBe("best-score");
  await expect.poll(() => seriesValues(page)).toEqual(plain);
  // Back returns to style control.
  await page.goBack();
  await expect.poll(() => searchParam(page, "board")).toBe(STYLE);
});

for (const width of [1280, 375]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });
    for (const board of [VISION, IMAGE]) {
      test(`axe finds no serious or critical violations on the ${board} view; nothing scrolls sideways`, async ({
        page,
      }) => {
        await page.goto(`/?board=${board}`);
        await hydrated(page);
        await expect(standings(page).locator("[data-chart-box]")).toBeVisible();
        const results = await new AxeBuilder({ page }).analyze();
        const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
        await page.screenshot({ path: test.info().outputPath(`${board}-${width}.png`), fullPage: true });
      });
    }
  });
}

test("previews, embeds, status, search and the language lens reach the new boards", async ({ page, request }) => {
  // The preview names the board, and its image differs from the text arena's.
  await page.goto(`/?board=${VISION}`);
  expect(await page.locator('meta[property="og:description"]').getAttribute("content")).toContain(
    boardInfo(VISION).name,
  );
  const image = (await page.locator('meta[property="og:image"]').getAttribute("content"))!;
  expect(new URL(image).search).toContain(`board=${VISION}`);
  const png = await request.get(new URL(image).pathname + new URL(image).search);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toContain("image/png");
  const textPng = await request.get("/og");
  expect(Buffer.compare(await png.body(), await textPng.body())).not.toBe(0);
  // The embed draws the vision board's chart and links back to its view.
  await page.goto(`/?board=${IMAGE}&embed=1`);
  await expect(page.locator("[data-chart-box]").first()).toBeVisible();
  await expect(page.locator(`a[href*="board=${IMAGE}"]`).first()).toBeAttached();

  // /status lists every stored board.
  const stored = ((await (await request.get("/api/v1/boards")).json()) as { slug: string }[]).map((b) => b.slug);
  await page.goto("/status");
  for (const slug of stored) {
    await expect(page.locator(`tr[data-board="${slug}"]`)).toContainText(boardInfo(slug).name);
    await expect(page.getByTestId(`snapshots-${slug}`)).not.toHaveText("0");
  }

  // Search finds a vision and a text-to-image model, each on its board.
  const found = (await (await request.get("/api/v1/search?q=pixtral")).json()) as { results: { href: string }[] };
  expect(found.results.map((r) => r.href)).toContain(`/models/${VISION}/pixtral-large-2411`);
  const flux = (await (await request.get("/api/v1/search?q=flux")).json()) as { results: { href: string }[] };
  expect(flux.results.map((r) => r.href)).toContain(`/models/${IMAGE}/flux-1.1-pro`);

  // The language lens applies to the vision arena (it has Chinese and English prompts), not to text-to-image.
  await page.goto(`/lenses/language?board=${VISION}`);
  await expect(page.getByTestId("lens-board")).toHaveValue(VISION);
  await expect(page.getByTestId("lens-board").locator("option")).not.toContainText([boardInfo(IMAGE).name]);
  const csv = await page
    .getByRole("link", { name: /Download CSV/ })
    .first()
    .getAttribute("href");
  expect(csv).toContain(`board=${VISION}`);
  expect((await request.get(csv!)).status()).toBe(200);
  await page.goto(`/lenses/language?board=${IMAGE}`);
  await expect(page.getByRole("status").filter({ hasText: "needs Chinese and English prompts" })).toBeVisible();
  await expect(page.getByTestId("lens-board")).toHaveValue(DEFAULT_BOARD);
});

test("a request with an unknown board and another bad parameter is told both", async ({ request }) => {
  const res = await request.get("/api/v1/standings?board=nope&metric=nope");
  expect(res.status()).toBe(400);
  const { error } = (await res.json()) as { error: { message: string } };
  expect(error.message).toMatch(/^board: "nope" is not one of .*; metric: "nope" is not one of /);
});
