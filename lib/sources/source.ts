// The source contract: what every upstream adapter declares so that ingest can run it without knowing which one it
// is. A source plans what it has that is not stored yet, then loads each planned item into a payload that ingest
// writes in one transaction. Adding a source means adding one adapter file and listing it in ./catalog.ts.
import type { BoardSlug } from "@/lib/boards/info";
import type { HubOptions } from "@/lib/sources/hub";
import type { SourceSnapshot } from "@/lib/sources/types";
import type { PriceTable } from "@/lib/sources/arena-prices";

/** Where a source writes: board snapshots (snapshot, entry, category_entry) or price snapshots (price_snapshot, price). */
export type SourceStore = "board" | "prices";

/** What ingest tells a source about one stored snapshot of it. */
export interface StoredInfo {
  /** YYYY-MM-DD */
  date: string;
  contentHash: string;
  sourceRef: string;
  /** Board snapshots: the prompt categories stored besides `overall`; empty elsewhere. */
  categories: readonly string[];
}

/** Base URLs for the upstreams, each with a file:// form (HF_ENDPOINT, ARENA_CATALOG_ENDPOINT, GITHUB_API_ENDPOINT). */
export interface SourceEndpoints {
  hub: HubOptions;
  /** The arena catalog (price table); the price source is left out of a run when this is absent. */
  catalog?: HubOptions;
  /** GitHub's REST API, which lists the price table's commits (its history); absent, the current table only. */
  github?: HubOptions;
}

export interface PlanContext {
  endpoints: SourceEndpoints;
  /** This source's stored snapshots, oldest first. */
  stored: readonly StoredInfo[];
  /** Whether this source's previous finished run failed (a reason to re-read everything). */
  lastRunFailed: boolean;
  /** Today (YYYY-MM-DD, UTC): the date of a snapshot that upstream does not date itself. */
  today: string;
  /** A progress line for the operator. */
  note(message: string): void;
  /**
   * A failure the source worked around (the price history's commit list, say): the run is recorded as failed with
   * this message, while the items the plan returns are still loaded and written. Absent, a note.
   */
  warn?(message: string): void;
}

/** What a loaded item asks ingest to write. */
export type Payload =
  /** A new board snapshot, written whole: overall entries plus every category. */
  | { kind: "snapshot"; snapshot: SourceSnapshot }
  /** Categories that a stored snapshot lacks (an older install, or upstream added them later). */
  | { kind: "categories"; snapshot: SourceSnapshot; categories: readonly string[] }
  /** A new price snapshot. */
  | { kind: "prices"; table: PriceTable }
  /** Nothing to write, and why; with `note`, the reason is kept in the run's record (the run still succeeds). */
  | { kind: "skip"; date: string; reason: string; note?: boolean };

export interface PlanItem {
  /** The date the item will be stored under. */
  date: string;
}

export interface Source<I extends PlanItem = PlanItem> {
  /** Public key: the board slug for board sources. Runs are recorded under it. */
  key: string;
  /** The board a board source feeds; null for sources that feed no board. */
  board: BoardSlug | null;
  store: SourceStore;
  /**
   * Whether a new snapshot whose content hash equals the previous stored snapshot's is skipped. True where upstream
   * republishes unchanged tables (HF revisions, price tables); false where a date is an event in itself (arena).
   */
  skipUnchanged: boolean;
  /** What upstream has that is not stored yet, oldest first. May read upstream listings; never the database. */
  plan(ctx: PlanContext): Promise<I[]>;
  /** Reads one planned item. Ingest loads the next item while it writes the current one. */
  load(item: I, ctx: PlanContext): Promise<Payload>;
}

/** What a family found upstream: one source per board it publishes now, and what it left out and why. */
export interface Discovery {
  sources: Source[];
  /** Keys (would-be board slugs) upstream lists that are not boards, each with the note its run record carries. */
  skipped: { key: string; reason: string }[];
}

/**
 * An upstream that publishes several boards and lists them itself (LMArena's dataset configs). Ingest asks it which
 * boards upstream has now, then runs one board source per board, recorded under the board's slug: a board upstream
 * adds later is ingested with no code change.
 */
export interface SourceFamily {
  key: string;
  /** How its keys look, for usage lines (`lmarena-<config>`). */
  keyPattern: string;
  /** Whether a source key (a board slug) is one of this family's, so it can be asked for before discovery. */
  owns(key: string): boolean;
  /** Reads upstream's list of boards (network only; never the database). */
  discover(endpoints: SourceEndpoints, note: (message: string) => void): Promise<Discovery>;
}
