// The one chart renderer: a chart spec (lib/view/chart/spec.ts) drawn as SVG from its layout (lib/view/chart/layout.ts).
// - target "page": the chart a reader sees before any script runs (recharts 3 renders nothing during SSR), in the
//   theme's CSS variables, stretched to its box, event markers labelled on hover and keyboard focus. The interactive
//   recharts chart replaces it on interaction with the same margins, scales and styles, so the swap moves nothing.
// - target "image": a standalone SVG document with the theme's colours resolved: the SVG and PNG downloads and an
//   embed's inline chart (with their frame: title, legend, source and licence, chart-svg-frame.tsx), and the Open
//   Graph card's plot.
// Both draw the plot with the same code, so for the same spec and plot size an image's plot is the page's with its
// colours resolved. Inside the <svg> there are only SVG elements made by plain calls, no components: next/og (satori)
// serialises the card's plot from this element tree itself, and it refuses components and <text> there (the card
// turns labels off and draws its axis text on the layout's ticks).
import type { ReactNode } from "react";
import { CHART_MARGIN, chartLayout, imageMargins, type ChartLayout, type Margins } from "@/lib/view/chart/layout";
import { exportFooter, resolveColor, type ChartSpec } from "@/lib/view/chart/spec";
import { MARKER_STYLE, markerText } from "./chart-types";
import { EventLabel } from "./event-label";
import { markerIsStroke, markerPath, seriesStyles } from "./series-config";

const FONT = "Inter, 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif";
/** The flag on top of an event marker's rule, pointing down at it. */
const FLAG = "M-5,-8h10l-5,8z";
/** The flag at the foot of a data caveat's rule, pointing up at it (MARKER_STYLE's `flag`). */
const FOOT_FLAG = "M-5,8h10l-5,-8z";

export interface ChartSvgProps {
  spec: ChartSpec;
  /** The width the chart is drawn for (tick density, marker spacing) and its height, in px. */
  width: number;
  height: number;
  target: "page" | "image";
  /** Page: the plot stretches to the width of its box (see `PlotOptions.fluid`). */
  fluid?: boolean;
  /**
   * Image: what surrounds the plot in a download (title, legend, source and licence: chart-svg-frame.tsx, which the page
   * does not load); given, it makes room for itself and a background under it. Without it an image is the bare plot.
   */
  frame?: ReactNode;
  /**
   * Text: tick labels, axis titles, "no data" and the tooltips (<title>) of breaks, band and events. Off for the Open
   * Graph card, which has no fonts inside its image and lays out the strings of an <svg>'s children as text of its own.
   */
  labels?: boolean;
  /** Line width. */
  stroke?: number;
}

interface PlotOptions {
  page: boolean;
  /**
   * The plot is as wide as its box (CSS lays it out, so it needs no measuring): the data sit in an inner SVG scaled
   * along x only (strokes keep their width), and everything else is placed in percent of the plot's width, so a chart
   * drawn for 1080 px fills a 520 px column at full height instead of shrinking to half size with a blank band under it.
   */
  fluid: boolean;
  labels: boolean;
  stroke: number;
  fontSize: number;
  margin: Margins;
  paint: (color: string) => string;
}

