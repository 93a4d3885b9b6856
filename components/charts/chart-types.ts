import type { ChartMarker } from "@/lib/boards/markers";
import type { ChartSpec } from "@/lib/view/chart/spec";

/**
 * What a time chart takes: the chart spec (lib/view/chart/spec.ts: series, kind, scale, labels, formatters by name,
 * band, event markers), the height it is drawn at, and what only the page's interactive chart can do with a model.
 */
export interface TimeChartProps {
  spec: ChartSpec;
  height: number;
  /** A model key as readers see it (lib/boards/model-name.ts); the key itself when absent. */
  formatModel?: (model: string) => string;
  /** The page of the model behind a point, when the series carry models: the tooltip links to it. */
  modelHref?: (model: string) => string;
}

/** How each kind of event marker is drawn; the key under the chart and both renderers (SVG and recharts) read it. */
export const MARKER_STYLE: Record<
  ChartMarker["kind"],
  { color: string; dash: string; name: string; flag: "top" | "bottom" }
> = {
  retirement: { color: "#b91c1c", dash: "", name: "Board retired", flag: "top" },
  "method-change": { color: "#b45309", dash: "6 3", name: "Method change", flag: "top" },
  release: { color: "var(--muted)", dash: "2 3", name: "Notable release", flag: "top" },
  // A data caveat's flag stands at the foot of its rule, so it stays apart from a method change of the same date
  // (the arena's 2025-11-05 has both).
  caveat: { color: "#7c3aed", dash: "1 3", name: "Data caveat", flag: "bottom" },
};

/** A marker's tooltip text. */
export function markerText(m: ChartMarker): string {
  return `${m.date}: ${m.label}. ${m.description}`;
}
