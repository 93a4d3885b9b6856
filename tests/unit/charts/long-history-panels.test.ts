// What the dashboard's chart panels render on the server for a long history (ten years of daily snapshots, the 100×
// data): one point per month in the chart, the same dates and values in the data table (the page's HTML without
// script), and a note saying so. Today's history (110 dates) renders every date, without the note.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GapPanel } from "@/components/dashboard/gap-panel";
import { StandingsPanel } from "@/components/dashboard/standings-panel";
import type { GapResponse, StandingsResponse } from "@/lib/standings/types";
import { viewToQuery } from "@/lib/view/url/api-requests";
import { gapChartOptions, standingsChartOptions } from "@/lib/view/load/queries";
import { gapForChart, lastOfEachPeriod, standingsForChart } from "@/lib/view/chart/thinning";
import { VIEW_DEFAULTS } from "@/lib/view/url/view-state";

const DAY = 86_400_000;
const daily = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + i * DAY).toISOString().slice(0, 10),
  );

const view = { ...VIEW_DEFAULTS, countries: ["US", "CN"] };

function standings(dates: string[]): StandingsResponse {
  return {
    board: "lmarena-text",
    category: "overall",
    metric: view.metric,
    n: view.n,
    attribution: view.attribution,
    license: view.license,
    official: false,
    series: view.countries.map((key, k) => ({
      key,
      label: key,
      points: dates.map((date, i) => ({ date, value: 1 + ((i * 7 + k * 3) % 40), model: `model-${key}-${i}` })),
    })),
    updatedAt: null,
    asOf: dates[dates.length - 1],
  } as StandingsResponse;
}

function gap(dates: string[]): GapResponse {
  return {
    board: "lmarena-text",
    category: "overall",
    a: "US",
    b: "CN",
    attribution: view.attribution,
    points: dates.map((date, i) => ({
      date,
      a: { score: 1300 + (i % 50), model: `a-${i}` },
      b: { score: 1290, model: `b-${i}` },
      absolute: 10 + (i % 50),
      relative: 1,
      lagDays: null,
      reverseLagDays: null,
      lagSpansChange: null,
      reverseLagSpansChange: null,
      leader: "a",
      ci: null,
      significant: null,
    })),
    updatedAt: null,
    asOf: dates[dates.length - 1],
  } as GapResponse;
}

/** Both panels rendered to HTML from a cache filled the way the page's loader fills it. */
function render(dates: string[]) {
  const latest = dates[dates.length - 1];
  const q = viewToQuery(view, { latest });
  const qc = new QueryClient();
  const full = standings(dates);
  qc.setQueryData(standingsChartOptions(q.standings).queryKey, standingsForChart(full));
  qc.setQueryData(gapChartOptions(q.gap).queryKey, gapForChart(gap(dates)));
  const html = (el: ReturnType<typeof createElement>) =>
    renderToStaticMarkup(createElement(QueryClientProvider, { client: qc }, el));
  return {
    full,
    standingsHtml: html(createElement(StandingsPanel, { view, latest })),
    gapHtml: html(
      createElement(GapPanel, { view, latest, options: ["US", "CN"], setView: async () => new URLSearchParams() }),
    ),
  };
}

/** The table rows' dates, and each US cell's value by date, from the HTML (the table sits in <noscript>). */
function tableOf(html: string, testId: string) {
  const table = html.slice(html.indexOf(`data-testid="${testId}"`));
  const dates = [...table.matchAll(/<tr[^>]*data-date="([\d-]+)"/g)].map((m) => m[1]);
  const us = Object.fromEntries(
    [...table.matchAll(/<tr[^>]*data-date="([\d-]+)"[^>]*>.*?data-series="US" data-value="([^"]*)"/g)].map((m) => [
      m[1],
      m[2],
    ]),
  );
  return { dates, us };
}

describe("chart panels over a long history", () => {
  it("ten years of daily snapshots: one point per month in the chart and the table, the same values, and a note", () => {
    const dates = daily("2016-01-01", 3650);
    const { full, standingsHtml, gapHtml } = render(dates);
    const months = lastOfEachPeriod(dates, "month");
    expect(months).toHaveLength(120);

    expect(standingsHtml).toContain('data-testid="thinning-note" data-resolution="month"');
    expect(standingsHtml).toContain(
      "One point per month (the last snapshot of each month): 120 of 3,650 snapshot dates.",
    );
    const table = tableOf(standingsHtml, "series-table");
    expect(table.dates).toEqual(months);
    expect(standingsHtml).toContain("one row per month (the last snapshot of each)");
    // Each row's value is the full data's value on that date.
    const usByDate = new Map(full.series[0].points.map((p) => [p.date, String(p.value)]));
    for (const d of months) expect(table.us[d]).toBe(usByDate.get(d));
    // The server-drawn chart (two widths) draws a vertex per shown point: 120 per series per width, not 3,650;
    // too dense for point markers at any width, so it is a line alone (lib/view/chart/point-markers.ts).
    const usLines = [...standingsHtml.matchAll(/<g data-series="US"><path d="([^"]*)"/g)];
    expect(usLines).toHaveLength(2);
    for (const m of usLines) expect(m[1].match(/[MH]/g)).toHaveLength(120);
    expect(standingsHtml).not.toContain('data-markers="US"');
    // No date the table leaves out appears in the page.
    expect(standingsHtml).not.toContain(`data-date="${dates[dates.length - 2]}"`);

    expect(gapHtml).toContain('data-resolution="month"');
    expect(tableOf(gapHtml, "gap-table").dates).toEqual(months);
    // The headline is the newest snapshot's, which thinning always keeps.
    expect(gapHtml).toContain('data-testid="gap-summary"');
    expect(gapHtml).toContain(`a-${dates.length - 1}`);
  });

  it("today's history (110 snapshot dates) renders every date, without a note", () => {
    const dates = daily("2023-05-08", 110);
    const { standingsHtml, gapHtml } = render(dates);
    expect(standingsHtml).not.toContain("thinning-note");
    expect(gapHtml).not.toContain("thinning-note");
    expect(tableOf(standingsHtml, "series-table").dates).toEqual(dates);
    expect(standingsHtml).toContain(", per snapshot date");
    expect(tableOf(gapHtml, "gap-table").dates).toEqual(dates);
  });
});
