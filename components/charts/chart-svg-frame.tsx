// The frame of a downloaded chart (and of an embed's inline chart): title, subtitle (filters, board, range) and legend
// above the plot, the source with its date and the licence below, in the theme's colours. The one renderer
// (chart-svg.tsx) draws the plot inside it: `<ChartSvg target="image" frame={chartFrame(spec, size)} …/>`. Kept out
// of chart-svg.tsx so the page, which draws no frame, does not load it. SVG elements only, like the plot.
import type { ReactNode } from "react";
import { exportFooter, rangeText, resolveColor, type ChartSpec } from "@/lib/view/chart/spec";
import { MARKER_STYLE } from "./chart-types";
import { markerIsStroke, markerPath, seriesStyles } from "./series-config";

/**
 * A download's frame above the plot: title, subtitle (filters, board, range) and the legend: each series' line and
 * marker, then each kind of event marker drawn (an image has no hover, so the kinds are named here).
 */
function header(spec: ChartSpec, paint: (c: string) => string): ReactNode[] {
  const styles = seriesStyles(spec.series.map((s) => s.key));
  const bounds = spec.band ? [spec.band.low, spec.band.high] : [];
  let x = 16;
  const kinds = (Object.keys(MARKER_STYLE) as (keyof typeof MARKER_STYLE)[]).filter((k) =>
    spec.markers.some((m) => m.kind === k),
  );
  const legend = spec.series
    .filter((s) => !bounds.includes(s.key))
    .map((s) => {
      const st = styles[s.key];
      const c = paint(st.color);
      const hollow = markerIsStroke(st.marker);
      const item = (
        <g key={s.key} data-legend={s.key}>
          <line x1={x} y1={70} x2={x + 22} y2={70} stroke={c} strokeWidth={3} strokeDasharray={st.dash} />
          <path
            d={markerPath(st.marker, x + 11, 70, 4)}
            fill={hollow ? "none" : c}
            stroke={c}
            strokeWidth={hollow ? 2 : 1}
          />
          <text x={x + 28} y={74} fontSize={13} fill={paint("var(--fg)")}>
            {s.label}
          </text>
        </g>
      );
      x += 40 + s.label.length * 7.5;
      return item;
    });
  const events = kinds.map((k) => {
    const st = MARKER_STYLE[k];
    const item = (
      <g key={k} data-legend-event={k}>
        <line
          x1={x + 6}
          y1={66}
          x2={x + 6}
          y2={78}
          stroke={paint(st.color)}
          strokeWidth={1.5}
          strokeDasharray={st.dash}
        />
        <path d={`M${x + 1},62h10l-5,8z`} fill={paint(st.color)} />
        <text x={x + 16} y={74} fontSize={13} fill={paint("var(--fg)")}>
          {st.name}
        </text>
      </g>
    );
    x += 28 + st.name.length * 7.5;
    return item;
  });
  return [
    <text key="title" x={16} y={30} fontSize={20} fontWeight={700} fill={paint("var(--fg)")}>
      {spec.title}
    </text>,
    <text key="subtitle" x={16} y={50} fontSize={13} fill={paint("var(--muted)")}>
      {[spec.subtitle, spec.boardName, rangeText(spec)].filter(Boolean).join(" · ")}
    </text>,
    ...legend,
    ...events,
  ];
}

/** Everything around the plot of a `width` × `height` image of `spec`. */
export function chartFrame(spec: ChartSpec, { height }: { width: number; height: number }): ReactNode {
  const paint = resolveColor(spec.colors);
  const footer = exportFooter(spec);
  return [
    ...header(spec, paint),
    // From the bottom up: the last line 10 px above the edge (chart-svg.tsx makes room for each, imageMargins).
    ...footer.map((line, i) => (
      <text
        key={`footer-${i}`}
        x={16}
        y={height - 10 - (footer.length - 1 - i) * 18}
        fontSize={12}
        fill={paint(line.startsWith("Data caveat") ? MARKER_STYLE.caveat.color : "var(--fg)")}
      >
        {line}
      </text>
    )),
  ];
}
