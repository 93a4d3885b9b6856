"use client";
// The arena's prompt category (overall, Chinese prompts, coding, …), listed from the board's own categories.
import type { CategoryInfo } from "@/lib/boards/categories";
import { Field } from "./field";
import { selectClass } from "./styles";

export function CategoryControl({
  value,
  options,
  onChange,
}: {
  value: string;
  options: CategoryInfo[];
  onChange: (c: string) => void;
}) {
  // The list loads with the page; until then (or if it fails) the current choice is still shown.
  const shown = options.some((o) => o.name === value)
    ? options
    : [{ name: value, label: value, snapshots: 0, first: "", last: "" }, ...options];
  return (
    <div className="min-w-0 max-w-full">
      <Field label="Prompt category">
        {(id) => (
          <select
            id={id}
            className={`${selectClass} w-full max-w-full`}
            value={value}
            onChange={(e) => onChange(e.target.value)}
            data-testid="category-select"
          >
            {shown.map((c) => (
              <option key={c.name} value={c.name}>
                {c.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
