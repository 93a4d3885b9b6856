// GET /api/v1/search's read: the search index over the catalog, built once per data version.
import "server-only";
import { countryLabel, GROUP_KEYS } from "@/lib/core/countries";
import { boardInfo } from "@/lib/boards/info";
import { getCatalog, type Catalog } from "@/lib/reads/catalog";
import { buildSearchIndex, COUNTRY_ALIASES, runSearch, searchDocs, type SearchIndex } from "@/lib/reads/search-index";
import type { SearchResponse } from "@/lib/reads/types/entities";

const indexes = new WeakMap<Catalog, SearchIndex>();

function precisionOf(key: string, name: string): string | undefined {
  const tail = key.slice(name.replace("/", "_").length + 1);
  return tail || undefined;
}

export function indexFor(catalog: Catalog): SearchIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  const orgName = new Map(catalog.organizations.map((o) => [o.slug, o.name]));
  const docs = searchDocs({
    models: catalog.models.map((m) => ({
      board: m.board,
      key: m.key,
      name: m.name,
      org: m.organizationSlug ? (orgName.get(m.organizationSlug) ?? "") : "",
      country: m.country,
      // Only rows that share a fullname with another precision need it spelled out.
      precision:
        boardInfo(m.board).modelKey === "hub-eval" && (catalog.hfByFullname.get(m.name.toLowerCase())?.length ?? 0) > 1
          ? precisionOf(m.key, m.name)
          : undefined,
    })),
    organizations: catalog.organizations.map((o) => ({
      slug: o.slug,
      name: o.name,
      aliases: o.aliases,
      namespaces: o.namespaces,
      country: o.country,
    })),
    countries: [...GROUP_KEYS, ...catalog.countries].map((key) => ({
      key,
      label: countryLabel(key),
      aliases: COUNTRY_ALIASES[key] ?? [],
    })),
  });
  index = buildSearchIndex(docs);
  indexes.set(catalog, index);
  return index;
}

export async function search(q: string, limit: number): Promise<SearchResponse> {
  const catalog = await getCatalog();
  return { results: runSearch(indexFor(catalog), q, limit) };
}
