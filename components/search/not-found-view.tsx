"use client";
// The 404 page: says what was not found and suggests pages from a search for the missing path's last segment.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { boardInfo } from "@/lib/boards/info";
import { suggestionQuery } from "@/lib/view/load/search-client";
import { Flag } from "@/components/ui/flag";
import { useSearch } from "./use-search";

function kindOf(pathname: string): string {
  if (pathname.startsWith("/models/")) return "model";
  if (pathname.startsWith("/orgs/")) return "organization";
  if (pathname.startsWith("/countries/")) return "country";
  return "page";
}

export function NotFoundView() {
  const pathname = usePathname() ?? "/";
  const q = suggestionQuery(pathname);
  const { results, loading, query } = useSearch(q, 8, 0);
  const kind = kindOf(pathname);
  return (
    <div className="space-y-4" data-testid="not-found">
      <h1 className="text-2xl font-bold">No such {kind}</h1>
      <p className="text-sm text-[var(--muted)]">
        Nothing lives at <code className="break-all">{pathname}</code>. Try the search in the header (press <kbd>/</kbd>
        ), or one of these:
      </p>
      {q !== "" && (
        <section aria-labelledby="suggestions-heading" className="space-y-2">
          <h2 id="suggestions-heading" className="text-lg font-semibold">
            Did you mean
          </h2>
          {loading || query !== q ? (
            <p className="text-sm text-[var(--muted)]">Looking for “{q}”…</p>
          ) : results.length === 0 ? (
            <p className="text-sm" data-testid="no-suggestions">
              Nothing close to “{q}”.
            </p>
          ) : (
            <ul className="space-y-1" data-testid="suggestions">
              {results.map((r) => (
                <li key={`${r.type}|${r.board ?? ""}|${r.key}`} className="flex items-center gap-2 text-sm">
                  <Flag code={r.country} />
                  <Link href={r.href} className="text-[var(--accent)] underline underline-offset-2" prefetch={false}>
                    {r.label}
                  </Link>
                  <span className="text-[var(--muted)]">
                    {r.type === "model" && r.board ? `${boardInfo(r.board).shortName} model` : r.type}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <p className="text-sm">
        <Link href="/" className="text-[var(--accent)] underline underline-offset-2">
          Back to the comparison
        </Link>
      </p>
    </div>
  );
}
