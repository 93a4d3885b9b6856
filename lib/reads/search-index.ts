// Fuzzy search over models (every board; a style-controlled variant's only where its plain board lacks them),
// organizations and country keys, with minisearch. Pure: the server builds the index once per data version
// (lib/reads/search.ts) and tests build it from hand-made entities.
import MiniSearch, { type SearchOptions } from "minisearch";
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { countryHref, modelHref, orgHref } from "@/lib/view/url/hrefs";
import type { SearchResult, SearchResultType } from "@/lib/reads/types/entities";

export interface SearchDoc {
  id: string;
  type: SearchResultType;
  board?: BoardSlug;
  key: string;
  label: string;
  /** Other names that should find it: organization aliases and namespaces, country codes and nicknames. */
  aliases: string;
  /** The developer's name, so "google gemma" finds Gemma models; weighs little on its own. */
  org: string;
  country: string | null;
}

export interface SearchEntities {
  models: { board: BoardSlug; key: string; name: string; org: string; country: string | null; precision?: string }[];
  organizations: { slug: string; name: string; aliases: string[]; namespaces: string[]; country: string }[];
  countries: { key: string; label: string; aliases: string[] }[];
}

/** Countries and groups by more than their English name. */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  US: ["USA", "America", "United States of America"],
  GB: ["UK", "Britain", "England"],
  CN: ["PRC", "Chinese"],
  KR: ["Korea"],
  AE: ["UAE", "Emirates"],
  europe: ["EU", "European Union", "European"],
  other: ["rest of world", "elsewhere"],
  unknown: ["unattributed", "not attributed"],
};

export function searchDocs(e: SearchEntities): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const c of e.countries) {
    docs.push({
      id: `c:${c.key}`,
      type: "country",
      key: c.key,
      label: c.label,
      aliases: [c.key, ...c.aliases].join(" "),
      org: "",
      country: c.key,
    });
  }
  for (const o of e.organizations) {
    docs.push({
      id: `o:${o.slug}`,
      type: "organization",
      key: o.slug,
      label: o.name,
      aliases: [o.slug, ...o.aliases, ...o.namespaces].join(" "),
      org: "",
      country: o.country,
    });
  }
  // A style-controlled variant rates the same models as its plain board: a model on both is found once, on the plain
  // board, whose page links the other side (Also on); one only on the variant is found there.
  const held = new Set(e.models.map((m) => `${m.board}|${m.key}`));
  for (const m of e.models) {
    const plain = boardInfo(m.board).plainVariant;
    if (plain !== null && held.has(`${plain}|${m.key}`)) continue;
    const label = m.precision ? `${m.name} (${m.precision})` : m.name;
    docs.push({
      id: `m:${m.board}:${m.key}`,
      type: "model",
      board: m.board,
      key: m.key,
      label,
      aliases: m.key,
      org: m.org,
      country: m.country,
    });
  }
  return docs;
}

const TYPE_BOOST: Record<SearchResultType, number> = { country: 3, organization: 2.5, model: 1 };

/** At most this many distinct words of a query are searched; the rest are ignored (bounds the work per query). */
export const SEARCH_MAX_WORDS = 6;
/** Longer words are cut to this many characters (no name in the catalog needs more to be told apart). */
export const SEARCH_MAX_WORD_LENGTH = 32;
/** What a word may be split on, as minisearch splits indexed text (space and punctuation). */
const WORD_BREAK = /[\s\p{Z}\p{P}]+/u;

/**
 * The words of a query that are searched: lower-cased, each once, cut to SEARCH_MAX_WORD_LENGTH, at most
 * SEARCH_MAX_WORDS of them. A query of 100 one-letter words used to take half a second of the server's only thread.
 */
export function searchWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(WORD_BREAK)
    .filter(Boolean)
    .map((w) => w.slice(0, SEARCH_MAX_WORD_LENGTH));
  return [...new Set(words)].slice(0, SEARCH_MAX_WORDS);
}

const OPTIONS: SearchOptions = {
  // A one-letter word matches as a prefix only when it is the whole query ("q" while typing): among other words
  // ("llama 3") it must match a whole term, since as a prefix it expands to a large share of the index.
  prefix: (term, _i, terms) => term.length > 1 || terms.length === 1,
  fuzzy: (term) => (term.length > 3 ? 0.2 : false),
  // Edit distance 0.2 × length would allow 6 edits on a 32-letter word, which visits most of the index's terms.
  maxFuzzy: 2,
  combineWith: "AND",
  boost: { label: 3, aliases: 1.5, org: 0.4 },
};

export type SearchIndex = MiniSearch<SearchDoc>;

export function buildSearchIndex(docs: SearchDoc[]): SearchIndex {
  const index = new MiniSearch<SearchDoc>({
    fields: ["label", "aliases", "org"],
    storeFields: ["type", "board", "key", "label", "country"],
    searchOptions: OPTIONS,
  });
  index.addAll(docs);
  return index;
}

export function hrefOf(doc: Pick<SearchDoc, "type" | "board" | "key">): string {
  if (doc.type === "country") return countryHref(doc.key);
  if (doc.type === "organization") return orgHref(doc.key);
  return modelHref(doc.board!, doc.key);
}

const boostDocument: SearchOptions["boostDocument"] = (_id, _term, stored) => {
  const type = stored?.type as SearchResultType | undefined;
  if (!type) return 1;
  const board: unknown = stored?.board;
  return type === "model" && typeof board === "string" ? boardInfo(board).searchBoost : TYPE_BOOST[type];
};

/**
 * The best `limit` results for a query; nothing for a blank one. Every word must match (fuzzily, or as a prefix);
 * when no entity matches them all, entities matching any of them are returned, best first, so a misspelt word
 * among good ones still finds something. A model weighs its board's `searchBoost` (arena models a little more than HF rows).
 */
export function runSearch(index: SearchIndex, query: string, limit: number): SearchResult[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const q = words.join(" ");
  let hits = index.search(q, { boostDocument });
  if (hits.length === 0) hits = index.search(q, { boostDocument, combineWith: "OR" });
  return hits.slice(0, limit).map((h) => {
    const doc = { type: h.type as SearchResultType, board: h.board as BoardSlug | undefined, key: h.key as string };
    const result: SearchResult = {
      type: doc.type,
      key: doc.key,
      label: h.label as string,
      country: (h.country as string | null) ?? null,
      href: hrefOf(doc),
    };
    return doc.board
      ? {
          type: result.type,
          board: doc.board,
          key: result.key,
          label: result.label,
          country: result.country,
          href: result.href,
        }
      : result;
  });
}
