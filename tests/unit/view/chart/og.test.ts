// The preview image's chart description: value and date axes, data breaks drawn as breaks, the range and the licence.
import { existsSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { asyncBufferFromFile, parquetReadObjects } from "hyparquet";
import { describe, expect, test, vi } from "vitest";
import { ChartSvg } from "@/components/charts/chart-svg";
import { chartFrame } from "@/components/charts/chart-svg-frame";
import { imageMargins } from "@/lib/view/chart/layout";
import type { GapPoint } from "@/lib/standings/gap";
import type { StandingsResponse } from "@/lib/standings/types";
import { exportFooter, gapSpec, latestValues, standingsSpec, type ChartSpec } from "@/lib/view/chart/spec";

vi.mock("server-only", () => ({}));
const { ogAxes, ogCard, OG_CHART, OG_PLOT } = await import("@/lib/view/chart/og");

/** The card's plot as the one renderer draws it (next/og serialises the same element tree). */
const ogPlot = (spec: ChartSpec) => renderToStaticMarkup(createElement(ChartSvg, { spec, ...OG_PLOT }));
/** A download's SVG. */
const downloadSvg = (spec: ChartSpec) =>
  renderToStaticMarkup(
    createElement(ChartSvg, {
      spec,
      width: 960,
      height: 540,
      target: "image",
      frame: chartFrame(spec, { width: 960, height: 540 }),
    }),
  );

/** Weekly arena-like dates through 2025-05-24, then nothing until 2025-11-05 (165 days), then weekly again. */
function dates(): string[] {
  const out: string[] = [];
  for (let t = Date.parse("2025-01-04"); t <= Date.parse("2025-05-24"); t += 7 * 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  for (let t = Date.parse("2025-11-05"); t <= Date.parse("2025-12-10"); t += 7 * 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

const data: StandingsResponse = {
  board: "lmarena-text",
  metric: "best-rank",
  n: 10,
  attribution: "developer",
  license: "all",
  official: false,
  category: "overall",
  updatedAt: null,
  asOf: "2025-12-31",
  concentration: [],
  series: [
    { key: "US", label: "United States", points: dates().map((date, i) => ({ date, value: 1 + (i % 2), model: "m" })) },
    { key: "CN", label: "China", points: dates().map((date, i) => ({ date, value: 3 + (i % 5), model: "c" })) },
  ],
};
const view = { board: "lmarena-text", license: "all", attribution: "developer", official: true } as const;
const spec = standingsSpec(view, data);

describe("the preview image's chart", () => {
  test("has value and date axes that line up with the plot", () => {
    const axes = ogAxes(spec);
    expect(axes.y.map((t) => t.label)).toContain("#1");
    expect(axes.y.every((t) => t.top >= 0 && t.top <= OG_CHART.height)).toBe(true);
    // Rank 1 at the top.
    expect(axes.y.find((t) => t.label === "#1")!.top).toBeLessThan(axes.y.at(-1)!.top);
    expect(axes.x.length).toBeGreaterThanOrEqual(2);
    expect(axes.x.every((t) => t.left >= 0 && t.left <= OG_CHART.width)).toBe(true);
    expect(axes.x.map((t) => t.label).join(" ")).toMatch(/2025|Jan|Apr|Jul|Oct/);
  });

  test("draws the 165-day silence of 2025 as a break: a 'no data' stretch, and the lines stop there", () => {
    const axes = ogAxes(spec);
    expect(axes.breaks).toHaveLength(1);
    expect(axes.breaks[0].days).toBe(165);
    // About 165 of the chart's 340 days.
    expect(axes.breaks[0].width / OG_CHART.width).toBeGreaterThan(0.4);
    const plot = ogPlot(spec);
    const us = plot.match(/<path d="([^"]+)" fill="none" stroke="#0072B2"/)![1];
    expect(us.match(/M/g)).toHaveLength(2);
    // The plot has no text (the card writes "no data" over it); a download says how long the silence is on hover.
    expect(plot).toMatch(
      /<g data-break="2025-05-24\/2025-11-05"><rect x="[\d.]+" y="0" width="[\d.]+"[^>]*><\/rect><\/g>/,
    );
    expect(downloadSvg(spec)).toMatch(
      /<g data-break="2025-05-24\/2025-11-05"><rect [^>]*><\/rect><text [^>]*>no data<\/text><title>No snapshots for 165 days/,
    );
    // The shaded stretch is where the card writes "no data".
    const rect = /<g data-break[^>]*><rect x="([\d.]+)" y="0" width="([\d.]+)"/.exec(plot)!;
    expect(Number(rect[1]) + imageMargins(OG_PLOT).left).toBeCloseTo(axes.breaks[0].left, 1);
    expect(Number(rect[2])).toBeCloseTo(axes.breaks[0].width, 1);
  });

  test("a stacked share chart stops its areas at the break too, as the page does", () => {
    const shares = standingsSpec(view, {
      ...data,
      metric: "top-n-share",
      series: data.series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, value: 0.2 })) })),
    });
    expect(shares.kind).toBe("area");
    expect(ogAxes(shares).breaks).toHaveLength(1);
    // One filled shape per stretch on each side of the break.
    const us = [...ogPlot(shares).matchAll(/<path d="([^"]+)" fill="#0072B2"/g)].map((m) => m[1]);
    expect(us).toHaveLength(2);
    for (const d of us) expect([d.match(/M/g)!.length, d.match(/z/g)!.length]).toEqual([1, 1]);
  });

  test("a series with no break stays one line", () => {
    const short = standingsSpec(view, {
      ...data,
      series: data.series.map((s) => ({ ...s, points: s.points.slice(0, 10) })),
    });
    expect(ogAxes(short).breaks).toEqual([]);
  });

  test("the card states the range, the data date (the view's end) and the licence", async () => {
    const card = await ogCard(spec, "Best rank by country: United States vs China");
    expect(card.props.range).toBe("4 Jan 2025 – 10 Dec 2025");
    // The data date is the last snapshot the view covers, not the board's newest (data.asOf).
    expect(card.props.asOf).toBe("10 Dec 2025");
    expect(card.props.spec.licence).toContain("CC BY 4.0");
    expect(card.props.axes.breaks).toHaveLength(1);
    expect(card.fonts.length).toBeGreaterThan(0);
  });
});

