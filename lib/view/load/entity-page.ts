// What entity pages call for sharing: their metadata (og:*, twitter:*, canonical) and whether to show embed mode.
import "server-only";
import type { Metadata } from "next";
import { readView, type RawSearchParams } from "@/lib/view/url/view-state";
import { entityShare, type EntityShare } from "@/lib/view/load/shared-views";
import { shareMetadata } from "@/lib/view/url/metadata";

const pathOf = (segments: string[]) => `/${segments.join("/")}`;

/**
 * Metadata of the entity or lens page at `segments` (e.g. ["orgs", "openai"], ["lenses", "price"]), or null when it
 * names nothing. Lens pages pass their query: the view it holds picks the title, permalink and preview image.
 */
export async function entityMetadata(segments: string[], searchParams: RawSearchParams = {}): Promise<Metadata | null> {
  const share = await entityShare(segments, readView(searchParams, pathOf(segments)).view);
  if (!share) return null;
  return shareMetadata({
    title: share.title,
    description: share.description,
    permalink: share.path,
    image: `/og${share.path}`,
    imageAlt: `Chart: ${share.spec.title}`,
  });
}

/** The entity's shared view when the page is asked for in embed mode (`embed=1`, read by the view schema). */
export async function entityEmbed(segments: string[], searchParams: RawSearchParams): Promise<EntityShare | null> {
  const { view } = readView(searchParams, pathOf(segments));
  if (!view.embed) return null;
  return entityShare(segments, view);
}
