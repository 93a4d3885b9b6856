// Response shapes of the lens routes (API v1). Public: add fields, never remove or rename.
import type { BoardSlug, LENS_BOARDS } from "@/lib/boards/info";
import type { AttributionMode, LicenseFilter } from "@/lib/frame/filters";
import type { CheapestSeries, PriceDating, PricePoint } from "./price";
import type { EfficiencySeries, ParamClass } from "./efficiency";
import type { LanguageSeries } from "./language";

interface AsOf {
  updatedAt: string | null;
  asOf: string | null;
}

export interface LanguageResponse extends AsOf {
  /** Any board with both categories (the text arena by default). */
  board: BoardSlug;
  a: string;
  b: string;
  aLabel: string;
  bLabel: string;
  attribution: AttributionMode;
  license: LicenseFilter;
  series: LanguageSeries[];
}

export interface PriceLensPoint extends PricePoint {
  /** Model key as a display name (the arena key). */
  name: string;
  /** The country key group the point is drawn in: the first requested key it counts for, else null. */
  key: string | null;
  /** Whether the point is on its key's price-performance frontier. */
  frontier: boolean;
}

export interface PriceJoin {
  /**
   * The price table's date: the newest on or before `date`; null when there is none (dates before the first table
   * have no price). Only when no table is dated by a commit (`history` false) does the oldest stand for earlier dates.
   */
  priceDate: string | null;
  /** How that table was dated: by its commit upstream, or by the day the current table was read; null with no table. */
  priceDatedBy: PriceDating | null;
  /** Whether the stored prices hold the table's history (versions dated by their commits). */
  history: boolean;
  /** The first stored price table's date; null when none is stored. */
  firstPriceDate: string | null;
  /** Rows in that price table, and those with both prices. */
  priceRows: number;
  pricedRows: number;
  /** Priced rows whose model key names a model of the board (on any date). */
  matchedRows: number;
  /** Counted entries at `date`, and those that have a price. */
  entries: number;
  pricedEntries: number;
}

export interface PriceResponse extends AsOf {
  board: typeof LENS_BOARDS.price;
  category: string;
  /** The scatter's snapshot date; null on an empty board. */
  date: string | null;
  within: number;
  attribution: AttributionMode;
  license: LicenseFilter;
  points: PriceLensPoint[];
  /** Per requested key: its frontier's model keys, cheapest first. */
  frontiers: { key: string; label: string; models: string[] }[];
  cheapest: CheapestSeries[];
  join: PriceJoin;
}

export interface EfficiencyResponse extends AsOf {
  board: typeof LENS_BOARDS.efficiency;
  attribution: AttributionMode;
  license: LicenseFilter;
  official: boolean;
  classes: { key: ParamClass; label: string; series: EfficiencySeries[] }[];
  /** Best score per kg of CO₂ per key, where the board reports a cost. */
  co2: EfficiencySeries[];
}
