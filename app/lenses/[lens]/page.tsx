import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { entityEmbed, entityMetadata } from "@/lib/view/load/entity-page";
import { loadLens } from "@/lib/view/load/lenses";
import { LENS_LABELS, lensSlugSchema, type LensSlug } from "@/lib/view/url/lens-slugs";
import { readView, type RawSearchParams } from "@/lib/view/url/view-state";
import { LensPage } from "@/components/lenses/lens-page";
import { EmbedFrame } from "@/components/share/embed-frame";
import { SpecChart } from "@/components/share/spec-chart";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ lens: string }>; searchParams: Promise<RawSearchParams> };

/** The lens the path names (language, price, efficiency); any other is a 404. */
async function lensOf(params: Props["params"]): Promise<LensSlug> {
  const parsed = lensSlugSchema.safeParse((await params).lens);
  if (!parsed.success) notFound();
  return parsed.data;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const lens = await lensOf(params);
  return (await entityMetadata(["lenses", lens], await searchParams)) ?? { title: `${LENS_LABELS[lens]} lens` };
}

export default async function Page({ params, searchParams }: Props) {
  const lens = await lensOf(params);
  const raw = await searchParams;
  const { view, notices, redirect } = readView(raw, `/lenses/${lens}`);
  // An old permalink goes to today's spelling of its view, which the lens controls' URL state reads.
  if (redirect) permanentRedirect(redirect);
  const embed = await entityEmbed(["lenses", lens], raw);
  if (embed) {
    return (
      <EmbedFrame title={embed.title} href={embed.path}>
        <SpecChart spec={embed.spec} />
      </EmbedFrame>
    );
  }
  return <LensPage lens={await loadLens(lens, view, notices)} />;
}
