// A sparkline's geometry: a small line of values over dates (the scoreboard's gap trend), placed on time, with the zero
// line where the range spans it. Pure, so components/charts/sparkline.tsx only draws what this returns.
import { daysBetween } from "@/lib/core/dates";

export interface SparklineGeometry {
  width: number;
  height: number;
  /** SVG path of the line; a gap in the data (null) breaks it. "" when there is no value. */
  path: string;
  /** y of the zero line: the value range always reaches 0, since a gap's sign is the story. null with no value. */
  zeroY: number | null;
  /** The last drawn point, marked with a dot. */
  last: { x: number; y: number } | null;
  /** How many values were drawn. */
  count: number;
}

/** Where `points` (dates ascending) fall in a `width` × `height` box, with `pad` pixels kept free on each edge. */
export function sparkline(
  points: readonly { date: string; value: number | null }[],
  { width = 120, height = 28, pad = 3 }: { width?: number; height?: number; pad?: number } = {},
): SparklineGeometry {
  const drawn = points.filter((p): p is { date: string; value: number } => p.value !== null);
  if (drawn.length === 0) return { width, height, path: "", zeroY: null, last: null, count: 0 };
  const first = points[0].date;
  const span = Math.max(1, daysBetween(first, points[points.length - 1].date));
  const values = drawn.map((p) => p.value);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const range = hi - lo || 1;
  const x = (date: string) => pad + (daysBetween(first, date) / span) * (width - 2 * pad);
  const y = (v: number) => pad + ((hi - v) / range) * (height - 2 * pad);
  const round = (n: number) => Math.round(n * 10) / 10;
  let path = "";
  let pen = false;
  let last: { x: number; y: number } | null = null;
  for (const p of points) {
    if (p.value === null) {
      pen = false;
      continue;
    }
    last = { x: round(points.length === 1 ? width / 2 : x(p.date)), y: round(y(p.value)) };
    path += `${pen ? "L" : "M"}${last.x},${last.y}`;
    pen = true;
  }
  return { width, height, path, zeroY: round(y(0)), last, count: drawn.length };
}
