// A sparkline: draws the geometry lib/view/chart/sparkline.ts computed (a line, the zero line, a dot on the last
// value). Only draws; the text alternative is the caller's.
import type { SparklineGeometry } from "@/lib/view/chart/sparkline";

export function Sparkline({ geometry, label }: { geometry: SparklineGeometry; label: string }) {
  const { width, height, path, zeroY, last } = geometry;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      className="block overflow-visible"
      data-sparkline
    >
      {zeroY !== null && (
        <line x1={0} x2={width} y1={zeroY} y2={zeroY} stroke="var(--border)" strokeWidth={1} strokeDasharray="2 2" />
      )}
      {path && <path d={path} fill="none" stroke="var(--accent)" strokeWidth={1.5} strokeLinejoin="round" />}
      {last && <circle cx={last.x} cy={last.y} r={2.2} fill="var(--accent)" />}
    </svg>
  );
}
