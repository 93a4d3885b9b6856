// The chart as plain SVG, drawn on the server so the first paint already shows it (recharts 3 renders nothing during
// SSR). The interactive recharts version replaces it once the client has measured the width and loaded recharts;
// both read the same scales (lib/view/chart/data) and styles (series-config), so the swap does not move anything.
import { dataBreaks, dayMs, pivotSeries, withBreaks, yScale, type ChartRow } from "@/lib/view/chart/data";
import { showPointMarkers } from "@/lib/view/chart/point-markers";
import { timeAxisTicks } from "@/lib/view/chart/time-axis";
import { CHART_MARGIN as M, MARKER_STYLE, markerText, type TimeChartProps } from "./chart-types";
import { EventLabel } from "./event-label";
import { markerIsStroke, markerPath, seriesStyles } from "./series-config";

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

export function StaticTimeChart(props: TimeChartProps & { width: number; fluid?: boolean }) {
  const { series, kind, unit, lowerIsBetter, height, width } = props;
  const data: ChartRow[] = pivotSeries(series);
  const breaks = dataBreaks(data);
  const rows = withBreaks(data, breaks);
  const keys = series.map((s) => s.key);
  const styles = seriesStyles(keys);
  const { domain, ticks } = yScale(rows, keys, unit, { stacked: kind === "area", includeZero: props.includeZero });
  // `width` is the width the chart is drawn for (tick density, marker spacing). The plot itself stretches to the box
  // it is in: its data sits in an inner SVG scaled along x only (strokes keep their width), and everything else is
  // placed in percent of the plot's width, so a chart drawn for 1080 px fills a 520 px column at full height instead
  // of shrinking to half size with a blank band under it.
  const iw = Math.max(10, width - M.left - M.right);
  const ih = Math.max(10, height - M.top - M.bottom);
  const t0 = rows[0]?.t ?? 0;
  const t1 = rows[rows.length - 1]?.t ?? 1;
  /** x within the plot, in the drawn-for pixels (the data SVG's own units). */
  const x = (t: number) => (t1 === t0 ? iw / 2 : ((t - t0) / (t1 - t0)) * iw);
  /** The same x as a percentage of the plot's width, for everything placed outside the data SVG. */
  const pct = (t: number) => `${((x(t) / iw) * 100).toFixed(2)}%`;
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
  const lines =
    kind === "area"
      ? []
      : series
          .filter((s) => !bandKeys.includes(s.key))
          .map((s) => ({
            s,
            pts: rows.map((r) => (r.values[s.key] === null ? null : ([x(r.t), y(r.values[s.key]!)] as [number, number]))),
            at: rows.map((r) => (r.values[s.key] === null ? null : r)),
          }));
  const markers = (props.markers ?? []).filter((m) => rows.length > 1 && dayMs(m.date) >= t0 && dayMs(m.date) <= t1);

  return (
    // The SVG element is the plot: as wide as the box minus the margins (CSS lays it out, so it needs no measuring),
    // with the value axis drawn into the left margin (overflow visible).
    <svg
      role="group"
      aria-label={`${props.yLabel} over time`}
      height={height}
      style={{ width: props.fluid ? `calc(100% - ${M.left + M.right}px)` : iw, marginLeft: M.left }}
      className="block overflow-visible text-[var(--fg)]"
      data-chart-renderer="static"
    >
      <g fontSize={11} fill="var(--muted)">
        {ticks.map((v) => (
          <text key={v} x={-8} y={y(v)} dy="0.32em" textAnchor="end">
            {props.formatTick(v)}
          </text>
        ))}
        <text transform={`translate(${14 - M.left} ${M.top + ih / 2}) rotate(-90)`} textAnchor="middle">
          {props.yLabel}
        </text>
      </g>
      <g data-plot="">
        <g fontSize={11} fill="var(--muted)">
          {ticks.map((v) => (
            <line key={v} x1="0" x2="100%" y1={y(v)} y2={y(v)} stroke="var(--border)" strokeDasharray="3 3" />
          ))}
          {breaks.map((b) => {
            const [b0, b1] = [x(dayMs(b.from)), x(dayMs(b.to))];
            return (
              <g key={b.from} data-break={`${b.from}/${b.to}`}>
                <rect x={pct(dayMs(b.from))} y={M.top} width={`${(((b1 - b0) / iw) * 100).toFixed(2)}%`} height={ih} fill="var(--border)" fillOpacity={0.35} />
                {b1 - b0 > 60 && (
                  <text x={`${(((b0 + b1) / 2 / iw) * 100).toFixed(2)}%`} y={M.top + 12} textAnchor="middle">
                    no data
                  </text>
                )}
                <title>{`No snapshots for ${b.days} days (${b.from} to ${b.to})`}</title>
              </g>
            );
          })}
          {xTicks.map((tick) => (
            <text key={tick.t} x={pct(tick.t)} y={M.top + ih + 18} textAnchor="middle" data-tick="">
              {tick.label}
            </text>
          ))}
          <text x="50%" y={height - 6} textAnchor="middle">
            {props.xLabel}
          </text>
        </g>
        <line x1="0" x2="100%" y1={M.top + ih} y2={M.top + ih} stroke="var(--muted)" />
        {/* The data, in the drawn-for pixels, stretched along x to the plot's width. */}
        <svg width="100%" height={height} viewBox={`0 0 ${iw} ${height}`} preserveAspectRatio="none" overflow="visible">
          {bandShapes.length > 0 && (
            <path d={bandShapes.join("")} fill="var(--accent)" fillOpacity={0.15} stroke="none" data-band="">
              <title>{props.band!.label}</title>
            </path>
          )}
          {areas.map((a) => (
            <g key={a.id}>
              <path d={a.d} fill={styles[a.key].color} fillOpacity={0.3} />
              <path d={a.line} fill="none" stroke={styles[a.key].color} strokeWidth={2} strokeDasharray={styles[a.key].dash} vectorEffect="non-scaling-stroke" />
            </g>
          ))}
          {lines.map(({ s, pts }) => (
            <g key={s.key} data-series={s.key}>
              <path d={linePath(pts, kind === "step")} fill="none" stroke={styles[s.key].color} strokeWidth={2} strokeDasharray={styles[s.key].dash} vectorEffect="non-scaling-stroke" />
            </g>
          ))}
        </svg>
        {/* Point markers, where the series is sparse enough for them to be seen (lib/view/chart/point-markers.ts): each at
            its point's percent of the width, so a stretched plot does not stretch them. */}
        {lines.map(({ s, pts, at }) => {
          const st = styles[s.key];
          if (!showPointMarkers(pts.filter(Boolean).length, iw)) return null;
          const stroke = markerIsStroke(st.marker);
          const shape = markerPath(st.marker, 0, 0, 4);
          return (
            <g key={s.key} data-markers={s.key} fill={stroke ? "none" : st.color} stroke={st.color} strokeWidth={stroke ? 2 : 1}>
              {at.map((r, i) =>
                r === null ? null : (
                  <svg key={r.date} x={pct(r.t)} y={pts[i]![1].toFixed(1)} overflow="visible">
                    <path d={shape} />
                  </svg>
                ),
              )}
            </g>
          );
        })}
        {/* Event markers: a line, a flag on top, and the label on hover or keyboard focus (each is a Tab stop, named by
            its <title>, which also gives the full text on hover). */}
        {markers.map((m) => {
          const st = MARKER_STYLE[m.kind];
          const p = pct(dayMs(m.date));
          const right = x(dayMs(m.date)) > iw / 2;
          return (
            <g key={m.id} data-event={m.kind} data-event-id={m.id} tabIndex={0} role="img" className="group cursor-help outline-none">
              <title>{markerText(m)}</title>
              <line x1={p} x2={p} y1={M.top} y2={M.top + ih} stroke={st.color} strokeWidth={1.5} strokeDasharray={st.dash} />
              {/* The flag, a glyph so that it can sit at a percent of the width; under it a wider invisible hit area,
                  so the label is easy to reach. Focus shows as the label itself and the flag's outline. */}
              <text x={p} y={M.top} textAnchor="middle" fontSize={10} fill={st.color} className="group-focus:[stroke:var(--accent)] group-focus:[stroke-width:2px]">
                ▼
              </text>
              <rect x={p} y={M.top - 8} width={10} height={ih + 8} transform="translate(-5 0)" fill="transparent" />
              <EventLabel x={p} y={M.top + 14} right={right} text={`${m.date}: ${m.label}`} />
            </g>
          );
        })}
      </g>
    </svg>
  );
}