describe("exports carry title, source and licence", () => {
  test("the SVG's footer names the source with the data date and LMArena's CC BY 4.0", () => {
    expect(exportFooter(spec)).toEqual([
      "Source: LMArena text arena, overall (lmarena-ai/leaderboard-dataset); data as of 10 Dec 2025. Chart: Leaderboard Atlas.",
      "Data: LMArena, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); credit LMArena.",
      // The chart spans the arena's 2025-11-05 snapshot, which holds the late-August board (a data caveat).
      "Data caveat, 5 Nov 2025: Snapshot holds the late-August board.",
    ]);
    const svg = downloadSvg(spec);
    expect(svg).toContain(">Best rank by country</text>");
    // The date axis's title under the axis, then the footer.
    for (const line of [spec.xLabel, ...exportFooter(spec)])
      expect(svg).toContain(`>${line.replaceAll("'", "&#x27;")}</text>`);
  });

  test("the Open LLM Leaderboard's line says no licence is declared and whom to credit", () => {
    const hf = standingsSpec({ ...view, board: "hf-open-llm-v2" }, { ...data, board: "hf-open-llm-v2" });
    expect(hf.licence).toBe(
      "Data: Hugging Face, no licence declared by the dataset card; credit the Open LLM Leaderboard.",
    );
  });

  test("the gap chart is a spec too: its value axis reaches 0 and its values are signed, in points or percent", () => {
    const point = (date: string, a: number, b: number): GapPoint => ({
      date,
      a: { score: a, model: "a" },
      b: { score: b, model: "b" },
      absolute: a - b,
      relative: ((a - b) / b) * 100,
      lagDays: null,
      reverseLagDays: null,
      lagSpansChange: null,
      reverseLagSpansChange: null,
      leader: a > b ? "a" : "b",
      ci: null,
      significant: null,
      lagDataCaveat: null,
      reverseLagDataCaveat: null,
    });
    const data = {
      board: "lmarena-text" as const,
      a: "US",
      b: "CN",
      asOf: "2025-12-31",
      points: [point("2025-01-01", 1312.345, 1300), point("2025-02-11", 1304.5, 1300)],
    };
    const gap = gapSpec(view, data);
    expect(gap.title).toBe("Gap: United States vs China");
    expect(gap.asOf).toBe("2025-02-11");
    expect(gap.band).toBeUndefined();
    const axes = ogAxes(gap);
    expect(axes.y.map((t) => t.label)).toContain("0");
    expect(latestValues(gap)[0].text).toBe("+4.5");
    const svg = downloadSvg(gap);
    expect(svg).toContain("data as of 11 Feb 2025");
    const percent = gapSpec({ ...view, gapunit: "percent" }, data);
    expect([percent.yLabel, latestValues(percent)[0].text]).toEqual(["Gap (%)", "+0.35%"]);
    expect(percent.subtitle).toContain("in percent of the best score on the China side on each date");
    // Where the board publishes CIs the band is drawn, and the card's latest values name the gap alone.
    const withCi = gapSpec(view, {
      ...data,
      points: data.points.map((p) => ({ ...p, ci: { low: p.absolute! - 5, high: p.absolute! + 5 } })),
    });
    expect(withCi.band).toEqual({ low: "ci-low", high: "ci-high", label: "95% band" });
    expect(latestValues(withCi).map((l) => [l.key, l.text])).toEqual([["gap", "+4.5"]]);
  });
});

const ARENA_FULL = path.resolve(
  process.cwd(),
  "../shared/data/mirror/huggingface.co/datasets/lmarena-ai/leaderboard-dataset/resolve/main/text/full-00000-of-00001.parquet",
);

describe.skipIf(!existsSync(ARENA_FULL))("on the real arena history (../shared/data)", { timeout: 60_000 }, () => {
  test("the preview breaks at the 165-day silence of 2025 and nowhere else", async () => {
    const rows = (await parquetReadObjects({
      file: await asyncBufferFromFile(ARENA_FULL),
      columns: ["leaderboard_publish_date"],
    })) as { leaderboard_publish_date: string }[];
    const dates = [...new Set(rows.map((r) => String(r.leaderboard_publish_date).slice(0, 10)))].sort();
    expect(dates.length).toBeGreaterThan(50);
    const real = standingsSpec(view, {
      ...data,
      series: [{ key: "US", label: "United States", points: dates.map((date) => ({ date, value: 1, model: "m" })) }],
    });
    const axes = ogAxes(real);
    expect(axes.breaks.map((b) => b.days)).toEqual([165]);
    const plot = ogPlot(real);
    expect(plot.match(/<path d="([^"]+)" fill="none" stroke="#0072B2"/)![1].match(/M/g)).toHaveLength(2);
  });
});
