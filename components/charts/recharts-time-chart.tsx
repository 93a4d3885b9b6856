"use client";
// The interactive chart (tooltip naming the model behind each point, keyboard navigation). Loaded lazily after the
// first paint, which shows the static SVG (chart-svg.tsx); same spec, margins, scales and styles, so the swap does not
// shift the layout.
import {
  Area,
  AreaChart,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { formatDateLong } from "@/lib/standings/format";
import { dataBreaks, dayMs, pivotSeries, withBreaks, yScale, type ChartRow } from "@/lib/view/chart/data";
import { CHART_MARGIN } from "@/lib/view/chart/layout";
import { showPointMarkers } from "@/lib/view/chart/point-markers";
import { formatterFor, type ChartSpec } from "@/lib/view/chart/spec";
import { timeAxisTicks } from "@/lib/view/chart/time-axis";
import type { MouseHandlerDataParam } from "recharts/types/synchronisation/types";
import { MARKER_STYLE, markerText, type TimeChartProps } from "./chart-types";
import { EventLabel } from "./event-label";
import { markerIsStroke, markerPath, seriesStyles, type SeriesStyle } from "./series-config";

function Marker({ cx, cy, style, r }: { cx?: number | null; cy?: number | null; style: SeriesStyle; r: number }) {
  if (cx == null || cy == null || !Number.isFinite(cx) || !Number.isFinite(cy)) return <g />;
  const stroke = markerIsStroke(style.marker);
  return (
    <path
      d={markerPath(style.marker, cx, cy, r)}
      fill={stroke ? "none" : style.color}
      stroke={style.color}
      strokeWidth={stroke ? 2 : 1}
    />
  );
}

/** What the tooltip reads: the spec, its value formatter, and the page's model links. */
interface TooltipChart extends Pick<TimeChartProps, "formatModel" | "modelHref"> {
  series: ChartSpec["series"];
  band: ChartSpec["band"];
  formatValue: (v: number | null) => string;
}

function ChartTooltip(
  props: TooltipContentProps & { chart: TooltipChart; styles: Record<string, SeriesStyle>; maxWidth: number },
) {
  const row = props.payload?.[0]?.payload as ChartRow | undefined;
  if (!props.active || !row) return null;
  if (row.gap) {
    return (
      <div
        className="rounded border border-[var(--border)] bg-[var(--bg)] p-2 text-xs shadow-md"
        style={{ maxWidth: Math.min(256, props.maxWidth) }}
      >
        No snapshots for {row.gap.days} days, from {formatDateLong(row.gap.from)} to {formatDateLong(row.gap.to)}.
      </div>
    );
  }
  return (
    // Never wider than the plot: recharts keeps a tooltip inside the plot's box, so the box keeps it on screen.
    <div
      className="[overflow-wrap:anywhere] rounded border border-[var(--border)] bg-[var(--bg)] p-2 text-xs shadow-md"
      style={{ maxWidth: Math.min(352, props.maxWidth) }}
    >
      <p className="mb-1 font-semibold">{formatDateLong(row.date)}</p>
      <ul className="space-y-0.5">
        {props.chart.series
          .filter((s) => s.key !== props.chart.band?.low && s.key !== props.chart.band?.high)
          .map((s) => (
            <li key={s.key} className="flex flex-wrap items-baseline gap-x-2">
              <span
                aria-hidden
                className="inline-block h-2 w-3 rounded-sm"
                style={{ background: props.styles[s.key].color }}
              />
              <span className="font-medium">{s.label}</span>
              <span className="tabular-nums">{props.chart.formatValue(row.values[s.key])}</span>
              {row.models[s.key] && (
                <span className="text-[var(--muted)]">
                  {props.chart.formatModel?.(row.models[s.key]!) ?? row.models[s.key]}
                </span>
              )}
              {row.notes?.[s.key] && <span className="basis-full text-[var(--muted)]">{row.notes[s.key]}</span>}
            </li>
          ))}
      </ul>
      {props.chart.band && row.values[props.chart.band.low] != null && row.values[props.chart.band.high] != null && (
        <p className="mt-1 text-[var(--muted)]">
          {props.chart.band.label}: {props.chart.formatValue(row.values[props.chart.band.low])} to{" "}
          {props.chart.formatValue(row.values[props.chart.band.high])}
        </p>
      )}
      {props.chart.modelHref && Object.values(row.models).some(Boolean) && (
        <p className="mt-1 text-[var(--muted)]">Click a line to open its model&apos;s page</p>
      )}
    </div>
  );
}

export default function RechartsTimeChart(props: TimeChartProps & { width: number }) {
  const { spec, height, width } = props;
  const { series, kind, unit } = spec;
  const formatValue = formatterFor(spec.value, "full");
  const formatTick = formatterFor(spec.tick, "tick");
  const tooltip: TooltipChart = {
    series,
    band: spec.band,
    formatValue,
    formatModel: props.formatModel,
    modelHref: props.modelHref,
  };
  const data = pivotSeries(series);
  const breaks = dataBreaks(data);
  const rows = withBreaks(data, breaks);
  const keys = series.map((s) => s.key);
  const styles = seriesStyles(keys);
  const { domain, ticks } = yScale(rows, keys, unit, { stacked: kind === "area", includeZero: spec.includeZero });
  const iw = width - CHART_MARGIN.left - CHART_MARGIN.right;
  const sparse = Object.fromEntries(
    keys.map((k) => [k, showPointMarkers(rows.filter((r) => r.values[k] != null).length, iw)]),
  );
  // Each line's latest point keeps its marker when the rest are too dense for one, as in the static chart.
  const last = Object.fromEntries(keys.map((k) => [k, rows.findLastIndex((r) => r.values[k] != null)]));
  const [t0, t1] =
    rows.length === 1 ? [rows[0].t - 86_400_000, rows[0].t + 86_400_000] : [rows[0]?.t ?? 0, rows.at(-1)?.t ?? 1];
  const xTicks = timeAxisTicks(t0, t1, {
    innerWidth: iw,
    marginLeft: CHART_MARGIN.left,
    marginRight: CHART_MARGIN.right,
  });
  const tickLabel = new Map(xTicks.map((tick) => [tick.t, tick.label]));
  // With modelHref, a click opens the page of the model behind the point nearest the pointer on the active date.
  const onClick = props.modelHref
    ? (state: MouseHandlerDataParam, event: React.MouseEvent) => {
        const row = rows[Number(state.activeIndex)];
        if (!row) return;
        const box = (event.currentTarget as Element | null)?.getBoundingClientRect?.();
        const plotH = Math.max(1, height - CHART_MARGIN.top - CHART_MARGIN.bottom);
        const frac = box ? (event.clientY - box.top - CHART_MARGIN.top) / plotH : 0.5;
        const span = domain[1] - domain[0] || 1;
        const value = spec.lowerIsBetter ? domain[0] + frac * span : domain[1] - frac * span;
        let best: { model: string; d: number } | null = null;
        for (const k of keys) {
          const v = row.values[k];
          const model = row.models[k];
          if (v === null || v === undefined || !model) continue;
          const d = Math.abs(v - value);
          if (best === null || d < best.d) best = { model, d };
        }
        if (best) window.location.assign(props.modelHref!(best.model));
      }
    : undefined;
  const common = {
    width,
    height,
    data: rows,
    onClick,
    style: props.modelHref ? { cursor: "pointer" } : undefined,
    margin: { top: CHART_MARGIN.top, right: CHART_MARGIN.right, bottom: 0, left: 0 },
    accessibilityLayer: true,
  };
  const axes = [
    <CartesianGrid key="grid" stroke="var(--border)" strokeDasharray="3 3" vertical={false} />,
    <XAxis
      key="x"
      dataKey="t"
      type="number"
      scale="time"
      domain={[t0, t1]}
      ticks={xTicks.map((tick) => tick.t)}
      interval={0}
      tickFormatter={(t: number | Date, i: number) => tickLabel.get(Number(t)) ?? xTicks[i]?.label ?? ""}
      height={CHART_MARGIN.bottom}
      stroke="var(--muted)"
      tick={{ fill: "var(--muted)", fontSize: 11 }}
      label={{ value: spec.xLabel, position: "insideBottom", offset: 2, fill: "var(--muted)", fontSize: 11 }}
    />,
    <YAxis
      key="y"
      type="number"
      reversed={spec.lowerIsBetter}
      domain={domain}
      ticks={ticks}
      allowDecimals={unit !== "rank" && unit !== "count"}
      tickFormatter={(v: number) => formatTick(v)}
      width={CHART_MARGIN.left}
      stroke="var(--muted)"
      tick={{ fill: "var(--muted)", fontSize: 11 }}
      label={{
        value: spec.yLabel,
        angle: -90,
        position: "insideLeft",
        offset: 4,
        fill: "var(--muted)",
        fontSize: 11,
        style: { textAnchor: "middle" },
      }}
    />,
    ...breaks.map((b) => (
      <ReferenceArea
        key={`break-${b.from}`}
        x1={dayMs(b.from)}
        x2={dayMs(b.to)}
        fill="var(--border)"
        fillOpacity={0.35}
        stroke="none"
        label={
          iw * ((dayMs(b.to) - dayMs(b.from)) / Math.max(1, t1 - t0)) > 60
            ? { value: "no data", position: "insideTop", fill: "var(--muted)", fontSize: 11 }
            : undefined
        }
      />
    )),
    ...spec.markers
      .filter((m) => dayMs(m.date) >= t0 && dayMs(m.date) <= t1)
      .map((m) => (
        <ReferenceLine
          key={`event-${m.id}`}
          x={dayMs(m.date)}
          stroke={MARKER_STYLE[m.kind].color}
          strokeWidth={1.5}
          strokeDasharray={MARKER_STYLE[m.kind].dash}
          ifOverflow="hidden"
          label={(p: { viewBox?: { x?: number; y?: number; height?: number } }) => {
            const vx = p.viewBox?.x ?? 0;
            const top = p.viewBox?.y ?? 0;
            // A data caveat's flag stands at the foot of its rule (MARKER_STYLE's `flag`), pointing up.
            const foot = MARKER_STYLE[m.kind].flag === "bottom";
            const vy = foot ? top + (p.viewBox?.height ?? 0) : top;
            const flag = foot ? `M${vx - 5},${vy + 8}h10l-5,-8z` : `M${vx - 5},${vy - 8}h10l-5,8z`;
            const right = vx > CHART_MARGIN.left + iw / 2;
            // A Tab stop whose label shows on hover and on keyboard focus, as in the static chart.
            return (
              <g
                data-event={m.kind}
                data-event-id={m.id}
                tabIndex={0}
                role="img"
                className="group cursor-help outline-none"
              >
                <title>{markerText(m)}</title>
                <path d={flag} fill={MARKER_STYLE[m.kind].color} />
                <rect x={vx - 5} y={top - 8} width={10} height={(p.viewBox?.height ?? 0) + 16} fill="transparent" />
                <path
                  d={flag}
                  fill="none"
                  stroke="var(--accent)"
                  strokeWidth={2}
                  className="hidden group-focus:block"
                />
                <EventLabel x={vx} y={foot ? vy - 10 : vy + 14} right={right} text={`${m.date}: ${m.label}`} />
              </g>
            );
          }}
        />
      )),
    <Tooltip
      key="tip"
      content={(p) => <ChartTooltip {...p} chart={tooltip} styles={styles} maxWidth={Math.max(140, iw)} />}
      isAnimationActive={false}
      allowEscapeViewBox={{ x: false, y: false }}
    />,
  ];

  if (kind === "area") {
    return (
      <AreaChart {...common}>
        {axes}
        {series.map((s) => (
          <Area
            key={s.key}
            name={s.label}
            dataKey={(r: ChartRow) => (r.gap ? null : (r.values[s.key] ?? 0))}
            connectNulls={false}
            stackId="share"
            type="linear"
            stroke={styles[s.key].color}
            strokeWidth={2}
            strokeDasharray={styles[s.key].dash}
            fill={styles[s.key].color}
            fillOpacity={0.3}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    );
  }
  const band = spec.band;
  return (
    // A composed chart: lines, plus the band (a range area) where one is asked for.
    <ComposedChart {...common}>
      {axes}
      {band && (
        <Area
          key="band"
          name={band.label}
          dataKey={(r: ChartRow) =>
            r.gap || r.values[band.low] == null || r.values[band.high] == null
              ? null
              : [r.values[band.low], r.values[band.high]]
          }
          type="linear"
          stroke="none"
          fill="var(--accent)"
          fillOpacity={0.15}
          connectNulls={false}
          activeDot={false}
          dot={false}
          isAnimationActive={false}
          tooltipType="none"
        />
      )}
      {series
        .filter((s) => s.key !== band?.low && s.key !== band?.high)
        .map((s) => (
          <Line
            key={s.key}
            name={s.label}
            dataKey={(r: ChartRow) => r.values[s.key]}
            type={kind === "step" ? "stepAfter" : "linear"}
            stroke={styles[s.key].color}
            strokeWidth={2}
            strokeDasharray={styles[s.key].dash}
            dot={(p) =>
              // Markers only on a series sparse enough for them to be seen (lib/view/chart/point-markers.ts), as the static
              // chart draws them; a dense one is a line with a marker at its end, and the hovered point gets one (activeDot).
              sparse[s.key] || p.index === last[s.key] ? (
                <Marker key={`${s.key}-${p.index}`} cx={p.cx} cy={p.cy} style={styles[s.key]} r={4} />
              ) : (
                <g key={`${s.key}-${p.index}`} />
              )
            }
            activeDot={(p) => <Marker cx={p.cx} cy={p.cy} style={styles[s.key]} r={6} />}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
    </ComposedChart>
  );
}
