// Entity pages and search, as a visitor uses them: search → model → organization → country and back, the twin on
// the other board, 404s with suggestions, keyboard search, a phone's width, and axe on each page type.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { boardInfo, DEFAULT_BOARD } from "@/lib/boards/info";
import { hydrated } from "./helpers";

const QWEN_ARENA = "/models/lmarena-text/qwen2.5-72b-instruct";
const QWEN_HF = "/models/hf-open-llm-v2/Qwen_Qwen2.5-72B-Instruct_bfloat16";

async function openSearch(page: Page) {
  await page.getByTestId("search-button").click();
  await expect(page.getByRole("combobox", { name: "Search" })).toBeFocused();
}

test("search → model page → organization → country, and back", async ({ page }) => {
  await page.goto("/status");
  await openSearch(page);
  await page.keyboard.type("qwen2.5 72b");
  const dialog = page.getByRole("dialog");
  // One group per board with a match (a model on a style-controlled variant is found on its plain board).
  await expect(
    dialog.getByText(`Models on ${boardInfo(DEFAULT_BOARD).shortNameInProse}`, { exact: true }),
  ).toBeVisible();
  await expect(
    dialog.getByText(`Models on ${boardInfo(boardInfo(DEFAULT_BOARD).styleControlVariant!).shortNameInProse}`),
  ).toHaveCount(0);
  await expect(dialog.getByText("Models on the Open LLM Leaderboard")).toBeVisible();
  await dialog.getByRole("option", { name: "qwen2.5-72b-instruct", exact: true }).click();

  await expect(page).toHaveURL(QWEN_ARENA);
  await expect(page).toHaveTitle(/qwen2\.5-72b-instruct on the LMArena text arena/);
  await expect(page.getByRole("heading", { level: 1, name: "qwen2.5-72b-instruct" })).toBeVisible();
  // Also on: the Hub twin and the same key with style control, in the boards' list order.
  const alsoOn = page.getByTestId("also-on").getByRole("link");
  await expect(alsoOn).toHaveCount(2);
  expect(await alsoOn.evaluateAll((links) => links.map((l) => l.getAttribute("href")))).toEqual([
    QWEN_HF,
    QWEN_ARENA.replace(DEFAULT_BOARD, boardInfo(DEFAULT_BOARD).styleControlVariant!),
  ]);
  await expect(
    page.locator("section", { has: page.locator("#model-rank-title") }).locator("[data-chart-box]"),
  ).toBeVisible();
  // The history table, built when opened: one row per snapshot, newest first, with rank, score, CI and votes.
  await page.getByText("Show data table (rank and score per snapshot)").click();
  const history = page.getByTestId("model-history-table");
  await expect(history.locator("tbody tr")).toHaveCount(3);
  await expect(history.locator("tbody tr").first()).toHaveAttribute("data-date", "2025-11-01");
  await expect(history.locator("tbody tr").first().locator("td").first()).toHaveText("#6");
  await expect(history.getByRole("columnheader", { name: "95% CI" })).toBeVisible();
  await expect(history.locator("tbody tr").first().locator("td").last()).toHaveText("6,000");

  await page.getByRole("link", { name: "Alibaba (Qwen)" }).first().click();
  await expect(page).toHaveURL("/orgs/alibaba");
  await expect(page.getByRole("heading", { level: 1, name: "Alibaba (Qwen)" })).toBeVisible();
  // Listed under each board that rates it (the text arena and its style-controlled variant); the text arena's here.
  const textSection = page.locator("section", { has: page.locator(`#board-${DEFAULT_BOARD}-heading`) });
  await expect(textSection.locator("tr[data-model='qwen2.5-72b-instruct']")).toBeVisible();

  await page.getByRole("link", { name: "China" }).first().click();
  await expect(page).toHaveURL("/countries/CN");
  await expect(page).toHaveTitle(/China/);
  await expect(page.getByTestId("leading-lmarena-text").getByRole("link", { name: "deepseek-v3" })).toBeVisible();
  await expect(page.getByTestId("organizations").getByRole("link", { name: "Alibaba (Qwen)" })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL("/orgs/alibaba");
  await page.goBack();
  await expect(page).toHaveURL(QWEN_ARENA);
});

test("an organization page says why it has its country, and the contested case is listed on /methodology", async ({
  page,
}) => {
  await page.goto("/orgs/google");
  const why = page.getByTestId("why-country");
  await expect(page.getByRole("heading", { level: 2, name: "Why this country" })).toBeVisible();
  await expect(why.getByRole("link", { name: "en.wikipedia.org/wiki/Google" })).toHaveAttribute(
    "href",
    "https://en.wikipedia.org/wiki/Google",
  );
  await expect(why.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
  await expect(why.getByTestId("contested")).toContainText("Google DeepMind");
  await why.getByRole("link", { name: "Every contested case" }).click();
  await expect(page).toHaveURL("/methodology#contested");
  const google = page.locator("[data-testid=contested-case][data-slug=google]");
  await expect(google).toBeVisible();
  await expect(google.getByRole("link", { name: "Google" })).toHaveAttribute("href", "/orgs/google");
  await expect(page.locator("[data-testid=contested-case][data-slug=mts-ai]")).toContainText("Russia");
});

test("the twin on the other board links back", async ({ page }) => {
  await page.goto(QWEN_HF);
  await expect(page.getByRole("heading", { level: 1, name: "Qwen/Qwen2.5-72B-Instruct" })).toBeVisible();
  // The arena key is on the text arena and on its style-controlled variant: both are listed, the plain one first.
  const twins = page.getByTestId("also-on").getByRole("link", { name: "qwen2.5-72b-instruct" });
  await expect(twins).toHaveCount(2);
  await twins.first().click();
  await expect(page).toHaveURL(QWEN_ARENA);
});

test("keyboard: / and Ctrl-K open the search, arrows move, Enter opens; no match says so", async ({ page }) => {
  await page.goto("/orgs/openai");
  // The shortcut is a client listener: a key pressed before hydration goes nowhere.
  await hydrated(page);
  await page.keyboard.press("/");
  const input = page.getByRole("combobox", { name: "Search" });
  await expect(input).toBeFocused();
  await page.keyboard.type("zzqqxx");
  await expect(page.getByTestId("search-empty")).toHaveText("No match for “zzqqxx”.");
  await page.keyboard.press("Escape");
  await expect(input).toBeHidden();

  await page.keyboard.press("Control+k");
  await expect(input).toBeFocused();
  await page.keyboard.type("mistral");
  await expect(page.getByRole("option").first()).toBeVisible();
  await expect(page.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("option").nth(1)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/orgs/mistral-ai");
});

test("an unknown model is a 404 with suggestions", async ({ page }) => {
  const res = await page.goto("/models/lmarena-text/qwen2.5-72b-instruk");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "No such model" })).toBeVisible();
  await expect(
    page.getByTestId("suggestions").getByRole("link", { name: "qwen2.5-72b-instruct", exact: true }),
  ).toBeVisible();
  for (const path of ["/orgs/no-such-org", "/countries/XX", "/models/no-board/x"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

test("a valid ISO code with no models has its page, which says so, not a 404", async ({ page }) => {
  const res = await page.goto("/countries/zw");
  expect(res?.status()).toBe(200);
  await expect(page).toHaveURL("/countries/ZW");
  await expect(page.getByRole("heading", { level: 1, name: "Zimbabwe" })).toBeVisible();
  await expect(page.getByTestId("country-empty")).toContainText("No model from Zimbabwe on these boards yet");
});

test("country keys in any case lead to one URL; groups list their members", async ({ page }) => {
  await page.goto("/countries/europe");
  await expect(page.getByTestId("members").getByRole("link", { name: "France" })).toBeVisible();
  await page.goto("/countries/fr");
  await expect(page).toHaveURL("/countries/FR");
  await expect(page.getByRole("heading", { level: 1, name: "France" })).toBeVisible();
});

const PAGES = {
  model: QWEN_ARENA,
  hfModel: QWEN_HF,
  organization: "/orgs/alibaba",
  country: "/countries/CN",
  group: "/countries/unknown",
  notFound: "/orgs/nope",
};

test.describe("at 375 px", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  for (const [name, path] of Object.entries(PAGES)) {
    test(`the ${name} page does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
      await page.screenshot({ path: test.info().outputPath(`${name}-375.png`), fullPage: true });
    });
  }
});

for (const theme of ["light", "dark"] as const) {
  for (const [name, path] of Object.entries(PAGES)) {
    test(`axe: no serious or critical violations on the ${name} page (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
    });
  }
}

test("axe: the open search dialog has no serious or critical violations", async ({ page }) => {
  await page.goto("/countries/US");
  await openSearch(page);
  await page.keyboard.type("qwen");
  await expect(page.getByRole("option").first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
});

test("the comparison view links its models and organizations: ranking table, gap panel, chart", async ({ page }) => {
  await page.goto("/");
  const table = page.getByTestId("ranking-table");
  await expect(table.getByRole("link", { name: "deepseek-v3", exact: true })).toHaveAttribute(
    "href",
    "/models/lmarena-text/deepseek-v3",
  );
  await expect(table.getByRole("link", { name: "DeepSeek", exact: true }).first()).toHaveAttribute(
    "href",
    "/orgs/deepseek",
  );
  const setBy = page.getByTestId("gap-set-by");
  await expect(setBy.getByRole("link").first()).toHaveAttribute("href", /^\/models\/lmarena-text\//);
  await setBy.getByRole("link").first().click();
  await expect(page.getByTestId("model-page")).toBeVisible();

  // A click on the standings chart opens the model behind the nearest line.
  await page.goto("/?countries=CN");
  const box = page.locator("section", { has: page.locator("#standings-title") }).locator("[data-chart-box]");
  await box.hover();
  const surface = page.locator("section", { has: page.locator("#standings-title") }).locator(".recharts-wrapper");
  await expect(surface).toBeVisible();
  const b = (await surface.boundingBox())!;
  await page.mouse.move(b.x + b.width - 40, b.y + b.height / 2);
  await expect(page.getByText("Click a line to open its model's page")).toBeVisible();
  await page.mouse.click(b.x + b.width - 40, b.y + b.height / 2);
  await expect(page).toHaveURL(/\/models\/lmarena-text\/deepseek-v3$/);
});
