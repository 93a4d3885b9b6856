// Links to entity pages, the way every view writes a model, an organization or a country.
import Link from "next/link";
import type { BoardSlug } from "@/lib/boards/info";
import { countryHref, modelHref, orgHref } from "@/lib/view/url/hrefs";
import { countryLabel } from "@/lib/core/countries";
import { Flag } from "@/components/ui/flag";
import { modelName } from "@/lib/boards/model-name";

const link = "text-[var(--accent)] underline decoration-1 underline-offset-2 hover:decoration-2";

export function ModelLink({
  board,
  model,
  children,
}: {
  board: BoardSlug | string;
  model: string;
  children?: React.ReactNode;
}) {
  return (
    <Link href={modelHref(board, model)} className={link} prefetch={false}>
      {children ?? <ModelNameText board={board} model={model} />}
    </Link>
  );
}

/** A model's key as a person reads it: `meta-llama/Llama-3.3-70B-Instruct` with its precision apart, smaller. */
export function ModelNameText({ board, model }: { board: string; model: string }) {
  const { name, precision } = modelName(board, model);
  return (
    <>
      {name}
      {precision && <span className="text-[0.85em]"> ({precision})</span>}
    </>
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
