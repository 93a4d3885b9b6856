"use client";
// The date range: presets counted back from the newest snapshot, or a custom from/to (which wins over the preset).
import { RANGE_PRESETS, type RangePreset } from "@/lib/view/search-params";
import { Field } from "./field";
import { segmentClass, selectClass } from "./styles";

const PRESET_LABEL: Record<RangePreset, string> = { "1y": "1 year", "2y": "2 years", all: "All" };

export function RangeControl(props: {
  range: RangePreset;
  from: string | null;
  to: string | null;
  onPreset: (r: RangePreset) => void;
  onCustom: (from: string | null, to: string | null) => void;
}) {
  const custom = Boolean(props.from || props.to);
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-xs font-medium text-[var(--muted)]">Date range</legend>
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex gap-1" role="radiogroup" aria-label="Range preset">
          {RANGE_PRESETS.map((r) => (
            <label key={r} className={segmentClass}>
              <input
                type="radio"
                name="range"
                value={r}
                checked={!custom && props.range === r}
                onChange={() => props.onPreset(r)}
                className="sr-only"
              />
              {PRESET_LABEL[r]}
            </label>
          ))}
        </div>
        <Field label="From">
          {(id) => (
            <input
              id={id}
              type="date"
              className={selectClass}
              value={props.from ?? ""}
              max={props.to ?? undefined}
              onChange={(e) => props.onCustom(e.target.value || null, props.to)}
            />
          )}
        </Field>
        <Field label="To">
          {(id) => (
            <input
              id={id}
              type="date"
              className={selectClass}
              value={props.to ?? ""}
              min={props.from ?? undefined}
              onChange={(e) => props.onCustom(props.from, e.target.value || null)}
            />
          )}
        </Field>
      </div>
    </fieldset>
  );
}
