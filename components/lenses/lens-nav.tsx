// Links between the lenses, keeping the shared view state (countries, filters, range) in the query string.
import { LENS_LABELS, LENS_SLUGS, type LensSlug } from "@/lib/view/url/lens-slugs";

const LENSES = LENS_SLUGS.map((slug) => ({ slug, label: LENS_LABELS[slug] }));

export function LensNav({ current, shared }: { current: LensSlug; shared: string }) {
  return (
    <nav aria-label="Lenses" className="flex flex-wrap gap-2 text-sm">
      {LENSES.map((l) =>
        l.slug === current ? (
          <span
            key={l.slug}
            aria-current="page"
            className="rounded border border-[var(--accent)] px-2 py-1 font-semibold"
          >
            {l.label}
          </span>
        ) : (
          <a
            key={l.slug}
            href={`/lenses/${l.slug}${shared}`}
            className="rounded border border-[var(--border)] px-2 py-1 hover:underline"
          >
            {l.label}
          </a>
        ),
      )}
    </nav>
  );
}
