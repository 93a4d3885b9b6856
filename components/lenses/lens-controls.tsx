"use client";
// The controls a lens shares with the dashboard (countries, filters, range), plus its own, all in the URL. A change
// re-renders the page on the server (shallow: false): the lenses are read on the server and drawn there.
import { useQueryStates } from "nuqs";
import { useTransition, type ReactNode } from "react";
import { viewParsers } from "@/lib/view/url/search-params";
import { serializeView } from "@/lib/view/url/view-state";
import { useUrlMigrations } from "@/lib/view/url/use-view-state";
import { CountryPicker } from "@/components/filters/country-picker";
import { Field } from "@/components/filters/field";
import { selectClass } from "@/components/filters/styles";

const BASE_OPTIONS = ["US", "CN", "europe", "other", "unknown", "FR", "GB", "DE", "KR", "JP", "IL", "CA", "AE"];

export function useLensState() {
  const [pending, startTransition] = useTransition();
  const [view, setView] = useQueryStates(viewParsers, {
    history: "push",
    shallow: false,
    clearOnDefault: true,
    scroll: false,
    startTransition,
  });
  return [view, setView, pending] as const;
}

export type LensSetView = ReturnType<typeof useLensState>[1];

export function LensControls({ children, official }: { children?: ReactNode; official?: boolean }) {
  // Once per lens page: every lens view renders these controls.
  useUrlMigrations();
  const [view, setView, pending] = useLensState();
  const options = [...new Set([...BASE_OPTIONS, ...view.countries])];
  return (
    <section
      aria-label="Lens controls"
      aria-busy={pending || undefined}
      className="space-y-4 rounded-lg border border-[var(--border)] p-4"
    >
      <div className="flex flex-wrap items-end gap-x-6 gap-y-4">
        <CountryPicker selected={view.countries} options={options} onChange={(countries) => setView({ countries })} />
        <Field label="License">
          {(id) => (
            <select
              id={id}
              className={selectClass}
              value={view.license}
              onChange={(e) => setView({ license: e.target.value as typeof view.license })}
            >
              <option value="all">All models</option>
              <option value="open">Open weights</option>
              <option value="proprietary">Proprietary</option>
            </select>
          )}
        </Field>
        <Field label="Attribute to">
          {(id) => (
            <select
              id={id}
              className={selectClass}
              value={view.attribution}
              onChange={(e) => setView({ attribution: e.target.value as typeof view.attribution })}
            >
              <option value="developer">Developer</option>
              <option value="base">Base-model lineage</option>
            </select>
          )}
        </Field>
        {official && (
          <label className="flex items-center gap-2 py-1 text-sm">
            <input
              type="checkbox"
              checked={view.official}
              onChange={(e) => setView({ official: e.target.checked })}
              className="h-4 w-4 accent-[var(--accent)]"
            />
            Official providers only
          </label>
        )}
        {children}
      </div>
    </section>
  );
}

/** The view state every lens shares (countries, filters, range), as a query string for links between lenses. */
export function useSharedQuery(): string {
  const [view] = useLensState();
  const { countries, license, attribution, rank, range, from, to } = view;
  return serializeView({ countries, license, attribution, rank, range, from, to });
}
