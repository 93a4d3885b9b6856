// Path segments of the explore routes into typed input. A segment that cannot name an entity is a 404 saying why.
import { notFound } from "@/lib/api/errors";
import { canonicalCountryKey } from "@/lib/core/country-key";

function show(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

/** An organization slug: kebab-case, at most 100 characters. */
export function slugFromPath(value: string | string[] | undefined): string {
  const slug = typeof value === "string" ? value : "";
  if (slug.length > 100 || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw notFound(`slug: ${show(slug)} is not an organization slug (lower-case letters, digits and dashes)`);
  }
  return slug;
}

/** A country key in any case (`us`, `Europe`), returned in its canonical spelling; anything else is a 404. */
export function countryKeyFromPath(value: string | string[] | undefined): string {
  const raw = typeof value === "string" ? value : "";
  const key = raw.length <= 20 ? canonicalCountryKey(raw) : null;
  if (key === null) throw notFound(`key: ${show(raw)} is not an ISO 3166-1 alpha-2 code or a group (europe, other, unknown)`);
  return key;
}