/** The plot: grid, breaks, axes, the data, point markers and event markers, in the plot's own pixels. */
function plot(spec: ChartSpec, layout: ChartLayout, o: PlotOptions): ReactNode {
  const { width: iw, height: ih } = layout;
  const { paint, fluid, stroke } = o;
  const pct = (x: number) => `${((x / iw) * 100).toFixed(2)}%`;
  const X = (x: number) => (fluid ? pct(x) : x);
  const styles = seriesStyles(spec.series.map((s) => s.key));
  const color = (key: string) => paint(styles[key].color);
  const [muted, border] = [paint("var(--muted)"), paint("var(--border)")];
  // A shape drawn around (0, 0), placed at (x, y): in a stretched plot it sits at its percent of the width, unstretched.
  const at = (key: string, x: number, y: number, shape: ReactNode) =>
    fluid ? (
      <svg key={key} x={pct(x)} y={y} overflow="visible">
        {shape}
      </svg>
    ) : (
      <g key={key} transform={`translate(${x} ${y})`}>
        {shape}
      </g>
    );
  const scaled = fluid ? { vectorEffect: "non-scaling-stroke" } : {};
  const data = [
    layout.band ? (
      <path key="band" d={layout.band} fill={paint("var(--accent)")} fillOpacity={0.15} stroke="none" data-band="">
        {o.labels && <title>{spec.band!.label}</title>}
      </path>
    ) : null,
    ...layout.areas.map((a) => (
      <g key={a.id}>
        <path d={a.d} fill={color(a.key)} fillOpacity={0.3} />
        <path
          d={a.edge}
          fill="none"
          stroke={color(a.key)}
          strokeWidth={stroke}
          strokeDasharray={styles[a.key].dash}
          {...scaled}
        />
      </g>
    )),
    ...layout.lines.map((l) => (
      <g key={l.key} data-series={l.key}>
        <path
          d={l.d}
          fill="none"
          stroke={color(l.key)}
          strokeWidth={stroke}
          strokeDasharray={styles[l.key].dash}
          strokeLinejoin="round"
          {...scaled}
        />
      </g>
    )),
  ];
  return (
    <g data-plot="" fontSize={o.fontSize} fill={muted}>
      {layout.yTicks.map((t) => (
        <line
          key={`grid-${t.value}`}
          x1={0}
          x2={fluid ? "100%" : iw}
          y1={t.y}
          y2={t.y}
          stroke={border}
          strokeDasharray="3 3"
        />
      ))}
      {layout.breaks.map((b) => (
        <g key={b.from} data-break={`${b.from}/${b.to}`}>
          <rect x={X(b.x0)} y={0} width={X(b.x1 - b.x0)} height={ih} fill={border} fillOpacity={0.35} />
          {o.labels && b.x1 - b.x0 > 60 && (
            <text x={X((b.x0 + b.x1) / 2)} y={12} textAnchor="middle">
              no data
            </text>
          )}
          {o.labels && <title>{`No snapshots for ${b.days} days (${b.from} to ${b.to})`}</title>}
        </g>
      ))}
      <line x1={0} x2={fluid ? "100%" : iw} y1={ih} y2={ih} stroke={muted} />
      {layout.xTicks.map((t) => (
        <line key={`tick-${t.t}`} x1={X(t.x)} x2={X(t.x)} y1={ih} y2={ih + 4} stroke={muted} />
      ))}
      {o.labels && [
        ...layout.yTicks.map((t) => (
          <text key={`y-${t.value}`} x={-8} y={t.y} dy="0.32em" textAnchor="end">
            {t.label}
          </text>
        )),
        ...layout.xTicks.map((t) => (
          <text key={`x-${t.t}`} x={X(t.x)} y={ih + o.fontSize + 7} textAnchor="middle" data-tick="">
            {t.label}
          </text>
        )),
        <text key="y-title" transform={`translate(${14 - o.margin.left} ${ih / 2}) rotate(-90)`} textAnchor="middle">
          {spec.yLabel}
        </text>,
        <text key="x-title" x={fluid ? "50%" : iw / 2} y={ih + 38} textAnchor="middle">
          {spec.xLabel}
        </text>,
      ]}
      {/* The data, in the drawn-for pixels: stretched along x to the plot's width where the plot is fluid. */}
      {fluid ? (
        <svg width="100%" height={ih} viewBox={`0 0 ${iw} ${ih}`} preserveAspectRatio="none" overflow="visible">
          {data}
        </svg>
      ) : (
        <g>{data}</g>
      )}
      {layout.lines.map((l) => {
        const st = styles[l.key];
        const hollow = markerIsStroke(st.marker);
        // Twice the line's width on the page; thick lines (the preview's) get relatively smaller markers.
        const shape = markerPath(st.marker, 0, 0, stroke + Math.min(stroke, 3));
        return (
          <g
            key={l.key}
            {...(l.sparse ? { "data-markers": l.key } : { "data-last": l.key })}
            fill={hollow ? "none" : color(l.key)}
            stroke={color(l.key)}
            strokeWidth={hollow ? stroke : stroke / 2}
          >
            {l.markers.map((m) => at(m.date, m.x, m.y, <path d={shape} />))}
          </g>
        );
      })}
      {layout.events.map(({ marker: m, x }) => {
        const st = MARKER_STYLE[m.kind];
        const foot = st.flag === "bottom";
        const flagY = foot ? ih : 0;
        const rule = (
          <line
            x1={X(x)}
            x2={X(x)}
            y1={0}
            y2={ih}
            stroke={paint(st.color)}
            strokeWidth={1.5}
            strokeDasharray={st.dash}
          />
        );
        if (!o.page) {
          return (
            <g key={m.id} data-event={m.kind} data-event-id={m.id}>
              {o.labels && <title>{markerText(m)}</title>}
              {rule}
              {at("flag", x, flagY, <path d={foot ? FOOT_FLAG : FLAG} fill={paint(st.color)} />)}
            </g>
          );
        }
        // A Tab stop named by its <title> (which also gives the full text on hover), its label shown on hover and
        // keyboard focus; under the flag a wider invisible hit area, so the label is easy to reach. Focus shows as the
        // label itself and the flag's outline.
        return (
          <g
            key={m.id}
            data-event={m.kind}
            data-event-id={m.id}
            tabIndex={0}
            role="img"
            className="group cursor-help outline-none"
          >
            <title>{markerText(m)}</title>
            {rule}
            {at(
              "flag",
              x,
              flagY,
              <path
                d={foot ? FOOT_FLAG : FLAG}
                fill={paint(st.color)}
                className="group-focus:[stroke:var(--accent)] group-focus:[stroke-width:2px]"
              />,
            )}
            <rect x={X(x)} y={-8} width={10} height={ih + 8} transform="translate(-5 0)" fill="transparent" />
            <EventLabel x={X(x)} y={foot ? ih - 10 : 14} right={x > iw / 2} text={`${m.date}: ${m.label}`} />
          </g>
        );
      })}
    </g>
  );
}

