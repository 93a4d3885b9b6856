// Progressive hydration (components/ui/hydrate-on-intent.tsx): the dashboard's panels keep their server HTML until a
// visitor reaches for them, and nothing is lost when React has to render the page on the client instead.
import { expect, test } from "@playwright/test";
import { hydrated, standings } from "./helpers";

const hydratedCount = (selector: string) => (page: import("@playwright/test").Page) =>
  page.locator(selector).evaluate((root) => {
    const isHydrated = (el: Element) => Object.keys(el).some((k) => k.startsWith("__reactFiber"));
    return [...root.querySelectorAll("*")].filter(isHydrated).length;
  });
const rankingRows = hydratedCount("section[aria-labelledby=ranking-title]");

test("panels hydrate on the first click inside them, and that click takes effect", async ({ page }) => {
  await page.goto("/");
  await hydrated(page);
  expect(await rankingRows(page), "the ranking panel is still server HTML").toBe(0);
  await page
    .getByTestId("ranking-table")
    .getByRole("button", { name: /^Model/ })
    .click();
  await expect.poll(() => new URL(page.url()).searchParams.get("sort")).toBe("model");
  expect(await rankingRows(page)).toBeGreaterThan(0);
});

test("after a hydration error the panels are still there, drawn on the client", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  // Next reports React's recoverable errors with reportError: a page error, not a console message.
  page.on("pageerror", (e) => errors.push(e.message));
  // A heading whose server text differs from what the client renders: React gives up hydrating and renders anew.
  await page.route("**/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      ">Where the strongest LLMs come from<",
      ">Where the strongest LLMs came from<",
    );
    await route.fulfill({
      response,
      body: html,
      headers: { ...response.headers(), "content-length": String(Buffer.byteLength(html)) },
    });
  });
  await page.goto("/");
  await hydrated(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where the strongest LLMs come from");
  expect(errors.join("\n"), "the altered heading caused a hydration error").toMatch(
    /Minified React error #418|hydrat/i,
  );
  // One chart drawn (its markers and its stretched data are SVGs inside it).
  await expect(
    standings(page).locator("[data-chart-box] svg[data-chart-renderer=static]").filter({ visible: true }),
  ).toHaveCount(1);
  await expect(page.getByTestId("ranking-table").locator("tbody tr").first()).toBeVisible();
});

test("the page's scripts ask V8 to compile them eagerly, and carry no API request schema", async ({
  page,
  request,
}) => {
  await page.goto("/");
  const sources = await page
    .locator("script[src^='/_next/static/chunks/']:not([nomodule])")
    .evaluateAll((els) => els.map((e) => e.getAttribute("src")!));
  expect(sources.length).toBeGreaterThan(3);
  for (const src of sources) {
    const code = await (await request.get(src)).text();
    // scripts/lib/compile-hints.ts: compiled while streaming, not lazily on the main thread.
    expect(code.slice(0, 40), src).toMatch(/^\/\/# allFunctionsCalledOnLoad\n/);
    // lib/standings/query-schemas.ts is server-only: the browser parses the dashboard's URL, never an API request.
    expect(code, src).not.toContain("a key cannot be compared with itself");
    expect(code, src).not.toContain("a category cannot be compared with itself");
  }
});
