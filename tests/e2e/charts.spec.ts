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
async function tickBoxes(chart: Locator, selector: string): Promise<{ labels: { text: string; box: Box }[]; frame: Box }> {
  return chart.evaluate((el, sel) => {
    const frame = el.getBoundingClientRect();
    const labels = [...el.querySelectorAll(sel)]
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
    expect(l.box.x + l.box.width, `${where}: "${l.text}" cut at the right`).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
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
  expectReadable(await tickBoxes(box, ".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value"), `${where}, recharts`);
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
      await page.goto("/?range=1y");
      await checkBothRenderers(page, `${name}, one year`);
    });
  });
}
