// Readable axes and breaks: date tick labels never overlap and are never cut, in the server-drawn SVG and in
// recharts, on a desktop and on a phone.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { hydrated, interactiveChart, standings } from "./helpers";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The bounding boxes of the chart's date tick labels, and the box they must stay inside. */
async function tickBoxes(
  chart: Locator,
  selector: string,
): Promise<{ labels: { text: string; box: Box }[]; frame: Box }> {
  return chart.evaluate((el, sel) => {
    const frame = el.getBoundingClientRect();
    // The static chart is drawn twice until the chart is first used (a phone's width and a desktop's; CSS shows one):
    // only the labels that are rendered count.
    const labels = [...el.querySelectorAll(sel)]
      .filter((t) => t.getClientRects().length > 0)
      .map((t) => ({ text: t.textContent ?? "", box: t.getBoundingClientRect() }))
      .filter((l) => l.text.trim() !== "")
      .map((l) => ({ text: l.text, box: { x: l.box.x, y: l.box.y, width: l.box.width, height: l.box.height } }));
    return { labels, frame: { x: frame.x, y: frame.y, width: frame.width, height: frame.height } };
  }, selector);
}

function expectReadable({ labels, frame }: { labels: { text: string; box: Box }[]; frame: Box }, where: string) {
  expect(labels.length, `${where}: some date ticks`).toBeGreaterThanOrEqual(2);
  const sorted = [...labels].sort((a, b) => a.box.x - b.box.x);
  sorted.forEach((l, i) => {
    expect(l.box.x, `${where}: "${l.text}" cut at the left`).toBeGreaterThanOrEqual(frame.x - 0.5);
    expect(l.box.x + l.box.width, `${where}: "${l.text}" cut at the right`).toBeLessThanOrEqual(
      frame.x + frame.width + 0.5,
    );
    if (i > 0) {
      const prev = sorted[i - 1];
      expect(prev.box.x + prev.box.width, `${where}: "${prev.text}" overlaps "${l.text}"`).toBeLessThan(l.box.x);
    }
  });
}

async function checkBothRenderers(page: Page, where: string) {
  await hydrated(page);
  const box = standings(page).locator("[data-chart-box]");
  expectReadable(await tickBoxes(box, "svg[data-chart-renderer=static] text[data-tick]"), `${where}, static SVG`);
  await interactiveChart(page);
  await expect(box.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value").first()).toBeVisible();
  expectReadable(
    await tickBoxes(box, ".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value"),
    `${where}, recharts`,
  );
}

for (const [name, viewport] of [
  ["1280 px", { width: 1280, height: 900 }],
  ["375 px", { width: 375, height: 812 }],
] as const) {
  test.describe(`at ${name}`, () => {
    test.use({ viewport });

    test("date tick labels never intersect and are never cut", async ({ page }) => {
      await page.goto("/");
      await checkBothRenderers(page, `${name}, whole history`);
      // Move the pointer off the chart first: left over it, it would make the next page's chart interactive at once
      // (the panel hydrates on the pointer's arrival), and the static SVG this test reads first would be gone.
      await page.mouse.move(0, 0);
      await page.goto("/?range=1y");
      await checkBothRenderers(page, `${name}, one year`);
    });
  });
}

test.describe("at 375 px, touch", () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test("chart tooltips stay inside the viewport; the gap's names both leaders, the % and the lag", async ({ page }) => {
    await page.goto("/");
    await hydrated(page);
    const gap = page.locator("section", { has: page.locator("#gap-title") });
    const box = gap.locator("[data-chart-box]");
    await box.tap();
    await expect(gap.locator(".recharts-wrapper")).toBeVisible();
    const frame = (await gap.locator(".recharts-wrapper").boundingBox())!;
    // The newest point sits at the right edge, where a tooltip is most likely to spill out.
    await page.mouse.move(frame.x + frame.width - 21, frame.y + frame.height / 2);
    const tip = gap.locator(".recharts-tooltip-wrapper");
    await expect(tip).toContainText("1 Nov 2025");
    await expect(tip).toContainText("deepseek-v3");
    await expect(tip).toContainText("gemini-1.5-pro-002");
    await expect(tip).toContainText("of the best score on the United States side");
    const t = (await tip.boundingBox())!;
    expect(t.x).toBeGreaterThanOrEqual(0);
    expect(t.x + t.width).toBeLessThanOrEqual(375);
  });
});
