import type { BoardSlug } from "@/lib/boards/info";

/** One validated upstream row, shaped for storage. Sources produce these; ingest stores them. */
export interface SourceRow {
  /** Upstream model key: arena `model_name`, HF `eval_name`. Unique within a snapshot. */
  key: string;
  /** Display name: arena `model_name`, HF `fullname` (namespace/name). */
  name: string;
  /** Arena `organization` as spelled upstream; null on HF. */
  organization: string | null;
  /** HF namespace (the part of `fullname` before the slash); null on the arena. */
  namespace: string | null;
  /** HF `Base Model` (a fullname), null when absent or on the arena. */
  baseModel: string | null;
  /** License as spelled upstream (arena `license`, HF `Hub License`). */
  license: string | null;
  /** Rank among all rows: arena published rank; HF competition rank by Average, descending. */
  rank: number;
  /** HF only: competition rank among official rows, null for non-official rows and on the arena. */
  rankOfficial: number | null;
  /** Arena rating, or HF `Average ⬆️`. */
  score: number;
  ciLower: number | null;
  ciUpper: number | null;
  votes: number | null;
  /** HF only: coalesce("Official Providers", "Maintainer's Highlight"); null on the arena. */
  official: boolean | null;
  /** Board-specific extras (HF benchmark sub-scores, precision, params...). JSON-safe: no BigInt. */
  extra: Record<string, string | number | boolean | null> | null;
}

/** One prompt category's rows of a snapshot (arena: chinese, english, coding, ...), ranked within the category. */
export interface CategoryRows {
  /** Upstream's name, kept as spelled: an open-ended string. Never `overall` (those rows are `rows`). */
  category: string;
  rows: SourceRow[];
}

/** A board as published on one date. Written whole or not at all. */
export interface SourceSnapshot {
  board: BoardSlug;
  /** YYYY-MM-DD */
  date: string;
  /** Where it came from: parquet path(s) and, on HF, the revision id. */
  sourceRef: string;
  /** sha256 hex over the snapshot's canonical rows, so unchanged content can be skipped. */
  contentHash: string;
  /** The `overall` rows: what `entry` holds. */
  rows: SourceRow[];
  /** Other prompt categories of the same publish, by name; absent or empty on boards without categories. */
  categories?: CategoryRows[];
}

/** A failure reading upstream. The message names the URL or file, and for bad data the row and the field. */
export class SourceError extends Error {
  /** For data errors: how many rows failed validation in the file named by the message. */
  rejectedRows = 0;
  constructor(
    message: string,
    readonly kind: "network" | "data",
    readonly url?: string,
  ) {
    super(message);
    this.name = "SourceError";
  }
}
