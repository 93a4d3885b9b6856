// The one chart renderer: the server-drawn SVG a reader sees before any script runs, and the same drawing as an image
// (the SVG/PNG downloads, an embed's inline chart, the Open Graph card's plot).
import { createElement, Fragment, isValidElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChartSvg, type ChartSvgProps } from "@/components/charts/chart-svg";
import { chartFrame } from "@/components/charts/chart-svg-frame";
import type { EventMarker } from "@/lib/boards/markers";
import { CHART_MARGIN, imageMargins } from "@/lib/view/chart/layout";
import {
  exportFooter,
  gapSpec,
  seriesSpec,
  THEME_COLORS,
  type ChartSpec,
  type SeriesSpecInput,
} from "@/lib/view/chart/spec";

const DATES = ["2025-05-07", "2025-05-13", "2025-05-20", "2025-05-24", "2025-11-05", "2025-11-06", "2025-12-11"];

function spec(more: Partial<SeriesSpecInput> = {}): ChartSpec {
  return seriesSpec({
    title: "Best rank by country",
    subtitle: "Attributed to the developer",
    kind: "step",
    unit: "rank",
    lowerIsBetter: true,
    yLabel: "Best rank",
    value: { kind: "metric", metric: "best-rank", board: "lmarena-text" },
    series: [
      { key: "US", label: "United States", points: DATES.map((date, i) => ({ date, value: 1 + (i % 2), model: "m" })) },
      { key: "CN", label: "China", points: DATES.map((date, i) => ({ date, value: i < 2 ? null : 3, model: "n" })) },
    ],
    board: "lmarena-text",
    ...more,
  });
}

const render = (props: ChartSvgProps) => renderToStaticMarkup(createElement(ChartSvg, props));
/** The page's static chart, as TimeChart draws it (fluid on the server's first paint, at the measured width after). */
const draw = (s: ChartSpec = spec(), width = 800, more: Partial<ChartSvgProps> = {}) =>
  render({ spec: s, width, height: 300, target: "page", ...more });
const ticks = (svg: string) => [...svg.matchAll(/<text[^>]*data-tick=""[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
/** The plot group of a drawing: everything but its frame and the element that places it. */
const plotOf = (svg: string) => /<g data-plot=""[\s\S]*<\/g>(?=<\/g>)/.exec(svg)![0];
const paths = (svg: string) => [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]);

const CHANGE: EventMarker = {
  id: "m1",
  kind: "method-change",
  date: "2025-05-13",
  label: "A change",
  description: "What changed.",
  source: "https://example.org",
};

describe("the page's static chart", () => {
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
    const svg = draw(spec(), 800, { fluid: true });
    const groups = [...svg.matchAll(/<g data-markers="(US|CN)"[^>]*>(.*?)<\/g>/g)];
    expect(groups.map((g) => g[1])).toEqual(["US", "CN"]);
    // US has a point on all 7 dates, CN on 5: one marker each, placed in percent.
    expect(groups[0][2].match(/<svg x="[\d.]+%"/g)).toHaveLength(7);
    expect(groups[1][2].match(/<svg x="[\d.]+%"/g)).toHaveLength(5);
    expect(groups[0][2]).toContain('<svg x="0.00%"');
    expect(groups[0][2]).toContain('<svg x="100.00%"');
  });

  it("fills its box: the plot is the box's width minus the margins, its data stretched along x only", () => {
    const fixed = draw(spec(), 1080);
    expect(fixed).toMatch(/^<svg[^>]*style="width:992px;margin-left:68px"/);
    const svg = draw(spec(), 1080, { fluid: true });
    expect(svg).toMatch(/^<svg[^>]*style="width:calc\(100% - 88px\);margin-left:68px"/);
    // The data's own box is the plot's: 992 × (300 − 12 − 44) drawn-for pixels.
    expect(svg).toContain('viewBox="0 0 992 244" preserveAspectRatio="none"');
    expect(svg).toContain('vector-effect="non-scaling-stroke"');
  });

  it("labels each event marker on hover and keyboard focus: a Tab stop with its full text", () => {
    const svg = draw({ ...spec(), markers: [CHANGE] });
    expect(svg).toMatch(
      /<g data-event="method-change" data-event-id="m1" tabindex="0" role="img"[^>]*><title>2025-05-13: A change. What changed.<\/title>/,
    );
    expect(svg).toMatch(/<text[^>]*group-focus:opacity-100[^>]*data-event-label="">2025-05-13: A change<\/text>/);
  });

  it("draws a dense series as a line with a marker at its end only, and a sparse one with all its markers, at the same width", () => {
    const many = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10));
    const svg = draw(
      spec({
        series: [
          { key: "US", label: "United States", points: many.map((date) => ({ date, value: 1, model: "m" })) },
          {
            key: "CN",
            label: "China",
            points: many.map((date, i) => ({ date, value: i % 30 === 0 ? 2 : null, model: "n" })),
          },
        ],
      }),
      340,
    );
    expect(svg).toContain('data-markers="CN"');
    expect(svg).not.toContain('data-markers="US"');
    // The dense line's latest point still carries its shape, as in the interactive chart.
    expect(svg.match(/<g data-last="US"[^>]*><g transform="[^"]+"><path d="[^"]+"><\/path><\/g><\/g>/g)).toHaveLength(
      1,
    );
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
    const wide = ticks(draw(spec(), 900));
    const narrow = ticks(draw(spec(), 300));
    expect(wide.length).toBeGreaterThan(narrow.length);
    expect(narrow.length).toBeGreaterThanOrEqual(2);
    expect(wide[0]).toMatch(/^[A-Z][a-z]{2} 2025$/);
  });

  it("stacks share areas, split at the break", () => {
    const svg = draw(
      spec({
        kind: "area",
        unit: "share",
        lowerIsBetter: false,
        value: { kind: "metric", metric: "top-n-share", board: "lmarena-text" },
      }),
    );
    // Two series × two stretches, each a filled shape.
    expect(svg.match(/fill-opacity="0.3"/g)).toHaveLength(4);
  });
});

