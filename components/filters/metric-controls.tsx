"use client";
// Which metric, and the top-N cut-off for the metrics that use one.
import { METRICS, METRIC_INFO, type MetricKind } from "@/lib/standings/metric-kinds";
import { TOP_N_CHOICES } from "@/lib/standings/query";
import { Field } from "./field";
import { selectClass } from "./styles";

type TopN = (typeof TOP_N_CHOICES)[number];

export function MetricControls(props: {
  metric: MetricKind;
  n: TopN;
  onMetric: (m: MetricKind) => void;
  onN: (n: TopN) => void;
}) {
  return (
    <div className="flex flex-wrap gap-3">
      <Field label="Metric">
        {(id) => (
          <select id={id} className={selectClass} value={props.metric} onChange={(e) => props.onMetric(e.target.value as MetricKind)}>
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
            <select id={id} className={selectClass} value={props.n} onChange={(e) => props.onN(Number(e.target.value) as TopN)}>
              {TOP_N_CHOICES.map((n) => (
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
