// Response shapes of API v1 (DESIGN.md "Public API v1"). Public: add fields, never remove or rename.
import type { BoardSlug } from "@/lib/boards/info";
import type { AttributionMode, LicenseFilter } from "@/lib/frame/filters";
import type { GapPoint } from "./gap";
import type { MetricKind } from "./metric-kinds";
import type { RankRule } from "@/lib/frame/rank";
import type { Series } from "./metrics";
import type { ConcentrationRun } from "./concentration-text";

export interface StandingsResponse {
  board: BoardSlug;
  /** The prompt category the series are computed in (`overall` by default). */
  category: string;
  metric: MetricKind;
  n: number;
  attribution: AttributionMode;
  license: LicenseFilter;
  official: boolean;
  series: Series[];
  /** ISO timestamp of the newest stored snapshot's ingestion. */
  updatedAt: string | null;
  /** Newest snapshot date on the board (YYYY-MM-DD), for "data as of". */
  asOf: string | null;
  /**
   * Where one account carries a key: the stretches of snapshots on which one supplier (organization, or Hub namespace)
   * holds more than half of a key's top-`n` slots in this population, the key holding at least two
   * (lib/standings/concentration.ts).
   */
  concentration: ConcentrationRun[];
}

export interface GapResponse {
  board: BoardSlug;
  category: string;
  a: string;
  b: string;
  attribution: AttributionMode;
  points: GapPoint[];
  updatedAt: string | null;
  asOf: string | null;
}

export interface SnapshotListItem {
  date: string;
  /** Every row of the snapshot. */
  entries: number;
  /** Official-provider rows (the population `official=true` ranks); null on boards without the flag. */
  officialEntries: number | null;
}

export interface RankingRow {
  /** The rank under the requested rule (`rank=score`, the default, or `rank=published`). */
  rank: number;
  /** Competition rank by score within the population (all rows, or official ones with `official=true`). */
  scoreRank: number;
  /** The board's own rank: on the arena its rule changes over time (ordinal, then a CI upper bound). */
  publishedRank: number;
  model: string;
  name: string;
  organization: string | null;
  organizationSlug: string | null;
  /** ISO alpha-2 per the requested attribution mode; null = unattributed. */
  country: string | null;
  score: number;
  ciLower: number | null;
  ciUpper: number | null;
  votes: number | null;
  license: string | null;
  licenseClass: "open" | "proprietary" | "unknown";
  official: boolean | null;
  why: string | null;
}

/** A country key present in a snapshot table and how many of its rows it has (`unknown` = unattributed). */
export interface TableCountry {
  key: string;
  count: number;
}

/** Where a page of the ranking table sits in the whole (filtered) table. */
export interface TablePageInfo {
  /** 1-based; a request past the last page gets the last page. */
  number: number;
  size: number;
  pages: number;
  /** Rows in the table under the filters and `only`, across every page. */
  total: number;
}

export interface SnapshotTableResponse {
  board: BoardSlug;
  date: string;
  category: string;
  attribution: AttributionMode;
  /** Under `only` and `sort`; one page of them when `page` was asked for. */
  rows: RankingRow[];
  /** Country keys in the whole table (before `only`), most rows first. */
  countries: TableCountry[];
  /** Present when the request asked for a page. */
  page?: TablePageInfo;
}

/** One side of a model's attribution (developer or base mode). */
export interface ModelAttributionInfo {
  organization: string | null;
  organizationSlug: string | null;
  /** ISO alpha-2; null = unattributed. */
  country: string | null;
  why: string | null;
}

export interface ModelHistoryPoint {
  date: string;
  /** The rank under the response's `rankRule`: `scoreRank` by default, `publishedRank` with rank=published. */
  rank: number;
  /** Competition rank by score among all rows of the snapshot: the site's default rule, the same on every date. */
  scoreRank: number;
  /** The board's own published rank (the arena's changes rule over time). */
  publishedRank: number;
  /** HF: rank among official rows; null elsewhere or when not official. */
  rankOfficial: number | null;
  score: number;
  ciLower: number | null;
  ciUpper: number | null;
  votes: number | null;
}

export interface ModelHistoryResponse {
  board: BoardSlug;
  key: string;
  name: string;
  /** Organization as spelled upstream (arena `organization`), before attribution. */
  upstreamOrganization: string | null;
  baseModel: string | null;
  license: string | null;
  licenseClass: "open" | "proprietary" | "unknown";
  developer: ModelAttributionInfo;
  base: ModelAttributionInfo;
  /** Which rank each point's `rank` is (the `rank` parameter; score by default). */
  rankRule: RankRule;
  points: ModelHistoryPoint[];
}

/** The public page that states where an organization is based (lib/attribution/schema.ts, CountrySourceSchema). */
export interface CountrySourceInfo {
  url: string;
  /** official, filing, wikipedia, paper or profile. */
  kind: string;
  /** When the entry was last reviewed against the page (YYYY-MM-DD); not a date the link was fetched. */
  reviewedOn: string;
}

/** A country that could be argued otherwise, and the rule that settled it (lib/attribution/schema.ts, CONTESTED_RULES). */
export interface ContestedInfo {
  rule: string;
  /** The rule in one sentence. */
  ruleText: string;
  /** The facts on both sides and the outcome. */
  note: string;
}

export interface OrganizationItem {
  slug: string;
  name: string;
  country: string;
  countryLabel: string;
  kind: string;
  aliases: string[];
  namespaces: string[];
  note: string | null;
  /** True when the registry is unsure of the country; `note` says why. */
  uncertain: boolean;
  /** Why this country: its source. Null only for a row the registry sync did not write (never in a synced database). */
  source: CountrySourceInfo | null;
  /** Set when the country could reasonably be argued otherwise. */
  contested: ContestedInfo | null;
  /** Models per board attributed to this organization as developer / as base-model origin. */
  models: Record<string, { developer: number; base: number }>;
}
