// The preview image's chart description: value and date axes, data breaks drawn as breaks, the range and the licence.
import { existsSync } from "node:fs";
import path from "node:path";
import { asyncBufferFromFile, parquetReadObjects } from "hyparquet";
import { describe, expect, test, vi } from "vitest";
import type { StandingsResponse } from "@/lib/standings/types";
import { gapSpec, standingsSpec } from "@/lib/view/chart/spec";
import { chartSvg, exportFooter } from "@/lib/view/chart/svg";

vi.mock("server-only", () => ({}));
const { ogAxes, ogCard, OG_CHART } = await import("@/lib/view/chart/og");

/** Weekly arena-like dates through 2025-05-24, then nothing until 2025-11-05 (165 days), then weekly again. */
function dates(): string[] {
  const out: string[] = [];
  for (let t = Date.parse("2025-01-04"); t <= Date.parse("2025-05-24"); t += 7 * 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  for (let t = Date.parse("2025-11-05"); t <= Date.parse("2025-12-10"); t += 7 * 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
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
    const plot = chartSvg(spec, { width: OG_CHART.width, height: OG_CHART.height, frame: false, labels: false, stroke: 5 });
    const us = plot.match(/<path d="([^"]+)" fill="none" stroke="#0072B2"/)![1];
    expect(us.match(/M/g)).toHaveLength(2);
    expect(plot).toMatch(/<rect x="[\d.]+" y="12" width="[\d.]+"[^>]*fill-opacity="0.12"><title>No snapshots for 165 days/);
  });

  test("a stacked share chart stops its areas at the break too, as the page does", () => {
    const shares = standingsSpec(view, { ...data, metric: "top-n-share", series: data.series.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, value: 0.2 })) })) });
    expect(shares.kind).toBe("area");
    expect(ogAxes(shares).breaks).toHaveLength(1);
    const plot = chartSvg(shares, { width: OG_CHART.width, height: OG_CHART.height, frame: false, labels: false });
    const us = plot.match(/<path d="([^"]+)" fill="#0072B2"/)![1];
    expect(us.match(/M/g)).toHaveLength(2);
    expect(us.match(/Z/g)).toHaveLength(2);
  });

  test("a series with no break stays one line", () => {
    const short = standingsSpec(view, { ...data, series: data.series.map((s) => ({ ...s, points: s.points.slice(0, 10) })) });
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
      "Snapshot date",
      "Source: LMArena text arena, overall (lmarena-ai/leaderboard-dataset); data as of 10 Dec 2025. Chart: Leaderboard Atlas.",
      "Data: LMArena, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); credit LMArena.",
    ]);
    const svg = chartSvg(spec, { width: 960, height: 540 });
    expect(svg).toContain(">Best rank by country</text>");
    for (const line of exportFooter(spec)) expect(svg).toContain(line.replaceAll("'", "&#39;"));
  });

  test("the Open LLM Leaderboard's line says no licence is declared and whom to credit", () => {
    const hf = standingsSpec({ ...view, board: "hf-open-llm-v2" }, { ...data, board: "hf-open-llm-v2" });
    expect(hf.licence).toBe("Data: Hugging Face, no licence declared by the dataset card; credit the Open LLM Leaderboard.");
  });

  test("the gap chart is a spec too: its value axis reaches 0 and its values are signed", () => {
    const gap = gapSpec(view, {
      board: "lmarena-text",
      a: "US",
      b: "CN",
      asOf: "2025-12-31",
      points: [
        { date: "2025-01-01", absolute: 12.345 },
        { date: "2025-02-11", absolute: 4.5 },
      ] as never,
    });
    expect(gap.title).toBe("Gap: United States vs China");
    expect(gap.asOf).toBe("2025-02-11");
    const axes = ogAxes(gap);
    expect(axes.y.map((t) => t.label)).toContain("0");
    const svg = chartSvg(gap, { width: 960, height: 540 });
    expect(svg).toContain("data as of 11 Feb 2025");
  });
});

const ARENA_FULL = path.resolve(process.cwd(), "../shared/data/mirror/huggingface.co/datasets/lmarena-ai/leaderboard-dataset/resolve/main/text/full-00000-of-00001.parquet");

describe.skipIf(!existsSync(ARENA_FULL))("on the real arena history (../shared/data)", { timeout: 60_000 }, () => {
  test("the preview breaks at the 165-day silence of 2025 and nowhere else", async () => {
    const rows = (await parquetReadObjects({ file: await asyncBufferFromFile(ARENA_FULL), columns: ["leaderboard_publish_date"] })) as { leaderboard_publish_date: string }[];
    const dates = [...new Set(rows.map((r) => String(r.leaderboard_publish_date).slice(0, 10)))].sort();
    expect(dates.length).toBeGreaterThan(50);
    const real = standingsSpec(view, { ...data, series: [{ key: "US", label: "United States", points: dates.map((date) => ({ date, value: 1, model: "m" })) }] });
    const axes = ogAxes(real);
    expect(axes.breaks.map((b) => b.days)).toEqual([165]);
    const plot = chartSvg(real, { width: OG_CHART.width, height: OG_CHART.height, frame: false, labels: false, stroke: 5 });
    expect(plot.match(/<path d="([^"]+)" fill="none" stroke="#0072B2"/)![1].match(/M/g)).toHaveLength(2);
  });
});
