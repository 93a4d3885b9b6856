import { expect, test } from "@playwright/test";

test("the home page shows the boards from the database", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Boards" })).toBeVisible();
  await expect(page.locator("[data-board=lmarena-text]")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("home.png"), fullPage: true });
});

test("/api/health reports a reachable database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.status).toBe("ok");
  expect(body.database.reachable).toBe(true);
  expect(["postgres", "embedded"]).toContain(body.database.kind);
  expect(typeof body.dataVersion).toBe("number");
});
