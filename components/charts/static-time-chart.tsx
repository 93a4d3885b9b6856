// The chart as plain SVG, drawn on the server so the first paint already shows it (recharts 3 renders nothing during
// SSR). The interactive recharts version replaces it once the client has measured the width and loaded recharts;
// both read the same scales (lib/view/chart-data) and styles (series-config), so the swap does not move anything.
import { dataBreaks, pivotSeries, withBreaks, yScale, type ChartRow } from "@/lib/view/chart-data";
import { showPointMarkers } from "@/lib/view/point-markers";
import { timeAxisTicks } from "@/lib/view/time-axis";
import { CHART_MARGIN as M, MARKER_STYLE, markerText, type TimeChartProps } from "./chart-types";
import { markerIsStroke, markerPath, seriesStyles, type MarkerShape } from "./series-config";

function linePath(pts: ([number, number] | null)[], step: boolean): string {
  let d = "";
  let prev: [number, number] | null = null;
  for (const p of pts) {
    if (p === null) {
      prev = null;
      continue;
    }
    if (prev === null) d += `M${p[0].toFixed(1)},${p[1].toFixed(1)}`;
    else if (step) d += `H${p[0].toFixed(1)}V${p[1].toFixed(1)}`;
    else d += `L${p[0].toFixed(1)},${p[1].toFixed(1)}`;
    prev = p;
  }
  return d;
}

/** The markers of a series' points as one path (each marker its own closed sub-path), coordinates to 0.1 px. */
function markersPath(shape: MarkerShape, pts: ([number, number] | null)[]): string {
  let d = "";
  for (const p of pts) if (p !== null) d += markerPath(shape, p[0], p[1], 4);
  // Float noise (119.30000000000001) only adds bytes: a tenth of a pixel is below what a screen shows.
  return d.replace(/(\d\.\d)\d+/g, "$1");
}

