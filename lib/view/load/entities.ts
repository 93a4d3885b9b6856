// Loaders of the entity pages: one call per request, shared by generateMetadata and the page (React cache), so
// the page and its title read the same data. They call the explore reads directly, as the API routes do.
import "server-only";
import { cache } from "react";
import { ORG_SLUG } from "@/lib/attribution/schema";
import { isBoardSlugShape } from "@/lib/boards/info";
import { getCountryDetail, getModelPageData, getOrganizationDetail } from "@/lib/reads/entities";
import { canonicalCountryKey } from "@/lib/core/countries";

/** `[...key]` segments as Next hands them (decoded) back into the model key. */
export function modelKeyFromSegments(segments: string[] | string | undefined): string {
  return (Array.isArray(segments) ? segments : [segments ?? ""]).join("/");
}

export const loadModelPage = cache(async (board: string, key: string) => {
  // A board the database does not hold has no model: getModelPageData answers null.
  if (!isBoardSlugShape(board) || key === "" || key.length > 500 || key.includes("\u0000")) return null;
  return getModelPageData(board, key);
});

export const loadOrganizationPage = cache(async (slug: string) => {
  if (slug.length > 100 || !ORG_SLUG.test(slug)) return null;
  return getOrganizationDetail(slug);
});

export const loadCountryPage = cache(async (raw: string) => {
  if (raw.length > 20 || canonicalCountryKey(raw) === null) return null;
  // Every valid ISO code has a page, even with no models ("No model from Taiwan on these boards yet"), not a 404.
  return getCountryDetail(raw, { anyIso: true });
});
