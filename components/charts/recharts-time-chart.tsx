"use client";
// The interactive chart (tooltip naming the model behind each point, keyboard navigation). Loaded lazily after the
// first paint, which shows the static SVG; same margins, scales and styles, so the swap does not shift the layout.
import { Area, AreaChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { formatDate, formatDateLong } from "@/lib/standings/format";
import { pivotSeries, timeTicks, yScale, type ChartRow } from "@/lib/view/chart-data";
import { CHART_MARGIN, type TimeChartProps } from "./chart-types";
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

function ChartTooltip(props: TooltipContentProps & { chart: TimeChartProps; styles: Record<string, SeriesStyle> }) {
  const row = props.payload?.[0]?.payload as ChartRow | undefined;
  if (!props.active || !row) return null;
  return (
    <div className="rounded border border-[var(--border)] bg-[var(--bg)] p-2 text-xs shadow-md">
      <p className="mb-1 font-semibold">{formatDateLong(row.date)}</p>
      <ul className="space-y-0.5">
        {props.chart.series.map((s) => (
          <li key={s.key} className="flex items-baseline gap-2">
            <span aria-hidden className="inline-block h-2 w-3 rounded-sm" style={{ background: props.styles[s.key].color }} />
            <span className="font-medium">{s.label}</span>
            <span className="tabular-nums">{props.chart.formatValue(row.values[s.key])}</span>
            {row.models[s.key] && <span className="text-[var(--muted)]">{row.models[s.key]}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function RechartsTimeChart(props: TimeChartProps & { width: number }) {
  const { series, kind, unit, height, width } = props;
  const rows = pivotSeries(series);
  const keys = series.map((s) => s.key);
  const styles = seriesStyles(keys);
  const { domain, ticks } = yScale(rows, keys, unit, { stacked: kind === "area", includeZero: props.includeZero });
  const iw = width - CHART_MARGIN.left - CHART_MARGIN.right;
  const common = {
    width,
    height,
    data: rows,
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
      domain={rows.length === 1 ? [rows[0].t - 86_400_000, rows[0].t + 86_400_000] : ["dataMin", "dataMax"]}
      ticks={timeTicks(rows, Math.max(2, Math.floor(iw / 90)))}
      tickFormatter={(t: number) => formatDate(new Date(t).toISOString().slice(0, 10))}
      height={CHART_MARGIN.bottom}
      stroke="var(--muted)"
      tick={{ fill: "var(--muted)", fontSize: 11 }}
      label={{ value: props.xLabel, position: "insideBottom", offset: 2, fill: "var(--muted)", fontSize: 11 }}
    />,
    <YAxis
      key="y"
      type="number"
      reversed={props.lowerIsBetter}
      domain={domain}
      ticks={ticks}
      allowDecimals={unit !== "rank" && unit !== "count"}
      tickFormatter={props.formatTick}
      width={CHART_MARGIN.left}
      stroke="var(--muted)"
      tick={{ fill: "var(--muted)", fontSize: 11 }}
      label={{ value: props.yLabel, angle: -90, position: "insideLeft", offset: 4, fill: "var(--muted)", fontSize: 11, style: { textAnchor: "middle" } }}
    />,
    <Tooltip key="tip" content={(p) => <ChartTooltip {...p} chart={props} styles={styles} />} isAnimationActive={false} />,
  ];

  if (kind === "area") {
    return (
      <AreaChart {...common}>
        {axes}
        {series.map((s) => (
          <Area
            key={s.key}
            name={s.label}
            dataKey={(r: ChartRow) => r.values[s.key] ?? 0}
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
  return (
    <LineChart {...common}>
      {axes}
      {series.map((s) => (
        <Line
          key={s.key}
          name={s.label}
          dataKey={(r: ChartRow) => r.values[s.key]}
          type={kind === "step" ? "stepAfter" : "linear"}
          stroke={styles[s.key].color}
          strokeWidth={2}
          strokeDasharray={styles[s.key].dash}
          dot={(p) =>
            // A marker where the value changes (and at both ends), not on every snapshot: the shape still tells
            // the series apart, and hundreds of identical markers cost more to draw than the lines.
            markerAt(rows, s.key, p.index) ? (
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
    </LineChart>
  );
}

/** Whether point `i` of a series starts, ends, or changes its value. */
function markerAt(rows: ChartRow[], key: string, i: number): boolean {
  if (i === 0 || i === rows.length - 1) return true;
  return rows[i].values[key] !== rows[i - 1].values[key];
}
