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

  it("draws every point's marker of a series in one path, to a tenth of a pixel", () => {
    const svg = draw();
    const markers = [...svg.matchAll(/<path d="([^"]+)"[^>]*data-markers=""/g)].map((m) => m[1]);
    expect(markers).toHaveLength(2);
    // US has a point on all 7 dates, CN on 5: one closed sub-path (or move-to) per marker.
    expect(markers[0].match(/M/g)).toHaveLength(7);
    expect(markers[1].match(/M/g)).toHaveLength(5);
    expect(markers.join("")).not.toMatch(/\.\d{2}/);
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
    expect(svg).toMatch(/<g data-series="US"><path d="[^"]+"[^>]*><\/path><\/g>/);
    const cn = /<g data-series="CN">(.*?)<\/g>/.exec(svg)![1];
    expect(cn).toContain("data-markers");
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
