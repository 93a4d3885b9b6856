"use client";
// The date range: presets counted back from the newest snapshot, or a custom from/to (which wins over the preset).
// A typed date is committed to the URL on blur or Enter, not on every keystroke (a date field reports 0002-02-11 after
// the year's first digit), and a date that cannot be a bound says why (lib/view/url/date-input.ts).
import { useId, useState, type KeyboardEvent, type FocusEvent } from "react";
import { checkDateInput } from "@/lib/view/url/date-input";
import { RANGE_PRESETS, type RangePreset } from "@/lib/view/url/search-params";
import { Field } from "./field";
import { segmentClass, selectClass } from "./styles";

const PRESET_LABEL: Record<RangePreset, string> = { "1y": "1 year", "2y": "2 years", all: "All" };

/** One bound: a date field whose draft is the user's until blur or Enter; the URL's value replaces it when that changes. */
function DateField(props: {
  label: string;
  which: "from" | "to";
  value: string | null;
  other: string | null;
  onCommit: (v: string | null) => void;
}) {
  const errorId = useId();
  const [draft, setDraft] = useState(props.value ?? "");
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(props.value);
  if (shown !== props.value) {
    // The view changed from elsewhere (a preset, Back): show its value.
    setShown(props.value);
    setDraft(props.value ?? "");
    setError(null);
  }
  const commit = (input: HTMLInputElement) => {
    // A half-filled date field reports "" with badInput set: that is not "no date".
    if (input.validity.badInput) return setError(`${props.label}: finish the date (day, month and year) or clear it.`);
    const r = checkDateInput(input.value, props.which, props.other);
    if (!r.ok) return setError(r.message);
    setError(null);
    if (r.value !== props.value) props.onCommit(r.value);
  };
  return (
    <Field label={props.label}>
      {(id) => (
        <>
          <input
            id={id}
            type="date"
            className={selectClass}
            value={draft}
            min={props.which === "to" ? (props.other ?? undefined) : undefined}
            max={props.which === "from" ? (props.other ?? undefined) : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            data-date-bound={props.which}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={(e: FocusEvent<HTMLInputElement>) => commit(e.currentTarget)}
            onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
              if (e.key === "Enter") {
                e.preventDefault();
                commit(e.currentTarget);
              }
            }}
          />
          {error && (
            <span
              id={errorId}
              role="alert"
              className="max-w-[14rem] text-xs text-red-700 dark:text-red-300"
              data-testid={`date-error-${props.which}`}
            >
              {error}
            </span>
          )}
        </>
      )}
    </Field>
  );
}

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
        <DateField
          label="From"
          which="from"
          value={props.from}
          other={props.to}
          onCommit={(from) => props.onCustom(from, props.to)}
        />
        <DateField
          label="To"
          which="to"
          value={props.to}
          other={props.from}
          onCommit={(to) => props.onCustom(props.from, to)}
        />
      </div>
    </fieldset>
  );
}
