// Shared steps for the dashboard specs.
import { expect, type Page } from "@playwright/test";

/** The standings chart's card. */
export function standings(page: Page) {
  return page.locator("section", { has: page.locator("#standings-title") });
}

/** Values of the standings data table as { "US@2024-01-15": "1" }, read from the accessible fallback table. */
export async function seriesValues(page: Page): Promise<Record<string, string>> {
  await openDataTable(page);
  const cells = standings(page).locator("[data-testid=series-table] td[data-series]");
  await expect(cells.first()).toBeAttached();
  return cells.evaluateAll((tds) =>
    Object.fromEntries(
      tds.map((td) => [
        `${td.getAttribute("data-series")}@${td.closest("tr")!.getAttribute("data-date")}`,
        td.getAttribute("data-value")!,
      ]),
    ),
  );
}

/**
 * Waits until the client has taken over the page (its first hydration committed: lib/view/load/first-hydration.ts). The
 * dashboard's panels then hydrate on a visitor's first event inside them (components/ui/hydrate-on-intent.tsx).
 */
export async function hydrated(page: Page) {
  await expect(page.locator("html[data-hydrated]")).toBeAttached();
  // And React has moved every streamed Suspense segment into place: a panel larger than ~12 kB arrives out of line,
  // in a hidden <div id="S:…">, and is revealed by a script up to 300 ms after the first paint.
  await expect(page.locator("div[hidden][id^='S:']")).toHaveCount(0);
}

/** Points at the standings chart, which swaps in the interactive (recharts) chart, and waits for it. */
export async function interactiveChart(page: Page) {
  await hydrated(page);
  await standings(page).locator("[data-chart-box]").hover();
  await expect(standings(page).locator(".recharts-wrapper")).toBeVisible();
}

export function searchParam(page: Page, key: string): string | null {
  return new URL(page.url()).searchParams.get(key);
}

/** Opens the standings chart's "Show data table" disclosure, whose rows are built only when opened. */
export async function openDataTable(page: Page) {
  const details = standings(page)
    .locator("details", { has: page.getByText("Show data table") })
    .first();
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click();
  await expect(standings(page).locator("[data-testid=series-table]")).toBeVisible();
}
