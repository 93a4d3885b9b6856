"use client";
// Which metric, and the top-N cut-off for the metrics that use one.
import { METRICS, METRIC_INFO, type MetricKind } from "@/lib/standings/metric-kinds";
import { TOP_N_CHOICES } from "@/lib/standings/query";
import { Field } from "./field";
import { selectClass } from "./styles";

export function MetricControls(props: {
  metric: MetricKind;
  n: number;
  onMetric: (m: MetricKind) => void;
  onN: (n: number) => void;
}) {
  // A permalink may carry any n the API accepts; offer it beside the usual cut-offs.
  const choices = [...new Set<number>([...TOP_N_CHOICES, props.n])].sort((a, b) => a - b);
  return (
    <div className="flex flex-wrap gap-3">
      <Field label="Metric">
        {(id) => (
          <select
            id={id}
            className={selectClass}
            value={props.metric}
            onChange={(e) => props.onMetric(e.target.value as MetricKind)}
          >
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {METRIC_INFO[m].label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {METRIC_INFO[props.metric].usesN && (
        <Field label="Top N">
          {(id) => (
            <select id={id} className={selectClass} value={props.n} onChange={(e) => props.onN(Number(e.target.value))}>
              {choices.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </div>
  );
}
