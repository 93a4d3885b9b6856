// Links to entity pages, the way every view writes a model, an organization or a country.
import Link from "next/link";
import type { BoardSlug } from "@/lib/boards";
import { countryHref, modelHref, orgHref } from "@/lib/explore/hrefs";
import { countryLabel } from "@/lib/attribution/countries";
import { Flag } from "@/components/ui/flag";

const link = "text-[var(--accent)] underline decoration-1 underline-offset-2 hover:decoration-2";

export function ModelLink({ board, model, children }: { board: BoardSlug | string; model: string; children?: React.ReactNode }) {
  return (
    <Link href={modelHref(board, model)} className={link} prefetch={false}>
      {children ?? model}
    </Link>
  );
}

export function OrgLink({ slug, name }: { slug: string | null; name: string | null }) {
  if (!slug) return <span>{name ?? "Unknown"}</span>;
  return (
    <Link href={orgHref(slug)} className={link} prefetch={false}>
      {name ?? slug}
    </Link>
  );
}

export function CountryLink({ code }: { code: string | null }) {
  const key = code ?? "unknown";
  return (
    <Link href={countryHref(key)} className={`inline-flex items-center gap-1.5 ${link}`} prefetch={false}>
      <Flag code={key} />
      <span>{countryLabel(key)}</span>
    </Link>
  );
}
