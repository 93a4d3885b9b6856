"use client";
// Countries to compare: removable chips for the chosen keys, and a filterable checkbox list (native controls, so
// Tab, Space and typing work without a custom keyboard model). Groups come first, then the countries in the data.
import { useId, useState } from "react";
import { countryLabel, GROUP_KEYS } from "@/lib/core/countries";
import { CountryName } from "@/components/ui/country-name";
import { MAX_COUNTRIES } from "@/lib/standings/query";
import { selectClass } from "./styles";

export function CountryPicker(props: { selected: string[]; options: string[]; onChange: (keys: string[]) => void }) {
  const [filter, setFilter] = useState("");
  const id = useId();
  const chosen = new Set(props.selected);
  const isos = [...new Set([...props.options, ...props.selected])]
    .filter((k) => !(GROUP_KEYS as readonly string[]).includes(k))
    .sort((a, b) => countryLabel(a).localeCompare(countryLabel(b), "en"));
  const q = filter.trim().toLowerCase();
  const visible = [...GROUP_KEYS, ...isos].filter(
    (k) => !q || countryLabel(k).toLowerCase().includes(q) || k.toLowerCase() === q,
  );
  const full = props.selected.length >= MAX_COUNTRIES;

  function toggle(key: string, on: boolean) {
    props.onChange(on ? [...props.selected, key] : props.selected.filter((k) => k !== key));
  }

  return (
    <fieldset className="flex min-w-0 flex-col gap-1">
      <legend className="mb-1 text-xs font-medium text-[var(--muted)]">Countries</legend>
      <ul className="flex flex-wrap gap-1" aria-label="Chosen countries">
        {props.selected.map((k) => (
          <li
            key={k}
            className="flex items-center gap-1 rounded-full border border-[var(--border)] py-0.5 pl-2 pr-1 text-sm"
          >
            <CountryName code={k} />
            <button
              type="button"
              onClick={() => toggle(k, false)}
              disabled={props.selected.length === 1}
              aria-label={`Remove ${countryLabel(k)}`}
              className="rounded-full px-1.5 hover:bg-[var(--card)] disabled:opacity-40"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <details className="relative">
        <summary className="cursor-pointer text-sm text-[var(--accent)]">
          Choose countries ({props.selected.length} of at most {MAX_COUNTRIES})
        </summary>
        <div className="mt-1 w-full max-w-xs rounded border border-[var(--border)] bg-[var(--bg)] p-2 shadow-md">
          <label htmlFor={`${id}-filter`} className="sr-only">
            Filter countries
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            placeholder="Filter countries…"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            className={`${selectClass} w-full`}
          />
          <ul className="mt-2 max-h-60 overflow-y-auto" aria-label="Countries and groups">
            {visible.map((k) => (
              <li key={k}>
                <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-[var(--card)]">
                  <input
                    type="checkbox"
                    checked={chosen.has(k)}
                    disabled={(full && !chosen.has(k)) || (chosen.has(k) && props.selected.length === 1)}
                    onChange={(e) => toggle(k, e.target.checked)}
                    className="h-4 w-4 accent-[var(--accent)]"
                  />
                  <CountryName code={k} />
                </label>
              </li>
            ))}
            {visible.length === 0 && <li className="px-1 text-sm text-[var(--muted)]">No match</li>}
          </ul>
        </div>
      </details>
    </fieldset>
  );
}
