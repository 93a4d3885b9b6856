// Response shapes of the explore reads (entity pages and API v1 additions). Public: add fields, never rename.
import type { BoardSlug } from "@/lib/boards/info";
import type { ModelHistoryResponse, OrganizationItem, RankingRow } from "@/lib/standings/types";
import type { ConcentrationRun } from "@/lib/standings/concentration-text";

/** A model on another board that is the same model (lib/attribution/identity.ts). */
export interface ModelRef {
  board: BoardSlug;
  key: string;
}

/** One model of a board, summarised over its whole history. */
export interface ModelSummary {
  board: BoardSlug;
  key: string;
  name: string;
  /** Developer organization (slug), null when unattributed. */
  organizationSlug: string | null;
  /** Developer's ISO alpha-2, null when unattributed. */
  country: string | null;
  /** First and last snapshot dates it appears in; null when it has no entries. */
  firstSeen: string | null;
  lastSeen: string | null;
  snapshots: number;
  /** Best (lowest) rank ever, and the first date it held it. */
  bestRank: number | null;
  bestRankDate: string | null;
}

/** `/api/v1/models/{board}/{key}`: the history plus the same model on the other boards. */
export interface ModelDetail extends ModelHistoryResponse {
  alsoOn: ModelRef[];
}

export interface RankPoint {
  date: string;
  /** Best rank among the entity's models on that snapshot, null when it had none. */
  rank: number | null;
  /** Key of the model holding it. */
  model: string | null;
}

export interface OrganizationDetail {
  organization: OrganizationItem;
  /** Which rank every rank here is: the score rank (competition rank by score among all rows), as everywhere by default. */
  rankRule: "score";
  /** Its models (developer attribution) per board, best rank first. */
  models: Record<string, ModelSummary[]>;
  /** Best rank per snapshot per board. */
  history: Record<string, RankPoint[]>;
}

export interface ValuePoint {
  date: string;
  value: number | null;
  model: string | null;
}

/** A concentration flag on a country page: the stretch, the population it was found in, and where to see it. */
export interface CountryConcentration extends ConcentrationRun {
  /** The top-N cut-off (the page's, `topN`). */
  n: number;
  /** Who was counted: the page's population, or (on boards with the official flag) every row. */
  population: { official: boolean; label: string };
  /** The dashboard's view of the key's top-n slots on that date under base-model attribution. */
  href: string;
}

export interface CountryBoard {
  board: BoardSlug;
  /**
   * Who is counted and ranked in every figure of this board (series, top 10, milestones): every row, or on boards
   * with the official flag the official providers' rows, ranked among themselves. Ranks are score ranks.
   */
  population: { official: boolean; label: string };
  /** The date the board stopped publishing; null while it publishes. */
  retiredOn: string | null;
  bestRank: ValuePoint[];
  bestScore: ValuePoint[];
  /** Share of the top 10 (0–1). */
  topShare: ValuePoint[];
  topN: number;
  /** The newest snapshot date, and the country's best-placed 10 models then (score rank, in the population). */
  asOf: string | null;
  leading: RankingRow[];
  /**
   * Where one account carries the key on the newest snapshot (`asOf`): one supplier holds more than half of its top-N
   * slots (lib/standings/concentration.ts), in the page's population and, on boards with the official flag, among
   * every row. Empty when neither.
   */
  concentration: CountryConcentration[];
}

export interface CountryOrganization {
  slug: string;
  name: string;
  country: string;
  /** Models per board (developer attribution). */
  models: Record<string, number>;
  /** Best rank ever per board, null when none. */
  bestRank: Record<string, number | null>;
}

export interface CountryDetail {
  key: string;
  /** Which rank every rank here is: the score rank (within each board's population), as everywhere by default. */
  rankRule: "score";
  label: string;
  kind: "country" | "group";
  /** For a group: the member country keys present in the data. */
  members: string[];
  organizations: CountryOrganization[];
  boards: CountryBoard[];
}

export type SearchResultType = "model" | "organization" | "country";

export interface SearchResult {
  type: SearchResultType;
  board?: BoardSlug;
  key: string;
  label: string;
  /** ISO alpha-2 or group key the result belongs to; null when unattributed. */
  country: string | null;
  href: string;
}

export interface SearchResponse {
  results: SearchResult[];
}