export function ChartSvg({
  spec,
  width,
  height,
  target,
  fluid = false,
  frame,
  labels = true,
  stroke = 2,
}: ChartSvgProps) {
  const page = target === "page";
  const framed = !page && Boolean(frame);
  const margin = page ? CHART_MARGIN : imageMargins({ frame: framed, labels, footerLines: exportFooter(spec).length });
  const layout = chartLayout(spec, { width, height, margin });
  const paint = page ? (c: string) => c : resolveColor(spec.colors);
  const body = plot(spec, layout, { page, fluid: page && fluid, labels, stroke, fontSize: 11, margin, paint });
  if (page) {
    return (
      // The SVG element is the plot: as wide as the box minus the margins, with the value axis drawn into the left
      // margin (overflow visible).
      <svg
        role="group"
        aria-label={`${spec.yLabel} over time`}
        height={height}
        style={{
          width: fluid ? `calc(100% - ${margin.left + margin.right}px)` : layout.width,
          marginLeft: margin.left,
        }}
        className="block overflow-visible text-[var(--fg)]"
        data-chart-renderer="static"
      >
        <g transform={`translate(0 ${margin.top})`}>{body}</g>
      </svg>
    );
  }
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={FONT}
      data-chart-renderer="image"
    >
      {framed && <rect width="100%" height="100%" fill={paint("var(--bg)")} />}
      <g transform={`translate(${margin.left} ${margin.top})`}>{body}</g>
      {framed && frame}
    </svg>
  );
}
