// Issue 22, items 5 and 6 as a reader meets them, at a desktop's and a phone's width: the share menu in view, typed
// dates, charts that fill their boxes (lens small multiples, embeds), the gap in points or percent with its band,
// labelled event markers, chips that pass axe, country embeds without the navigation, and empty country pages.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { hydrated, searchParam } from "./helpers";

const VIEWPORTS = [
  { name: "1280", viewport: { width: 1280, height: 900 } },
  { name: "375", viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true },
] as const;

function gap(page: Page) {
  return page.locator("section", { has: page.locator("#gap-title") });
}

/** The visible static chart in each chart box fills the box: full height, and the box's width minus the margins. */
async function expectChartsFillTheirBoxes(boxes: Locator, where: string) {
  const count = await boxes.count();
  expect(count, where).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const box = boxes.nth(i);
    await box.scrollIntoViewIfNeeded();
    const outer = (await box.boundingBox())!;
    const svg = box.locator("svg[data-chart-renderer=static]").filter({ visible: true });
    await expect(svg, `${where}, chart ${i}`).toHaveCount(1);
    const plot = (await svg.boundingBox())!;
    // No blank band under the chart (it used to be drawn at half size, ~140 px short) ...
    expect(
      Math.abs(plot.height - outer.height),
      `${where}, chart ${i}: height ${plot.height} in a ${outer.height} px box`,
    ).toBeLessThanOrEqual(2);
    // ... nor beside it: the plot is the box minus the axis margins (68 px left, 20 px right).
    expect(
      Math.abs(plot.width - (outer.width - 88)),
      `${where}, chart ${i}: width ${plot.width} in a ${outer.width} px box`,
    ).toBeLessThanOrEqual(2);
  }
}