export function StaticTimeChart(props: TimeChartProps & { width: number; fluid?: boolean }) {
  const { series, kind, unit, lowerIsBetter, height, width } = props;
  const data: ChartRow[] = pivotSeries(series);
  const breaks = dataBreaks(data);
  const rows = withBreaks(data, breaks);
  const keys = series.map((s) => s.key);
  const styles = seriesStyles(keys);
  const { domain, ticks } = yScale(rows, keys, unit, { stacked: kind === "area", includeZero: props.includeZero });
  const iw = Math.max(10, width - M.left - M.right);
  const ih = Math.max(10, height - M.top - M.bottom);
  const t0 = rows[0]?.t ?? 0;
  const t1 = rows[rows.length - 1]?.t ?? 1;
  const x = (t: number) => M.left + (t1 === t0 ? iw / 2 : ((t - t0) / (t1 - t0)) * iw);
  const span = domain[1] - domain[0] || 1;
  const y = (v: number) => M.top + (lowerIsBetter ? (v - domain[0]) / span : 1 - (v - domain[0]) / span) * ih;
  const xTicks = timeAxisTicks(t0, t1, { innerWidth: iw, marginLeft: M.left, marginRight: M.right });

  // The band between two series: one closed shape per stretch where both bounds are known.
  const bandShapes: string[] = [];
  if (props.band) {
    const { low, high } = props.band;
    let part: ChartRow[] = [];
    const close = () => {
      if (part.length > 0) {
        const top = part.map((r) => `${x(r.t).toFixed(1)},${y(r.values[high]!).toFixed(1)}`);
        const bottom = part.map((r) => `${x(r.t).toFixed(1)},${y(r.values[low]!).toFixed(1)}`).reverse();
        // A lone date is a sliver 2 px wide, so it still shows.
        bandShapes.push(part.length === 1 ? `M${x(part[0].t) - 1},${y(part[0].values[high]!)}h2V${y(part[0].values[low]!)}h-2z` : `M${top.join("L")}L${bottom.join("L")}z`);
      }
      part = [];
    };
    for (const r of rows) {
      if (!r.gap && r.values[low] != null && r.values[high] != null) part.push(r);
      else close();
    }
    close();
  }
  const bandKeys = props.band ? [props.band.low, props.band.high] : [];

  // Stacked areas: running sums in series order, nulls counted as 0; one shape per stretch between data breaks.
  const stretches: ChartRow[][] = [[]];
  for (const r of rows) {
    if (r.gap) stretches.push([]);
    else stretches[stretches.length - 1].push(r);
  }
  const areas =
    kind === "area"
      ? stretches.flatMap((part, p) => {
          const base = part.map(() => 0);
          return keys.map((k) => {
            const lower = base.slice();
            part.forEach((r, i) => (base[i] += r.values[k] ?? 0));
            const top = part.map((r, i) => `${x(r.t).toFixed(1)},${y(base[i]).toFixed(1)}`);
            const bottom = part.map((r, i) => `${x(r.t).toFixed(1)},${y(lower[i]).toFixed(1)}`).reverse();
            return { key: k, id: `${k}-${p}`, d: `M${top.join("L")}L${bottom.join("L")}z`, line: `M${top.join("L")}` };
          });
        })
      : [];

  return (
    <svg
      role="img"
      aria-label={`${props.yLabel} over time`}
      width={props.fluid ? "100%" : width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMinYMin meet"
      className="block overflow-visible text-[var(--fg)]"
      data-chart-renderer="static"
    >
      <g fontSize={11} fill="var(--muted)">
        {ticks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={M.left + iw} y1={y(v)} y2={y(v)} stroke="var(--border)" strokeDasharray="3 3" />
            <text x={M.left - 8} y={y(v)} dy="0.32em" textAnchor="end">
              {props.formatTick(v)}
            </text>
          </g>
        ))}
        {breaks.map((b) => {
          const [bx0, bx1] = [x(Date.parse(`${b.from}T00:00:00Z`)), x(Date.parse(`${b.to}T00:00:00Z`))];
          return (
            <g key={b.from} data-break={`${b.from}/${b.to}`}>
              <rect x={bx0} y={M.top} width={bx1 - bx0} height={ih} fill="var(--border)" fillOpacity={0.35} />
              {bx1 - bx0 > 60 && (
                <text x={(bx0 + bx1) / 2} y={M.top + 12} textAnchor="middle">
                  no data
                </text>
              )}
              <title>{`No snapshots for ${b.days} days (${b.from} to ${b.to})`}</title>
            </g>
          );
        })}
        {xTicks.map((tick) => (
          <text key={tick.t} x={x(tick.t)} y={M.top + ih + 18} textAnchor="middle" data-tick="">
            {tick.label}
          </text>
        ))}
        <text x={M.left + iw / 2} y={height - 6} textAnchor="middle">
          {props.xLabel}
        </text>
        <text transform={`translate(14 ${M.top + ih / 2}) rotate(-90)`} textAnchor="middle">
          {props.yLabel}
        </text>
      </g>
      <line x1={M.left} x2={M.left + iw} y1={M.top + ih} y2={M.top + ih} stroke="var(--muted)" />
      {(props.markers ?? [])
        .filter((m) => rows.length > 1 && Date.parse(`${m.date}T00:00:00Z`) >= t0 && Date.parse(`${m.date}T00:00:00Z`) <= t1)
        .map((m) => {
          const mx = x(Date.parse(`${m.date}T00:00:00Z`));
          const st = MARKER_STYLE[m.kind];
          return (
            <g key={m.id} data-event={m.kind} data-event-id={m.id}>
              <title>{markerText(m)}</title>
              <line x1={mx} x2={mx} y1={M.top} y2={M.top + ih} stroke={st.color} strokeWidth={1.5} strokeDasharray={st.dash} />
              <path d={`M${(mx - 5).toFixed(1)},${M.top - 8}h10l-5,8z`} fill={st.color} />
              {/* A wider invisible hit area, so the native tooltip is easy to reach. */}
              <rect x={mx - 5} y={M.top - 8} width={10} height={ih + 8} fill="transparent" />
            </g>
          );
        })}
      {bandShapes.length > 0 && (
        <path d={bandShapes.join("")} fill="var(--accent)" fillOpacity={0.15} stroke="none" data-band="">
          <title>{props.band!.label}</title>
        </path>
      )}
      {areas.map((a) => (
        <g key={a.id}>
          <path d={a.d} fill={styles[a.key].color} fillOpacity={0.3} />
          <path d={a.line} fill="none" stroke={styles[a.key].color} strokeWidth={2} strokeDasharray={styles[a.key].dash} />
        </g>
      ))}
      {kind !== "area" &&
        series.filter((s) => !bandKeys.includes(s.key)).map((s) => {
          const st = styles[s.key];
          const pts = rows.map((r) => (r.values[s.key] === null ? null : ([x(r.t), y(r.values[s.key]!)] as [number, number])));
          return (
            <g key={s.key} data-series={s.key}>
              <path d={linePath(pts, kind === "step")} fill="none" stroke={st.color} strokeWidth={2} strokeDasharray={st.dash} />
              {/* Every point's marker in one path (a path per point is the same picture with a hundred times the
                  elements), when the series is sparse enough for markers to be seen (lib/view/point-markers.ts). */}
              {showPointMarkers(pts.filter(Boolean).length, iw) && (
                <path
                  d={markersPath(st.marker, pts)}
                  fill={markerIsStroke(st.marker) ? "none" : st.color}
                  stroke={st.color}
                  strokeWidth={markerIsStroke(st.marker) ? 2 : 1}
                  data-markers=""
                />
              )}
            </g>
          );
        })}
    </svg>
  );
}
