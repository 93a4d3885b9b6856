import type { EventMarker } from "@/lib/boards/markers";
import type { ChartSeries, ChartUnit } from "@/lib/view/chart/data";

/** What both time-chart renderers take: already-shaped series plus how to draw and label them. */
export interface TimeChartProps {
  series: ChartSeries[];
  /** step: stepAfter lines (ranks change only at a snapshot); line: straight lines; area: stacked areas. */
  kind: "step" | "line" | "area";
  unit: ChartUnit;
  /** Ranks: 1 is drawn at the top. */
  lowerIsBetter: boolean;
  /** The gap chart wants 0 on its axis. */
  includeZero?: boolean;
  height: number;
  yLabel: string;
  xLabel: string;
  /** Full value text for tooltips: "#3", "1312.5", "12.5%". */
  formatValue: (value: number | null) => string;
  /** Short tick text. */
  formatTick: (value: number) => string;
  /** A model key as readers see it (lib/boards/model-name.ts); the key itself when absent. */
  formatModel?: (model: string) => string;
  /** The page of the model behind a point, when the series carry models: the tooltip links to it. */
  modelHref?: (model: string) => string;
  /**
   * Two of `series` (by key) that bound an interval, drawn as one shaded band between them rather than as lines (the
   * gap's 95% band); they still count for the value axis, and the tooltip gives the interval.
   */
  band?: { low: string; high: string; label: string };
  /** Event markers (retirement, method changes, releases) drawn as vertical lines where they fall in the span. */
  markers?: readonly EventMarker[];
}

/** How each kind of event marker is drawn; the legend under the chart and both renderers read it. */
export const MARKER_STYLE: Record<EventMarker["kind"], { color: string; dash: string; name: string }> = {
  retirement: { color: "#b91c1c", dash: "", name: "Board retired" },
  "method-change": { color: "#b45309", dash: "6 3", name: "Method change" },
  release: { color: "var(--muted)", dash: "2 3", name: "Notable release" },
};

/** A marker's tooltip text. */
export function markerText(m: EventMarker): string {
  return `${m.date}: ${m.label}. ${m.description}`;
}

export const CHART_MARGIN = { top: 12, right: 20, bottom: 44, left: 68 } as const;
