// Issue 22, item 3: every panel has its own share/cite/download, and one page speaks of one date: the view's end
// (`to`), not the newest snapshot, in the ranking table, the gap sentence, the source line, the citations and the
// file names. At 1280 and 375 px.
import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { hydrated } from "./helpers";

const TO = "2025-06-01"; // a mini-mirror arena snapshot before the newest (2025-11-01)
const TO_LONG = "1 Jun 2025";

const panel = (page: Page, id: string) => page.locator("section", { has: page.locator(`#${id}-title`) });

async function openMenu(section: Locator) {
  const button = section.getByRole("button", { name: /^Share, cite or download/ });
  await expect(button).toHaveCount(1);
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
}

/** The panel's citation, after opening its menu and "Cite this view…". */
async function cite(page: Page, section: Locator): Promise<Locator> {
  await openMenu(section);
  await section.getByRole("button", { name: "Cite this view…" }).click();
  const text = section.getByTestId("citation");
  await expect(text).toBeVisible();
  await expect(text).toBeInViewport();
  // Nothing of the cite panel hangs off the screen.
  const box = (await text.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  return text;
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 375, height: 812 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport, ...(viewport.width < 500 ? { isMobile: true, hasTouch: true } : {}) });

    test("standings, gap and ranking each have their own share, cite and download, all dated by the view's end", async ({
      page,
    }) => {
      await page.goto(`/?countries=US~CN&to=${TO}`);
      await hydrated(page);
      // One date on the whole page.
      await expect(page.getByRole("heading", { name: `Ranking on ${TO_LONG}` })).toBeVisible();
      await expect(page.getByTestId("gap-summary")).toContainText(`As of ${TO_LONG}`);
      await expect(panel(page, "standings").getByTestId("source-line")).toContainText(`data as of ${TO_LONG}`);

      for (const id of ["standings", "gap", "ranking"]) {
        const section = panel(page, id);
        const citation = await cite(page, section);
        await expect(citation, id).toContainText(`data as of ${TO}`);
        await expect(citation, id).toContainText(`to=${TO}`);
        await expect(citation, id).toContainText(`#${id}-title`);
        await expect(citation, id).toContainText("CC BY 4.0");
        await expect(citation, id).toHaveAttribute("data-as-of", TO);
        await page.keyboard.press("Escape");
        await expect(citation).toBeHidden();
        // Its own downloads, named after the same date.
        await openMenu(section);
        if (id === "ranking") {
          const csv = section.locator("[data-download=api-csv]");
          await expect(csv).toBeVisible();
          expect(await csv.getAttribute("href")).toContain(`/snapshots/${TO}?`);
        } else {
          for (const kind of ["csv", "metadata", "svg", "png"])
            await expect(section.locator(`[data-download=${kind}]`), `${id} ${kind}`).toBeVisible();
          await expect(section.locator("[data-download=csv]")).toContainText(`_${TO}.csv`);
        }
        await page.keyboard.press("Escape");
      }
    });
  });
}

test("the gap panel's SVG carries its title, the source with the view's date and LMArena's licence; its CSV has a sidecar", async ({
  page,
}) => {
  await page.goto(`/?countries=US~CN&to=${TO}`);
  await hydrated(page);
  const gap = panel(page, "gap");
  await openMenu(gap);
  const [svgFile] = await Promise.all([page.waitForEvent("download"), gap.locator("[data-download=svg]").click()]);
  expect(svgFile.suggestedFilename()).toBe(`gap_lmarena-text_US-CN_${TO}.svg`);
  const svg = (await readFile((await svgFile.path())!)).toString("utf8");
  for (const s of [
    "Gap: United States vs China",
    `data as of ${TO_LONG}`,
    "Data: LMArena, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); credit LMArena.",
  ])
    expect(svg).toContain(s);

  await openMenu(gap);
  const [metaFile] = await Promise.all([
    page.waitForEvent("download"),
    gap.locator("[data-download=metadata]").click(),
  ]);
  expect(metaFile.suggestedFilename()).toBe(`gap_lmarena-text_US-CN_${TO}.metadata.json`);
  const meta = JSON.parse((await readFile((await metaFile.path())!)).toString("utf8"));
  expect(meta.dataAsOf).toBe(TO);
  expect(meta.file).toBe(`gap_lmarena-text_US-CN_${TO}.csv`);
  expect(meta.licence).toContain("CC BY 4.0");
});

