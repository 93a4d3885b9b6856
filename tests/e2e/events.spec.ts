import { expect, test } from "@playwright/test";

const ATOM = "http://www.w3.org/2005/Atom";

test("GET /api/v1/events finds the milestones in the data and filters by board and countries", async ({ request }) => {
  const res = await request.get("/api/v1/events?board=lmarena-text");
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.board).toBe("lmarena-text");
  // In the mini mirror, deepseek-v3 (1318) passes the US best (1302) on 2025-06-01.
  const lead = body.milestones.find(
    (m: { kind: string; countries: string[] }) => m.kind === "lead-change" && m.countries.join() === "CN,US",
  );
  expect(lead).toMatchObject({ date: "2025-06-01", model: "deepseek-v3" });
  expect(lead.href).toMatch(/^\/\?/);
  expect(body.markers.some((m: { kind: string }) => m.kind === "release")).toBe(true);

  const cn = await (await request.get("/api/v1/events?countries=CN")).json();
  expect(cn.milestones.length).toBeGreaterThan(0);
  expect(cn.milestones.every((m: { countries: string[] }) => m.countries.includes("CN"))).toBe(true);

  const bad = await request.get("/api/v1/events?countries=XX");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toMatch(/countries/);
  const csv = await request.get("/api/v1/events?board=lmarena-text&format=csv");
  expect(await csv.text()).toMatch(
    /^date,board,kind,countries,model,value,title,href,board_size,rank,rival,margin,ci_overlap,tie,ended_on,days,base_country\r?\n/,
  );
});

test("/feed.xml is an Atom 1.0 feed with every element RFC 4287 requires, one entry per milestone", async ({
  page,
  request,
}) => {
  const res = await request.get("/feed.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^application\/atom\+xml/);
  const xml = await res.text();
  const all = (await (await request.get("/api/v1/events")).json()).milestones as { href: string }[];
  await page.goto("/");
  const report = await page.evaluate(
    ([text, ns]) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const feed = doc.documentElement;
      const direct = (el: Element, name: string) =>
        [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
      const entries = direct(feed, "entry");
      return {
        parseError: doc.getElementsByTagName("parsererror").length,
        root: `${feed.namespaceURI} ${feed.localName}`,
        feed: ["id", "title", "updated", "author"].map((n) => direct(feed, n).length),
        selfLink: direct(feed, "link").some((l) => l.getAttribute("rel") === "self"),
        authorName: direct(feed, "author")[0]?.getElementsByTagNameNS(ns, "name").length ?? 0,
        entries: entries.map((e) => ({
          counts: ["id", "title", "updated"].map((n) => direct(e, n).length),
          alternate: direct(e, "link")
            .filter((l) => (l.getAttribute("rel") ?? "alternate") === "alternate")
            .map((l) => l.getAttribute("href")),
          summary: direct(e, "summary").length + direct(e, "content").length,
          updated: direct(e, "updated")[0]?.textContent ?? "",
        })),
      };
    },
    [xml, ATOM] as const,
  );
  expect(report.parseError).toBe(0);
  expect(report.root).toBe(`${ATOM} feed`);
  expect(report.feed).toEqual([1, 1, 1, 1]);
  expect(report.selfLink).toBe(true);
  expect(report.authorName).toBe(1);
  expect(report.entries).toHaveLength(all.length);
  expect(all.length).toBeGreaterThan(0);
  for (const e of report.entries) {
    expect(e.counts).toEqual([1, 1, 1]);
    expect(e.alternate).toHaveLength(1);
    expect(e.summary).toBeGreaterThan(0);
    expect(e.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  }
  // Each entry links to a view that opens.
  const first = new URL(report.entries[0].alternate[0]!);
  expect((await request.get(first.pathname + first.search)).status()).toBe(200);
});

test("a country page lists its milestones, each linking to the view that shows it", async ({ page }) => {
  await page.goto("/countries/CN");
  const list = page.getByTestId("milestones");
  await expect(list.getByRole("heading", { name: "Milestones" })).toBeVisible();
  const item = list.locator("li[data-milestone=lead-change]").first();
  await expect(item).toContainText("China overtakes United States");
  await item.getByRole("link").click();
  await expect(page).toHaveURL(/metric=best-score/);
  await expect(page.locator("#standings-title")).toBeVisible();
});

test("time charts mark events with a tooltip and list them in the table fallback; events=0 hides them", async ({
  page,
}) => {
  await page.goto("/");
  const standings = page.locator("section", { has: page.locator("#standings-title") });
  // The mini mirror spans 2024-01-15 … 2025-11-01: the arena's method changes and releases fall inside it.
  const marker = standings
    .locator("svg[data-chart-renderer=static] [data-event-id=release-gpt-4o]")
    .filter({ visible: true });
  await expect(marker).toHaveCount(1);
  await expect(marker.locator("title")).toHaveText(/GPT-4o/);
  await expect(standings.locator("svg [data-event=method-change]").first()).toBeAttached();
  await standings.getByTestId("marker-key").locator("summary").click();
  await expect(standings.getByTestId("marker-key")).toContainText("Method change");
  await standings.locator("details summary", { hasText: "Show data table" }).first().click();
  await expect(standings.locator("[data-testid=series-table] [data-event-id=release-gpt-4o]")).toHaveText(
    /2024-05-13: GPT-4o/,
  );

  await standings.getByTestId("events-toggle").first().click();
  await expect(page).toHaveURL(/events=0/);
  await expect(standings.locator("svg [data-event]")).toHaveCount(0);
  await page.goto("/?events=0");
  await expect(standings.locator("svg [data-event]")).toHaveCount(0);
});

test("a country page's 'Best placed now' states its date and population, a retired board says so, and milestones show their qualifiers", async ({
  page,
}) => {
  await page.goto("/countries/CN");
  await expect(page.getByRole("heading", { name: "Best placed now" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Leading now" })).toHaveCount(0);
  const arena = page.getByTestId("best-placed-note-lmarena-text");
  await expect(arena).toContainText(
    /^On .*2025, ranked by score among every model on the board \(the same population as the milestones on this page\)\.$/,
  );
  const hf = page.getByTestId("best-placed-note-hf-open-llm-v2");
  await expect(hf).toContainText("official providers' models only");
  await expect(hf).toContainText("This board is retired");
  const milestones = page.getByTestId("milestones");
  await expect(milestones).toContainText(
    "ranked by score (LMArena text arena: every model on the board; Open LLM Leaderboard v2: official providers' models only",
  );
  // In the mini mirror deepseek-v3 (1318 ± 4) passes gemini-1.5-pro-002 (1300 ± 4) on 2025-06-01: apart, so not a tie.
  const lead = milestones.locator("li[data-milestone=lead-change]").first();
  await expect(lead.getByTestId("milestone-qualifiers")).toHaveText(
    /^#1 of 14 · 18\.00 points ahead of gemini-1\.5-pro-002 · 95% intervals apart · (held|holding for) \d+ days/,
  );
});
