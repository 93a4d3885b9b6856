// The scoreboard's controls: the pair compared and whether categories get rows. A plain GET form, so the page's
// state is its URL and the controls work before (and without) any script.
import { countryLabel } from "@/lib/core/countries";
import { DEFAULT_ALSO, type ScoreboardQuery } from "@/lib/standings/scoreboard-query";
import { labelClass, selectClass } from "@/components/filters/styles";

const OPTIONS = ["US", "CN", "europe", "other", "unknown", "FR", "GB", "DE", "KR", "JP", "IL", "CA", "AE"];

export function PairForm({ query }: { query: ScoreboardQuery }) {
  const options = [...new Set([...OPTIONS, query.a, query.b])];
  const also = query.also.join("~");
  return (
    <form method="get" action="/scoreboard" className="flex flex-wrap items-end gap-3" aria-label="Compare">
      {(["a", "b"] as const).map((name) => (
        <label key={name} className={labelClass}>
          {name === "a" ? "Compare" : "with"}
          <select name={name} defaultValue={query[name]} className={selectClass} data-testid={`pair-${name}`}>
            {options.map((k) => (
              <option key={k} value={k}>
                {countryLabel(k)}
              </option>
            ))}
          </select>
        </label>
      ))}
      {also !== DEFAULT_ALSO.join("~") && <input type="hidden" name="also" value={also} />}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="categories" value="true" defaultChecked={query.categories} />
        Rows per category
      </label>
      <button
        type="submit"
        className="rounded border border-[var(--accent)] bg-[var(--accent)] px-3 py-1 text-sm text-[var(--bg)] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--accent)]"
      >
        Show
      </button>
    </form>
  );
}
