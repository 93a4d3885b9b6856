// The metrics a standings series can show. Keys are public API (`metric=` parameter): never rename one.

export const METRICS = ["best-rank", "best-score", "top-n-count", "top-n-share", "model-count"] as const;
export type MetricKind = (typeof METRICS)[number];

export interface MetricInfo {
  /** Label with `N` standing for the top-n cut-off; see `metricLabel`. */
  label: string;
  unit: "rank" | "score" | "count" | "share";
  /** True for ranks: a chart should invert its axis. */
  lowerIsBetter: boolean;
  /** Whether the metric depends on `n`. */
  usesN: boolean;
}

export const METRIC_INFO: Record<MetricKind, MetricInfo> = {
  "best-rank": { label: "Best rank", unit: "rank", lowerIsBetter: true, usesN: false },
  "best-score": { label: "Best score", unit: "score", lowerIsBetter: false, usesN: false },
  "top-n-count": { label: "Models in the top N", unit: "count", lowerIsBetter: false, usesN: true },
  "top-n-share": { label: "Share of the top N", unit: "share", lowerIsBetter: false, usesN: true },
  "model-count": { label: "Models on the board", unit: "count", lowerIsBetter: false, usesN: false },
};

export const DEFAULT_METRIC: MetricKind = "best-rank";
export const DEFAULT_N = 10;

export function isMetricKind(value: string): value is MetricKind {
  return (METRICS as readonly string[]).includes(value);
}

/** The metric's label with its cut-off filled in: "Models in the top 10". */
export function metricLabel(metric: MetricKind, n: number): string {
  return METRIC_INFO[metric].label.replace("N", String(n));
}
