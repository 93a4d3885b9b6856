import { expect, test } from "@playwright/test";

test("the status page shows data freshness, ingest runs and unattributed developers", async ({ page }) => {
  await page.goto("/status");
  await expect(page.getByRole("heading", { name: "Data status" })).toBeVisible();
  await expect(page.getByTestId("snapshots-lmarena-text")).toHaveText("5");
  await expect(page.getByTestId("snapshots-hf-open-llm-v2")).toHaveText("3");
  await expect(page.locator("[data-run-status=succeeded]").first()).toBeVisible();
  const arena = page.locator("[data-unattributed=lmarena-text]");
  await expect(arena).toContainText("mystery-model-x");
  await expect(page.locator("[data-unattributed=hf-open-llm-v2]")).toContainText("someone-unknown");
  await page.screenshot({ path: test.info().outputPath("status.png"), fullPage: true });
});

test("/api/health reports a reachable database and the data version", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toMatchObject({ status: "ok", database: { reachable: true } });
  expect(["postgres", "embedded"]).toContain(body.database.kind);
  expect(body.dataVersion).toBeGreaterThan(0);
  expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
});
