import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { ChartSvg, type ChartSvgProps } from "@/components/charts/chart-svg";
import { chartFrame } from "@/components/charts/chart-svg-frame";
import type { StandingsResponse } from "@/lib/standings/types";
import { chartCsv, chartJson, chartMetadata } from "@/lib/view/chart/export";
import { formatterFor, latestValues, rangeText, standingsSpec, type ChartSpec } from "@/lib/view/chart/spec";

/** The spec as the one renderer draws it for an image: framed as a download, or the bare plot of the preview. */
const chartSvg = (
  spec: ChartSpec,
  { frame = true, ...opts }: Omit<ChartSvgProps, "spec" | "target" | "frame"> & { frame?: boolean },
) =>
  renderToStaticMarkup(
    createElement(ChartSvg, { spec, target: "image", ...opts, frame: frame ? chartFrame(spec, opts) : undefined }),
  );
import { REST_KEY } from "@/lib/view/chart/share-remainder";

const data: StandingsResponse = {
  board: "lmarena-text",
  metric: "best-rank",
  n: 10,
  attribution: "developer",
  license: "all",
  official: false,
  category: "overall",
  updatedAt: null,
  asOf: "2025-03-01",
  concentration: [],
  series: [
    {
      key: "US",
      label: "United States",
      points: [
        { date: "2025-01-01", value: 1, model: "a,b" },
        { date: "2025-02-01", value: 2, model: "c" },
        { date: "2025-03-01", value: 1, model: "d" },
      ],
    },
    {
      key: "CN",
      label: "China",
      points: [
        { date: "2025-01-01", value: 5, model: "e" },
        { date: "2025-02-01", value: null, model: null },
        { date: "2025-03-01", value: 3, model: "f" },
      ],
    },
    {
      key: "unknown",
      label: "Unknown",
      points: [
        { date: "2025-01-01", value: 9, model: "g" },
        { date: "2025-02-01", value: 9, model: "g" },
        { date: "2025-03-01", value: 9, model: "g" },
      ],
    },
  ],
};
const view = { board: "lmarena-text", license: "all", attribution: "developer", official: true } as const;

