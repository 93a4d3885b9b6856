// Sharing a view: preview images, embed mode and framing, downloads, citation, the page cache and the security
// headers of every kind of response.
import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { hydrated, openDataTable, standings } from "./helpers";

const LATEST = "2025-11-01"; // the mini mirror's newest arena snapshot

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** The standings chart's share menu (every panel has its own: tests/e2e/panel-share.spec.ts). */
async function openShare(page: Page) {
  const button = standings(page).getByRole("button", { name: /^Share, cite or download/ });
  if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
}

async function download(page: Page, kind: string): Promise<{ name: string; body: Buffer }> {
  await openShare(page);
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    standings(page).locator(`[data-download=${kind}]`).click(),
  ]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

test("every view has its own preview: og and twitter tags, and a 1200×630 PNG that differs between views", async ({
  page,
  request,
}) => {
  await page.goto("/?countries=US~CN&metric=best-score");
  const meta = (p: string) => page.locator(`meta[property="${p}"], meta[name="${p}"]`).getAttribute("content");
  expect(await meta("og:title")).toContain("Best score by country: United States vs China");
  expect(await meta("twitter:card")).toBe("summary_large_image");
  expect(new URL((await meta("og:url"))!).search).toBe("?metric=best-score&countries=US~CN");
  const image = (await meta("og:image"))!;
  expect(await meta("og:description")).toBeTruthy();

  const a = await request.get(new URL(image).pathname + new URL(image).search);
  expect(a.status()).toBe(200);
  expect(a.headers()["content-type"]).toBe("image/png");
  expect(a.headers()["cache-control"]).toMatch(/public, .*max-age=\d{4,}/);
  const etag = a.headers()["etag"];
  expect(etag).toMatch(/^W\/"v\d+-/);
  const bodyA = await a.body();
  expect(pngSize(bodyA)).toEqual({ width: 1200, height: 630 });

  const b = await request.get("/og?countries=US~europe");
  const bodyB = await b.body();
  expect(pngSize(bodyB)).toEqual({ width: 1200, height: 630 });
  expect(bodyB.equals(bodyA)).toBe(false);

  const again = await request.get(new URL(image).pathname + new URL(image).search, {
    headers: { "if-none-match": etag },
  });
  expect(again.status()).toBe(304);
});

test("a view whose prompt category the board does not have: the page shows overall with a notice, and so does its preview", async ({
  page,
  request,
}) => {
  await page.goto("/?countries=US~CN&category=elvish");
  await expect(page.getByTestId("param-notices")).toContainText(
    "No prompt category elvish on this board; showing Overall.",
  );
  const image = (await page.locator('meta[property="og:image"]').getAttribute("content"))!;
  expect(new URL(image).searchParams.get("category")).toBe("elvish");
  const gone = await request.get(new URL(image).pathname + new URL(image).search);
  expect(gone.status()).toBe(200);
  expect(gone.headers()["content-type"]).toBe("image/png");
  const overall = await request.get("/og?countries=US~CN");
  expect(overall.status()).toBe(200);
  // The same picture as the overall view's: the image resolves the view exactly as the page does.
  expect((await gone.body()).equals(await overall.body())).toBe(true);
});

test("embed mode shows the chart without the site's chrome, with a link back to the full view", async ({ page }) => {
  await page.goto("/?countries=US~CN&embed=1");
  await hydrated(page);
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("link", { name: "Leaderboard Atlas", exact: true })).toBeHidden();
  await expect(standings(page)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Where the strongest LLMs come from" })).toHaveCount(0);
  const back = page.getByTestId("embed-backlink");
  await expect(back).toBeVisible();
  expect(await back.getAttribute("href")).toBe("/?countries=US~CN");
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test("another site can frame the embed URL but not the normal page", async ({ page, baseURL }) => {
  // Another site: a page of its own, from a server of its own (another origin).
  const html = `<!doctype html><title>parent</title>
    <iframe id="embed" src="${baseURL}/?embed=1" width="800" height="560"></iframe>
    <iframe id="full" src="${baseURL}/" width="800" height="560"></iframe>`;
  const server = http.createServer((_, res) => res.writeHead(200, { "Content-Type": "text/html" }).end(html));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  try {
    await page.goto(`http://localhost:${(server.address() as AddressInfo).port}/`);
    await expect(page.frameLocator("#embed").getByTestId("embed-backlink")).toBeVisible({ timeout: 30_000 });
    // The refused frame never gets the page: Chromium puts an error page in its place.
    await expect
      .poll(
        () =>
          page
            .frames()
            .map((f) => f.url())
            .filter((u) => u.startsWith("chrome-error:")).length,
      )
      .toBe(1);
    await expect(page.frameLocator("#full").locator("[data-chrome]")).toHaveCount(0);
  } finally {
    server.close();
  }
});

test("the CSV download is the chart's data table, named after the view", async ({ page }) => {
  await page.goto("/?countries=US~CN~europe");
  await hydrated(page);
  const { name, body } = await download(page, "csv");
  expect(name).toBe(`best-rank_lmarena-text_US-CN-europe_${LATEST}.csv`);
  const [header, ...lines] = body.toString("utf8").trim().split("\r\n");
  expect(header).toBe("date,US,US model,CN,CN model,europe,europe model");
  const fromCsv: Record<string, string> = {};
  const keys = ["US", "CN", "europe"];
  for (const line of lines) {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ""));
    keys.forEach((k, i) => (fromCsv[`${k}@${cells[0]}`] = cells[1 + 2 * i]));
  }
  await openDataTable(page);
  const cells = standings(page).locator("[data-testid=series-table] td[data-series]");
  const fromTable = await cells.evaluateAll((tds) =>
    Object.fromEntries(
      tds.map((td) => [
        `${td.getAttribute("data-series")}@${td.closest("tr")!.getAttribute("data-date")}`,
        td.getAttribute("data-value")!,
      ]),
    ),
  );
  expect(Object.keys(fromTable).length).toBeGreaterThan(0);
  expect(fromCsv).toEqual(fromTable);

  const json = JSON.parse((await download(page, "json")).body.toString("utf8"));
  expect(json.series.map((s: { key: string }) => s.key)).toEqual(keys);
});

test("the SVG and PNG downloads are non-empty, the PNG at twice the SVG's size", async ({ page }) => {
  await page.goto("/?countries=US~CN");
  await hydrated(page);
  const svg = await download(page, "svg");
  expect(svg.name).toBe(`best-rank_lmarena-text_US-CN_${LATEST}.svg`);
  const text = svg.body.toString("utf8");
  expect(text).toMatch(/^<svg [^>]*width="960" height="540"/);
  for (const s of [
    "Best rank by country",
    "United States",
    "China",
    "data as of 1 Nov 2025",
    "Data: LMArena, CC BY 4.0",
    "credit LMArena",
  ])
    expect(text).toContain(s);
  expect(text).toMatch(/<path d="M[^"]+" fill="none" stroke="#0072B2"/);
  const png = await download(page, "png");
  expect(png.name).toBe(`best-rank_lmarena-text_US-CN_${LATEST}.png`);
  expect(png.body.byteLength).toBeGreaterThan(5000);
  expect(pngSize(png.body)).toEqual({ width: 1920, height: 1080 });
});

test("Cite this view gives the URL and the data date, also as BibTeX; the embed code is an iframe of the embed URL", async ({
  page,
}) => {
  await page.goto("/?countries=US~CN");
  await hydrated(page);
  await openShare(page);
  await standings(page).getByRole("button", { name: "Cite this view…" }).click();
  const citation = standings(page).getByTestId("citation");
  await expect(citation).toContainText(`${new URL(page.url()).origin}/?countries=US~CN`);
  await expect(citation).toContainText(LATEST);
  await expect(standings(page).getByTestId("bibtex")).toHaveValue(
    /@misc\{leaderboardatlas_20251101,[\s\S]*\\url\{http/,
  );
  await openShare(page);
  await standings(page).getByRole("button", { name: "Embed…" }).click();
  await expect(standings(page).getByTestId("embed-code")).toHaveValue(
    /^<iframe src="http:\/\/[^"]+\/\?countries=US~CN&amp;embed=1" title="[^"]+" width="\d+" height="\d+"/,
  );
});

test("pages are cached per URL and data version: ETag, 304, public Cache-Control, compressed", async ({ request }) => {
  const first = await request.get("/?countries=US~FR", { headers: { "accept-encoding": "gzip" } });
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^W\/"v\d+-/);
  expect(first.headers()["cache-control"]).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/);
  const second = await request.get("/?countries=US~FR&utm_source=feed", { headers: { "accept-encoding": "gzip" } });
  expect(second.headers()["x-cache"]).toBe("hot");
  expect(second.headers()["content-encoding"]).toBe("gzip");
  expect(second.headers()["etag"]).toBe(etag);
  const notModified = await request.get("/?countries=US~FR", { headers: { "if-none-match": etag } });
  expect(notModified.status()).toBe(304);
});

test("security headers on pages, embeds, API answers (fast path included), images and static files", async ({
  request,
  page,
}) => {
  await page.goto("/");
  const script = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
  const api = "/api/v1/standings?board=lmarena-text";
  await request.get(api); // the second answer comes from the fast path
  const cases: [string, boolean][] = [
    ["/", false],
    ["/?embed=1", true],
    [api, false],
    [api, false],
    ["/og", false],
    [script!, false],
    ["/bench-static.json", false],
    ["/status", false],
  ];
  for (const [url, embed] of cases) {
    const res = await request.get(url);
    const h = res.headers();
    expect(h["x-content-type-options"], url).toBe("nosniff");
    expect(h["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(h["content-security-policy"], url).toContain("default-src 'self'");
    expect(h["content-security-policy"], url).toContain("object-src 'none'");
    expect(h["content-security-policy"], url).toContain(embed ? "frame-ancestors *" : "frame-ancestors 'self'");
    expect(h["strict-transport-security"], url).toBeUndefined();
  }
  // Without TRUST_PROXY the header is the client's own word: no HSTS (hardening.spec.ts checks the trusted case).
  const tls = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(tls.headers()["strict-transport-security"]).toBeUndefined();
});

test("entity pages have their own previews and embeds", async ({ page, request }) => {
  const images: Buffer[] = [];
  for (const path of ["/orgs/openai", "/countries/CN", "/models/lmarena-text/gpt-4o-2024-05-13"]) {
    await page.goto(path);
    const og = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(new URL(og!).pathname, path).toBe(`/og${path}`);
    expect(new URL((await page.locator('meta[property="og:url"]').getAttribute("content"))!).pathname).toBe(path);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
    const res = await request.get(`/og${path}`);
    expect(res.status(), path).toBe(200);
    const body = await res.body();
    expect(pngSize(body)).toEqual({ width: 1200, height: 630 });
    images.push(body);

    const framed = await request.get(`${path}?embed=1`);
    expect(framed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    await page.goto(`${path}?embed=1`);
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("img", { name: /^Chart: / })).toBeVisible();
    expect(await page.getByTestId("embed-backlink").getAttribute("href")).toBe(path);
  }
  expect(images[0].equals(images[1])).toBe(false);
  expect((await request.get("/og/orgs/no-such-org")).status()).toBe(404);
});

test("lens views have their own previews, one per view, and embeds", async ({ page, request }) => {
  const views = [
    ["/lenses/language", "/lenses/language?pair=chinese~klingon_poetry"],
    ["/lenses/price", "/lenses/price?within=20"],
    ["/lenses/efficiency", "/lenses/efficiency?countries=US~CN"],
  ];
  for (const [plain, other] of views) {
    const images: Buffer[] = [];
    for (const path of [plain, other]) {
      await page.goto(path);
      const meta = (p: string) => page.locator(`meta[property="${p}"]`).getAttribute("content");
      const og = new URL((await meta("og:image"))!);
      expect(`${og.pathname}${og.search}`, path).toBe(`/og${path}`);
      const url = new URL((await meta("og:url"))!);
      expect(`${url.pathname}${url.search}`, path).toBe(path);
      expect(await meta("og:title"), path).toMatch(/lens/);
      expect(await meta("og:description"), path).toBeTruthy();
      expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
      const res = await request.get(`/og${path}`);
      expect(res.status(), path).toBe(200);
      expect(res.headers()["content-type"]).toBe("image/png");
      const body = await res.body();
      expect(pngSize(body), path).toEqual({ width: 1200, height: 630 });
      images.push(body);
    }
    expect(images[0].equals(images[1]), plain).toBe(false);

    const embedUrl = `${other}&embed=1`;
    const framed = await request.get(embedUrl);
    expect(framed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect((await request.get(other)).headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
    await page.goto(embedUrl);
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("img", { name: /^Chart: / })).toBeVisible();
    expect(await page.getByTestId("embed-backlink").getAttribute("href")).toBe(other);
  }
  expect((await request.get("/og/lenses/no-such-lens")).status()).toBe(404);
});