describe("one renderer for the page, the downloads and the preview", () => {
  // The download's plot box (960 × 540 with its frame) is the page's at the width and height that leave it the same room.
  const frame = imageMargins({ frame: true });
  // What the share menu's SVG download draws (components/charts/chart-svg-file.tsx, in the browser).
  const download = (s: ChartSpec) =>
    render({ spec: s, width: 960, height: 540, target: "image", frame: chartFrame(s, { width: 960, height: 540 }) });
  const pageAt = (s: ChartSpec, fluid = false) =>
    draw(s, 960, { height: 540 - frame.top - frame.bottom + CHART_MARGIN.top + CHART_MARGIN.bottom, fluid });

  it("draws the same plot as the page's static chart for the same spec and plot size, in the theme's colours", () => {
    expect(frame.left).toBe(CHART_MARGIN.left);
    expect(frame.right).toBe(CHART_MARGIN.right);
    // Without markers: the page's markers carry hover labels an image has no use for (the test below).
    for (const s of [
      { ...spec(), markers: [] },
      {
        ...spec({
          kind: "area",
          unit: "share",
          lowerIsBetter: false,
          value: { kind: "metric", metric: "top-n-share", board: "lmarena-text" },
        }),
        markers: [],
      },
    ]) {
      const page = plotOf(pageAt(s));
      const image = plotOf(download(s));
      // The page paints with the theme's CSS variables, the image with their values: otherwise the markup is the same.
      expect(page).toContain("var(--border)");
      expect(image).not.toContain("var(--");
      expect(
        page.replace(/var\(--(\w+)\)/g, (_, name: keyof (typeof THEME_COLORS)["light"]) => THEME_COLORS.light[name]),
      ).toBe(image);
      // The first paint (stretched to its box) draws the same paths.
      expect(paths(plotOf(pageAt(s, true)))).toEqual(paths(image));
    }
  });

  it("frames a download: title, subtitle, legend with each series' look, the date axis's title, source and licence", () => {
    const s = spec();
    const svg = download(s);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="960" height="540"/);
    expect(svg).toContain(">Best rank by country</text>");
    expect(svg).toContain("Attributed to the developer · LMArena text arena · 7 May 2025 – 11 Dec 2025");
    expect(svg).toMatch(
      /<g data-legend="CN"><line [^>]*stroke="#D55E00" stroke-width="3" stroke-dasharray="7 3"><\/line><path d="[^"]+" fill="#D55E00"/,
    );
    expect(svg).toContain(">Snapshot date</text>");
    for (const line of exportFooter(s)) expect(svg).toContain(`>${line}</text>`);
    expect(svg).not.toContain("tabindex");
  });

  it("gives the images what the page draws: the gap's band and the event markers' rules, without the page's hover labels", () => {
    const side = (score: number) => ({ score, model: "m" });
    const points = DATES.map((date, i) => ({
      date,
      a: side(1300 + i),
      b: side(1290),
      absolute: 10 + i,
      relative: (10 + i) / 12.9,
      lagDays: null,
      reverseLagDays: null,
      lagSpansChange: null,
      reverseLagSpansChange: null,
      leader: "a" as const,
      ci: { low: 2 + i, high: 18 + i },
      significant: true,
      lagDataCaveat: null,
      reverseLagDataCaveat: null,
    }));
    const view = {
      board: "lmarena-text",
      license: "all",
      attribution: "developer",
      official: false,
      events: false,
    } as const;
    const gap = {
      ...gapSpec(view, { board: "lmarena-text", a: "US", b: "CN", points, asOf: null }),
      markers: [CHANGE],
    };
    const svg = download(gap);
    expect(svg).toContain("data-band");
    expect(svg).not.toContain('data-series="ci-');
    expect(svg).toMatch(
      /<g data-event="method-change" data-event-id="m1"><title>2025-05-13: A change. What changed.<\/title><line [^>]*stroke="#b45309"/,
    );
    expect(svg).not.toContain("data-event-label");
    // The legend names the gap, not the band's bounds.
    expect(svg).toContain('data-legend="gap"');
    expect(svg).not.toContain('data-legend="ci-low"');
  });

  it("marks the data caveat on 2025-11-05 with its flag at the foot of the rule, and names it under a download", () => {
    // The arena's 2025-11-05 snapshot holds the late-August board (lib/boards/data-caveats.ts): marked with the
    // events off too, and apart from the method change of the same date.
    const s = spec();
    expect(s.markers.map((m) => [m.kind, m.date])).toEqual([["caveat", "2025-11-05"]]);
    const page = draw(s);
    expect(page).toMatch(/<g data-event="caveat" data-event-id="arena-2025-11-05-holds-august-board"[^>]*tabindex="0"/);
    expect(page).toContain("2025-11-05: Snapshot holds the late-August board");
    expect(exportFooter(s)).toHaveLength(3);
    expect(exportFooter(s)[2]).toBe("Data caveat, 5 Nov 2025: Snapshot holds the late-August board.");
    const svg = download(s);
    expect(svg).toMatch(/<g data-event="caveat"[^>]*><title>2025-11-05: Snapshot holds the late-August board\./);
    expect(svg).toContain(">Data caveat, 5 Nov 2025: Snapshot holds the late-August board.</text>");
    expect(svg).toContain('data-legend-event="caveat"');
    // Each footer line has its own room: the plot ends above the x axis's title and the three lines.
    expect(imageMargins({ frame: true, footerLines: 3 }).bottom).toBe(imageMargins({ frame: true }).bottom + 18);
    // A chart that ends before the caveated date marks nothing.
    expect(
      spec({
        series: [
          {
            key: "US",
            label: "US",
            points: [
              { date: "2025-05-07", value: 1, model: null },
              { date: "2025-05-24", value: 1, model: null },
            ],
          },
        ],
      }).markers,
    ).toEqual([]);
  });

  it("escapes text", () => {
    const evil = spec({
      series: [{ key: "US", label: "<script>&", points: [{ date: "2025-01-01", value: 1, model: null }] }],
    });
    expect(download(evil)).toContain("&lt;script&gt;&amp;");
  });

  it("draws the preview's plot as SVG elements only, without text: what next/og can serialise into its image", () => {
    const og: ChartSvgProps = {
      spec: { ...spec(), markers: [CHANGE] },
      width: 760,
      height: 340,
      target: "image",
      frame: false,
      labels: false,
      stroke: 5,
    };
    const types = new Set<string>();
    // Nor strings anywhere inside: next/og lays an <svg>'s children out too, and would print a <title>'s text over the card.
    const strings: string[] = [];
    const walk = (node: ReactNode): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (typeof node === "string" || typeof node === "number") return void strings.push(String(node));
      if (!isValidElement<{ children?: ReactNode }>(node)) return;
      if (node.type !== Fragment) {
        expect(typeof node.type, "a component inside the <svg>").toBe("string");
        types.add(node.type as string);
      }
      walk(node.props.children);
    };
    walk(ChartSvg(og));
    expect(strings).toEqual([]);
    expect([...types].sort()).toEqual(["g", "line", "path", "rect", "svg"]);
    expect(render(og)).not.toMatch(/<text|<title/);
  });
});