test("API CSV answers link a metadata sidecar that exists and describes them", async ({ request }) => {
  const csv = await request.get(`/api/v1/boards/lmarena-text/snapshots/${TO}?format=csv`);
  expect(csv.status()).toBe(200);
  const link = csv.headers()["link"];
  expect(link).toMatch(
    /^<\/api\/v1\/boards\/lmarena-text\/snapshots\/2025-06-01\/metadata\.json>; rel="describedby"; type="application\/json"$/,
  );
  // The CSV itself stays plain data: the header row first, no comment lines; scores with at most two decimals.
  const body = await csv.text();
  expect(body.startsWith("rank,model,")).toBe(true);
  const scores = body
    .trim()
    .split("\r\n")
    .slice(1)
    .map((l) => l.split(",")[6]);
  expect(scores.every((s) => /^-?\d+(\.\d{1,2})?$/.test(s))).toBe(true);
  const meta = await request.get(link.slice(1, link.indexOf(">")));
  expect(meta.status()).toBe(200);
  const json = await meta.json();
  expect(json.dataAsOf).toBe(TO);
  expect(json.columns.map((c: { name: string }) => c.name).join(",")).toBe(body.split("\r\n")[0]);
  expect(json.sources[0].publisher).toBe("LMArena");

  const standings = await request.get(`/api/v1/standings?board=lmarena-text&metric=best-score&to=${TO}&format=csv`);
  const sidecar = standings.headers()["link"].match(/^<([^>]+)>/)![1];
  expect(sidecar).toBe(`/api/v1/standings/metadata.json?board=lmarena-text&metric=best-score&to=${TO}`);
  expect((await (await request.get(sidecar)).json()).range.to).toBe(TO);
});

test("each lens chart has its own share menu", async ({ page }) => {
  await page.goto("/lenses/efficiency?countries=US~CN");
  await hydrated(page);
  const charts = page.locator("section[aria-labelledby$='-title']");
  const count = await charts.count();
  expect(count).toBeGreaterThan(1);
  await expect(page.getByRole("button", { name: /^Share, cite or download/ })).toHaveCount(count);
});

test("picking another snapshot dates the ranking (and its citation) only; the menu's default is the range's end", async ({
  page,
}) => {
  await page.goto(`/?countries=US~CN&to=${TO}`);
  await hydrated(page);
  const ranking = panel(page, "ranking");
  const menu = ranking.getByLabel("Snapshot");
  await expect(menu).toHaveValue("");
  await expect(menu.locator("option:checked")).toContainText(`${TO_LONG} (`);
  await expect(menu.locator("option:checked")).toContainText("end of the date range");
  // The newest snapshot is a choice like any other: it goes into the URL.
  await menu.selectOption({ label: await menu.locator("option", { hasText: "latest" }).innerText() });
  await expect.poll(() => new URL(page.url()).searchParams.get("date")).toBe("2025-11-01");
  await expect(page.getByRole("heading", { name: "Ranking on 1 Nov 2025" })).toBeVisible();
  await expect(await cite(page, ranking)).toContainText("data as of 2025-11-01");
  await page.keyboard.press("Escape");
  await expect(await cite(page, panel(page, "standings"))).toContainText(`data as of ${TO}`);
  // Back to the default: the URL drops `date`.
  await page.keyboard.press("Escape");
  await menu.selectOption("");
  await expect.poll(() => new URL(page.url()).searchParams.get("date")).toBeNull();
  await expect(page.getByRole("heading", { name: `Ranking on ${TO_LONG}` })).toBeVisible();
});
