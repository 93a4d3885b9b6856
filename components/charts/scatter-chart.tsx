// Score against price on a log price axis: one marker per model, coloured and shaped per country key, and each key's
// price-performance frontier as a stepped line. Draw only: points in, SVG out. Drawn the same on server and client.
import { formatUsd } from "@/lib/standings/format";
import { logTicks } from "@/lib/view/chart/lens-charts";
import { niceTicks } from "@/lib/view/chart/data";
import { markerIsStroke, markerPath, seriesStyles } from "./series-config";

export interface ScatterPoint {
  model: string;
  /** The series (country key) it is drawn in; null: drawn grey, in no series. */
  key: string | null;
  x: number;
  y: number;
}

const M = { top: 12, right: 20, bottom: 44, left: 68 };

export function ScatterChart(props: {
  points: ScatterPoint[];
  /** Per key: the frontier's points, cheapest first. */
  frontiers: { key: string; points: { x: number; y: number }[] }[];
  keys: string[];
  width: number;
  height: number;
  xLabel: string;
  yLabel: string;
  label: string;
}) {
  const { points, width, height } = props;
  const styles = seriesStyles(props.keys);
  const xs = points.map((p) => p.x).filter((x) => x > 0);
  const { domain: xd, ticks: xt } = logTicks(Math.min(...xs), Math.max(...xs));
  const ys = points.map((p) => p.y);
  const yt = ys.length ? niceTicks(Math.min(...ys), Math.max(...ys), 5) : [0, 1];
  const yd: [number, number] = [yt[0], yt[yt.length - 1] === yt[0] ? yt[0] + 1 : yt[yt.length - 1]];
  const iw = Math.max(10, width - M.left - M.right);
  const ih = Math.max(10, height - M.top - M.bottom);
  const lx = (v: number) =>
    M.left + ((Math.log10(v) - Math.log10(xd[0])) / (Math.log10(xd[1]) - Math.log10(xd[0]))) * iw;
  const ly = (v: number) => M.top + (1 - (v - yd[0]) / (yd[1] - yd[0])) * ih;
  return (
    <svg
      role="img"
      aria-label={props.label}
      width="100%"
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="xMinYMin meet"
      className="block text-[var(--fg)]"
      data-testid="price-scatter"
    >
      <g fontSize={11} fill="var(--muted)">
        {yt.map((v) => (
          <g key={`y${v}`}>
            <line x1={M.left} x2={M.left + iw} y1={ly(v)} y2={ly(v)} stroke="var(--border)" strokeDasharray="3 3" />
            <text x={M.left - 8} y={ly(v)} dy="0.32em" textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        {xt.map((v) => (
          <g key={`x${v}`}>
            <line x1={lx(v)} x2={lx(v)} y1={M.top} y2={M.top + ih} stroke="var(--border)" strokeDasharray="3 3" />
            <text x={lx(v)} y={M.top + ih + 18} textAnchor="middle">
              {formatUsd(v)}
            </text>
          </g>
        ))}
        <text x={M.left + iw / 2} y={height - 6} textAnchor="middle">
          {props.xLabel}
        </text>
        <text transform={`translate(14 ${M.top + ih / 2}) rotate(-90)`} textAnchor="middle">
          {props.yLabel}
        </text>
      </g>
      {props.frontiers.map((f) => {
        const st = styles[f.key];
        if (!st || f.points.length === 0) return null;
        // A frontier steps: from each point, flat to the next cheaper-or-equal price, then up to the next better score.
        let d = "";
        f.points.forEach((p, i) => {
          const [x, y] = [lx(p.x).toFixed(1), ly(p.y).toFixed(1)];
          d += i === 0 ? `M${x},${y}` : `H${x}V${y}`;
        });
        return (
          <path
            key={`f-${f.key}`}
            d={d}
            fill="none"
            stroke={st.color}
            strokeWidth={1.5}
            strokeDasharray={st.dash}
            data-frontier={f.key}
          />
        );
      })}
      {points.map((p) => {
        const st = p.key ? styles[p.key] : undefined;
        const color = st?.color ?? "var(--muted)";
        const stroke = st ? markerIsStroke(st.marker) : true;
        return (
          <path
            key={p.model}
            d={markerPath(st?.marker ?? "cross", lx(p.x), ly(p.y), 4)}
            fill={stroke ? "none" : color}
            stroke={color}
            strokeWidth={stroke ? 1.5 : 1}
            fillOpacity={0.85}
          >
            <title>{`${p.model}: ${p.y.toFixed(1)} at ${formatUsd(p.x)} per million tokens`}</title>
          </path>
        );
      })}
    </svg>
  );
}
