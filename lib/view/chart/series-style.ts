// The one place a series' look is decided. Colours are the Okabe-Ito palette (safe for the common colour-vision
// deficiencies); every key also gets its own dash pattern and marker shape, so no two differ by colour alone.
// Both chart renderers, the legend, the gap panel and the chart spec (lib/view/chart/spec.ts) read this config.

export type MarkerShape = "circle" | "square" | "triangle" | "diamond" | "cross" | "star";

export interface SeriesStyle {
  color: string;
  /** SVG stroke-dasharray; "" for solid. */
  dash: string;
  marker: MarkerShape;
}

/** Fixed looks for the headline keys, so US is the same blue on every chart and permalink. */
const FIXED: Record<string, SeriesStyle> = {
  US: { color: "#0072B2", dash: "", marker: "circle" },
  CN: { color: "#D55E00", dash: "7 3", marker: "square" },
  europe: { color: "#009E73", dash: "2 3", marker: "triangle" },
  other: { color: "#CC79A7", dash: "10 3 2 3", marker: "diamond" },
  unknown: { color: "var(--muted)", dash: "1 4", marker: "cross" },
  /** The share chart's remainder band: every country not chosen. */
  rest: { color: "var(--border)", dash: "", marker: "cross" },
  /** The gap chart's single series. */
  gap: { color: "var(--accent)", dash: "", marker: "circle" },
  /** The bounds of the gap's 95% band, drawn thin and dotted around the gap line. */
  "ci-low": { color: "var(--muted)", dash: "2 3", marker: "cross" },
  "ci-high": { color: "var(--muted)", dash: "2 3", marker: "cross" },
};

/** Looks for any other key, handed out in order of appearance. */
const EXTRA: SeriesStyle[] = [
  { color: "#E69F00", dash: "5 2 1 2", marker: "star" },
  { color: "#56B4E9", dash: "12 4", marker: "diamond" },
  { color: "var(--fg)", dash: "3 2", marker: "square" },
  { color: "#F0E442", dash: "", marker: "triangle" },
  { color: "#0072B2", dash: "1 2", marker: "star" },
  { color: "#D55E00", dash: "4 4", marker: "circle" },
  { color: "#009E73", dash: "8 2 2 2", marker: "cross" },
];

/** Styles for the keys of one chart, in the order given. */
export function seriesStyles(keys: readonly string[]): Record<string, SeriesStyle> {
  const out: Record<string, SeriesStyle> = {};
  let extra = 0;
  for (const k of keys) out[k] = FIXED[k] ?? EXTRA[extra++ % EXTRA.length];
  return out;
}

/** An SVG path for a marker of radius r centred on (cx, cy). */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case "circle":
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
    case "square":
      return `M${cx - r},${cy - r}h${2 * r}v${2 * r}h${-2 * r}z`;
    case "triangle":
      return `M${cx},${cy - r * 1.2}L${cx + r * 1.1},${cy + r * 0.8}L${cx - r * 1.1},${cy + r * 0.8}z`;
    case "diamond":
      return `M${cx},${cy - r * 1.3}L${cx + r},${cy}L${cx},${cy + r * 1.3}L${cx - r},${cy}z`;
    case "cross":
      return `M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx + r},${cy - r}L${cx - r},${cy + r}`;
    case "star": {
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const rr = i % 2 === 0 ? r * 1.3 : r * 0.55;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        pts.push(`${(cx + rr * Math.cos(a)).toFixed(2)},${(cy + rr * Math.sin(a)).toFixed(2)}`);
      }
      return `M${pts.join("L")}z`;
    }
  }
}

/** Crosses are strokes only; every other marker is filled. */
export function markerIsStroke(shape: MarkerShape): boolean {
  return shape === "cross";
}
