// The server-drawn chart: the SVG a reader sees before any script runs (and that images and exports reuse).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StaticTimeChart } from "@/components/charts/static-time-chart";
import type { TimeChartProps } from "@/components/charts/chart-types";

const DATES = ["2025-05-07", "2025-05-13", "2025-05-20", "2025-05-24", "2025-11-05", "2025-11-06", "2025-12-11"];

function draw(more: Partial<TimeChartProps> = {}, width = 800): string {
  const props: TimeChartProps & { width: number } = {
    series: [
      { key: "US", label: "United States", points: DATES.map((date, i) => ({ date, value: 1 + (i % 2), model: "m" })) },
      { key: "CN", label: "China", points: DATES.map((date, i) => ({ date, value: i < 2 ? null : 3, model: "n" })) },
    ],
    kind: "step",
    unit: "rank",
    lowerIsBetter: true,
    height: 300,
    xLabel: "Snapshot date",
    yLabel: "Best rank",
    formatValue: (v) => (v === null ? "—" : `#${v}`),
    formatTick: (v) => `#${v}`,
    width,
    ...more,
  };
  return renderToStaticMarkup(createElement(StaticTimeChart, props));
}

const ticks = (svg: string) => [...svg.matchAll(/<text[^>]*data-tick=""[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe("StaticTimeChart", () => {
  it("draws one path per series, stepped for ranks, with the y labels and the axis titles", () => {
    const svg = draw();
    expect(svg).toContain('data-chart-renderer="static"');
    expect(svg.match(/data-series="(US|CN)"/g)).toEqual(['data-series="US"', 'data-series="CN"']);
    expect(svg).toMatch(/<path d="M[\d.]+,[\d.]+H/);
    expect(svg).toContain(">#1<");
    expect(svg).toContain(">Snapshot date<");
    expect(svg).toContain('aria-label="Best rank over time"');
  });

  it("places a sparse series' markers at their point's percent of the plot width, so stretching keeps them round", () => {
    const svg = draw();
    const groups = [...svg.matchAll(/<g data-markers="(US|CN)"[^>]*>(.*?)<\/g>/g)];
    expect(groups.map((g) => g[1])).toEqual(["US", "CN"]);
    // US has a point on all 7 dates, CN on 5: one marker each, placed in percent.
    expect(groups[0][2].match(/<svg x="[\d.]+%"/g)).toHaveLength(7);
    expect(groups[1][2].match(/<svg x="[\d.]+%"/g)).toHaveLength(5);
    expect(groups[0][2]).toContain('<svg x="0.00%"');
    expect(groups[0][2]).toContain('<svg x="100.00%"');
  });

  it("fills its box: the plot is the box's width minus the margins, its data stretched along x only", () => {
    const fixed = draw({}, 1080);
    expect(fixed).toMatch(/^<svg[^>]*style="width:992px;margin-left:68px"/);
    const svg = draw({ fluid: true } as Partial<TimeChartProps>, 1080);
    expect(svg).toMatch(/^<svg[^>]*style="width:calc\(100% - 88px\);margin-left:68px"/);
    expect(svg).toContain('viewBox="0 0 992 300" preserveAspectRatio="none"');
    expect(svg).toContain('vector-effect="non-scaling-stroke"');
  });

  it("labels each event marker on hover and keyboard focus: a Tab stop with its full text", () => {
    const svg = draw({
      markers: [{ id: "m1", kind: "method-change", date: "2025-05-13", label: "A change", description: "What changed.", source: "https://example.org" }],
    });
    expect(svg).toMatch(/<g data-event="method-change" data-event-id="m1" tabindex="0" role="img"[^>]*><title>2025-05-13: A change. What changed.<\/title>/);
    expect(svg).toMatch(/<text[^>]*group-focus:opacity-100[^>]*data-event-label="">2025-05-13: A change<\/text>/);
  });

  it("draws a dense series as a line without markers, and a sparse one with them, at the same width", () => {
    const many = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));
    const svg = draw(
      {
        series: [
          { key: "US", label: "United States", points: many.map((date) => ({ date, value: 1, model: "m" })) },
          { key: "CN", label: "China", points: many.map((date, i) => ({ date, value: i % 30 === 0 ? 2 : null, model: "n" })) },
        ],
      },
      340,
    );
    expect(svg).toContain('data-markers="CN"');
    expect(svg).not.toContain('data-markers="US"');
  });

  it("shades the 165-day break and does not draw a line across it", () => {
    const svg = draw();
    expect(svg).toContain('data-break="2025-05-24/2025-11-05"');
    expect(svg).toContain("No snapshots for 165 days");
    // The US line has two stretches: two move-to commands in its path.
    const us = /data-series="US"><path d="([^"]+)"/.exec(svg)![1];
    expect(us.match(/M/g)).toHaveLength(2);
  });

  it("labels the date axis with the shared tick rule: fewer, coarser ticks when narrow", () => {
    const wide = ticks(draw({}, 900));
    const narrow = ticks(draw({}, 300));
    expect(wide.length).toBeGreaterThan(narrow.length);
    expect(narrow.length).toBeGreaterThanOrEqual(2);
    expect(wide[0]).toMatch(/^[A-Z][a-z]{2} 2025$/);
  });

  it("stacks share areas, split at the break", () => {
    const svg = draw({ kind: "area", unit: "share", lowerIsBetter: false, formatTick: (v) => `${v * 100}%` });
    // Two series × two stretches, each a filled shape.
    expect(svg.match(/fill-opacity="0.3"/g)).toHaveLength(4);
  });
});