for (const vp of VIEWPORTS) {
  test.describe(`at ${vp.name} px`, () => {
    test.use(vp.name === "375" ? { viewport: vp.viewport, isMobile: true, hasTouch: true } : { viewport: vp.viewport });

    test("the share menu and its panels open inside the window", async ({ page }) => {
      await page.goto("/");
      await hydrated(page);
      // Every panel has its own menu; the standings panel's is the first.
      const share = page.getByRole("button", { name: /^Share, cite or download/ }).first();
      await share.click();
      const menu = page.getByRole("group", { name: /^Share / });
      await expect(menu).toBeVisible();
      const width = vp.viewport.width;
      for (const item of [
        menu,
        menu.getByRole("button", { name: "Copy link" }),
        menu.getByRole("button", { name: "Embed…" }),
        menu.getByRole("button", { name: "Cite this view…" }),
      ]) {
        const b = (await item.boundingBox())!;
        expect(b.x, "left edge").toBeGreaterThanOrEqual(0);
        expect(b.x + b.width, "right edge").toBeLessThanOrEqual(width);
      }
      await menu.getByRole("button", { name: "Cite this view…" }).click();
      const cite = page.getByTestId("citation");
      await expect(cite).toBeVisible();
      const c = (await cite.boundingBox())!;
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.x + c.width).toBeLessThanOrEqual(width);
      await page.screenshot({ path: test.info().outputPath(`share-${vp.name}.png`) });
    });

    test("a typed date is committed on Enter, kept by the permalink, and a half-typed year is refused with a reason", async ({
      page,
    }) => {
      await page.goto("/");
      await hydrated(page);
      const to = page.getByLabel("To", { exact: true });
      const from = page.getByLabel("From", { exact: true });
      // Real keystrokes into the empty field (mm/dd/yyyy here): after each digit of the year the field holds a whole
      // date (0002-06-01 after the first), and none of them may reach the URL.
      await to.focus();
      await page.keyboard.type("06010002");
      await expect(to).toHaveValue("0002-06-01");
      expect(searchParam(page, "to")).toBeNull();
      await page.keyboard.press("Enter");
      await expect(page.getByTestId("date-error-to")).toContainText("0002-06-01 is before 2000");
      await expect(to).toHaveAttribute("aria-invalid", "true");
      expect(searchParam(page, "to")).toBeNull();

      // The whole date, then Enter: committed, and the reason goes away.
      await to.fill("2025-06-01");
      expect(searchParam(page, "to")).toBeNull();
      await to.press("Enter");
      await expect.poll(() => searchParam(page, "to")).toBe("2025-06-01");
      await expect(page.getByTestId("date-error-to")).toHaveCount(0);

      // From: a half-typed date is not "no date"; leaving the field says so, and a whole one is committed on blur.
      await from.focus();
      await page.keyboard.type("0601");
      await from.blur();
      await expect(page.getByTestId("date-error-from")).toContainText("finish the date");
      expect(searchParam(page, "from")).toBeNull();
      await from.fill("2024-06-01");
      await from.blur();
      await expect.poll(() => searchParam(page, "from")).toBe("2024-06-01");
      await expect(page.getByTestId("date-error-from")).toHaveCount(0);

      // The permalink (Copy link, the citation) keeps the range.
      await page
        .getByRole("button", { name: /^Share, cite or download/ })
        .first()
        .click();
      await page.getByRole("button", { name: "Cite this view…" }).click();
      await expect(page.getByTestId("citation")).toContainText("from=2024-06-01");
      await expect(page.getByTestId("citation")).toContainText("to=2025-06-01");
      await page.screenshot({ path: test.info().outputPath(`dates-${vp.name}.png`) });
    });

    test("lens small multiples fill their boxes on first paint, before any pointer comes near", async ({ page }) => {
      await page.goto("/lenses/efficiency");
      await expectChartsFillTheirBoxes(page.locator("[data-chart-box]"), "efficiency lens");
      await page.goto("/lenses/language");
      await expectChartsFillTheirBoxes(page.locator("[data-chart-box]"), "language lens");
      await page.screenshot({ path: test.info().outputPath(`lens-${vp.name}.png`), fullPage: true });
    });

    test("an embed of the home view leaves no blank band", async ({ page }) => {
      await page.goto("/?embed=1&countries=US~CN");
      await expect(page.getByRole("banner")).toBeHidden();
      await expectChartsFillTheirBoxes(page.locator("[data-chart-box]"), "home embed");
      await page.screenshot({ path: test.info().outputPath(`embed-${vp.name}.png`) });
    });

    test("an embed of a country page, in any spelling, has no site navigation", async ({ page }) => {
      for (const path of ["/countries/US?embed=1", "/countries/us?embed=1", "/countries/Europe?embed=1"]) {
        await page.goto(path);
        expect(new URL(page.url()).searchParams.get("embed"), path).toBe("1");
        await expect(page.getByRole("navigation", { name: "Site" }), path).toBeHidden();
        await expect(page.getByRole("banner"), path).toBeHidden();
        await expect(page.getByTestId("embed-backlink"), path).toBeVisible();
      }
    });

    test("a valid ISO code with no models has a page saying so", async ({ page }) => {
      const res = await page.goto("/countries/TW");
      expect(res?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Taiwan" })).toBeVisible();
      await expect(page.getByTestId("country-empty")).toContainText("No model from Taiwan on these boards yet");
      expect((await page.goto("/countries/XX"))?.status()).toBe(404);
    });

    test("Open LLM Leaderboard models read as their Hub names on an organization page, not as raw keys", async ({
      page,
    }) => {
      await page.goto("/orgs/meta");
      await hydrated(page);
      for (const summary of await page.locator("summary", { hasText: "Show data table" }).all()) await summary.click();
      await expect(page.locator("[data-testid=series-table]").first()).toBeVisible();
      const text = await page.locator("main").innerText();
      expect(text).toContain("meta-llama/Meta-Llama-3.1-70B-Instruct");
      expect(text).not.toMatch(/meta-llama_Meta-Llama-3\.1-70B-Instruct_bfloat16/);
    });

    for (const theme of ["light", "dark"] as const) {
      test(`the ranking's country chips pass axe (${theme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto("/?countries=US~CN~europe");
        await hydrated(page);
        const chips = page.getByRole("group", { name: "Show only rows from" });
        await chips.scrollIntoViewIfNeeded();
        await expect(chips.locator("[aria-pressed=true]").first()).toBeVisible();
        const results = await new AxeBuilder({ page }).include('[aria-label="Show only rows from"]').analyze();
        const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      });
    }

    test("the gap panel offers points or percent, kept in the URL, and shades its band", async ({ page }) => {
      await page.goto("/?countries=US~CN");
      await hydrated(page);
      const panel = gap(page);
      await panel.scrollIntoViewIfNeeded();
      // The arena publishes CIs: the band is one shaded shape, and no dotted bound series is drawn.
      await expect(panel.locator("svg[data-chart-renderer=static] [data-band]").filter({ visible: true })).toHaveCount(
        1,
      );
      await expect(panel.locator("[data-series^=ci-]")).toHaveCount(0);
      await expect(panel).toContainText("Shaded: the gap's 95% band");
      await expect(panel.getByTestId("gap-base")).toHaveCount(0);

      await panel.getByText("Percent", { exact: true }).click();
      await expect.poll(() => searchParam(page, "gapunit")).toBe("percent");
      await expect(panel.getByTestId("gap-base")).toHaveText(
        /in percent of the best score on the China side on each date/,
      );
      await page.reload();
      await expect(gap(page).getByTestId("gap-base")).toBeVisible();
      await expect(gap(page).getByRole("radio", { name: "Percent" })).toBeChecked();
      await gap(page).getByText("Points", { exact: true }).click();
      await expect.poll(() => searchParam(page, "gapunit")).toBeNull();
    });

    test("event markers are labelled on keyboard focus, and the 2024-03-27 method change is said under a score chart", async ({
      page,
    }) => {
      await page.goto("/?countries=US~CN&metric=best-score");
      await hydrated(page);
      const standings = page.locator("section", { has: page.locator("#standings-title") });
      await expect(standings.getByTestId("scale-change-note").first()).toContainText("about 84 points");
      // The interactive chart (a tap or a pointer brings it), then the method change's marker by keyboard.
      await standings.locator("[data-chart-box]").click({ position: { x: 5, y: 5 } });
      const marker = standings.locator(".recharts-wrapper [data-event-id=arena-online-elo-to-bradley-terry]");
      await expect(marker).toBeAttached();
      const label = marker.locator("[data-event-label]");
      await expect(label).toHaveCSS("opacity", "0");
      await marker.focus();
      await expect(label).toHaveCSS("opacity", "1");
      await expect(label).toHaveText("2024-03-27: Online Elo → Bradley-Terry");
      await expect(marker.locator("title")).toHaveText(/about 84 points/);
      await expect(marker).toHaveAccessibleName(/Online Elo → Bradley-Terry/);
    });
  });
}