describe("standingsSpec", () => {
  const spec = standingsSpec(view, data);
  test("is plain data: survives JSON, with colours resolved (no CSS variables) and formatter names", () => {
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    expect(spec.series.map((s) => s.color)).toEqual(["#0072B2", "#D55E00", "#6b7280"]);
    expect(JSON.stringify(spec)).not.toContain("var(--");
    expect(standingsSpec(view, data, "dark").series[2].color).toBe("#9ca3af");
    expect(spec.kind).toBe("step");
    expect(spec.lowerIsBetter).toBe(true);
    expect(formatterFor(spec.value, "full")(3)).toBe("#3");
    expect(spec.range).toEqual({ from: "2025-01-01", to: "2025-03-01" });
    expect(rangeText(spec)).toBe("1 Jan 2025 – 1 Mar 2025");
  });

  test("a US dollar formatter travels by name (the price lens)", () => {
    expect(formatterFor({ kind: "usd" }, "full")(0.35)).toBe("$0.35");
    expect(formatterFor({ kind: "usd" }, "full")(12.5)).toBe("$12.5");
    expect(formatterFor({ kind: "usd" }, "full")(null)).toBe("–");
    expect(formatterFor({ kind: "usd" }, "tick")(null)).toBe("");
  });

  test("latest values are each series' last non-null point", () => {
    expect(latestValues(spec).map((l) => [l.key, l.text, l.model])).toEqual([
      ["US", "#1", "d"],
      ["CN", "#3", "f"],
      ["unknown", "#9", "g"],
    ]);
  });

  test("CSV has one row per date with the raw values and models; JSON keeps the series", () => {
    const csv = chartCsv(spec);
    expect(csv.split("\r\n")[0]).toBe("date,US,US model,CN,CN model,unknown,unknown model");
    expect(csv.split("\r\n")[1]).toBe('2025-01-01,1,"a,b",5,e,9,g');
    expect(csv.split("\r\n")[2]).toBe("2025-02-01,2,c,,,9,g");
    expect(JSON.parse(chartJson(spec, "http://x/?a=1")).series[1].points[1].value).toBeNull();
    // A chart of every snapshot date says nothing about thinning; a thinned one says how.
    expect(JSON.parse(chartJson(spec, "http://x/", { resolution: "snapshot", shown: 2, total: 2 }))).not.toHaveProperty(
      "thinning",
    );
    expect(JSON.parse(chartJson(spec, "http://x/", { resolution: "month", shown: 120, total: 3650 })).thinning).toEqual(
      { resolution: "month", shown: 120, total: 3650 },
    );
  });

  test("the SVG carries title, legend, source line and data date, with each series' colour and dash", () => {
    const svg = chartSvg(spec, { width: 960, height: 540 });
    expect(svg).toMatch(/^<svg [^>]*width="960" height="540"/);
    for (const text of ["Best rank by country", "United States", "China", "1 Mar 2025", "LMArena text arena"])
      expect(svg).toContain(text);
    expect(svg).toContain('stroke="#D55E00" stroke-width="2" stroke-dasharray="7 3"');
    // CN has no value on 2025-02-01: its line breaks there (two move-tos).
    const cn = svg.match(/<path d="([^"]+)" fill="none" stroke="#D55E00"/)![1];
    expect(cn.match(/M/g)).toHaveLength(2);
    const plot = chartSvg(spec, { width: 760, height: 380, frame: false, labels: false });
    expect(plot).not.toContain("<text");
  });

  test("the chart's CSV rounds scores to two decimals and its metadata sidecar carries source, licence and citation", () => {
    const scores = standingsSpec(view, {
      ...data,
      metric: "best-score",
      series: [
        { key: "US", label: "United States", points: [{ date: "2025-01-01", value: 1364.8213456, model: "m" }] },
      ],
    });
    expect(chartCsv(scores).split("\r\n")[1]).toBe("2025-01-01,1364.82,m");
    const meta = chartMetadata(spec, {
      file: "x.csv",
      permalink: "https://a.org/?to=2025-03-01",
      accessed: "2026-12-07",
    });
    expect(meta.columns.map((c) => c.name).join(",")).toBe(chartCsv(spec).split("\r\n")[0]);
    expect(meta.dataAsOf).toBe("2025-03-01");
    expect(meta.licence).toContain("CC BY 4.0");
    expect(meta.citation).toContain("https://a.org/?to=2025-03-01");
    expect(JSON.parse(chartJson(spec, "http://x/")).licence).toBe(spec.licence);
  });

  test("escapes text", () => {
    const evil = standingsSpec(view, { ...data, series: [{ ...data.series[0], label: "<script>&" }] });
    expect(chartSvg(evil, { width: 600, height: 400 })).toContain("&lt;script&gt;&amp;");
  });

  test("a top-N share chart stacks what the page stacks: each model once (Europe without France), plus the rest", () => {
    const point = (value: number) => [{ date: "2025-01-01", value, model: null }];
    const share = standingsSpec(view, {
      ...data,
      metric: "top-n-share",
      series: [
        { key: "europe", label: "Europe", points: point(0.3) },
        { key: "FR", label: "France", points: point(0.2) },
        { key: "US", label: "United States", points: point(0.6) },
      ],
    });
    expect(share.kind).toBe("area");
    expect(share.series.map((s) => [s.key, s.label])).toEqual([
      ["europe", "Europe without France"],
      ["FR", "France"],
      ["US", "United States"],
      [REST_KEY, "All other countries and unknown"],
    ]);
    expect(share.series.reduce((sum, s) => sum + (s.points[0].value ?? 0), 0)).toBeCloseTo(1);
    expect(JSON.stringify(share)).not.toContain("var(--");
  });
});
