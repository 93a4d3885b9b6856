// LMArena text arena (lmarena-ai/leaderboard-dataset, config `text`): every prompt category of each publish date.
import { LRUCache } from "lru-cache";
import { z } from "zod";
import type { HubOptions } from "@/lib/sources/hub";
import { isoDate } from "@/lib/core/dates";
import {
  fast,
  opt,
  readRowGroupColumns,
  validateColumns,
  zInt,
  zNum,
  type FastRow,
  type OpenParquet,
} from "@/lib/sources/parquet";
import { dedupeByKey, snapshotHash, sortByRank } from "@/lib/sources/rows";
import { listShards, openShard } from "@/lib/sources/shards";
import type { PlanContext, Source } from "@/lib/sources/source";
import type { CategoryRows, SourceRow, SourceSnapshot } from "@/lib/sources/types";

export const ARENA_REPO = "lmarena-ai/leaderboard-dataset";
export const ARENA_TREE_PATH = `api/datasets/${ARENA_REPO}/tree/main/text`;
export const ARENA_RESOLVE_BASE = `datasets/${ARENA_REPO}/resolve/main`;
export const ARENA_CATEGORY = "overall";

export type ArenaMode = "full" | "latest";

/** Columns that must exist in every shard. The nullable ones may be absent (read as null). */
export const ARENA_REQUIRED_COLUMNS = ["model_name", "rating", "rank", "category", "leaderboard_publish_date"] as const;
const ARENA_COLUMNS = [
  ...ARENA_REQUIRED_COLUMNS,
  "organization",
  "license",
  "rating_lower",
  "rating_upper",
  "variance",
  "vote_count",
] as const;

export const arenaRowSchema = z.object({
  model_name: z.string().min(1),
  organization: opt(z.string()),
  license: opt(z.string()),
  rating: zNum,
  rating_lower: opt(zNum),
  rating_upper: opt(zNum),
  variance: opt(zNum),
  vote_count: opt(zInt.pipe(z.number().nonnegative())),
  rank: zInt.pipe(z.number().positive()),
  category: z.string(),
  leaderboard_publish_date: isoDate,
});
export type ArenaRow = z.output<typeof arenaRowSchema>;

/** arenaRowSchema's fields checked without zod (a value they are unsure of sends its row through the schema). */
export const arenaRowFast = (): FastRow<typeof arenaRowSchema> => ({
  model_name: fast.string(1),
  organization: fast.opt(fast.string()),
  license: fast.opt(fast.string()),
  rating: fast.num,
  rating_lower: fast.opt(fast.num),
  rating_upper: fast.opt(fast.num),
  variance: fast.opt(fast.num),
  vote_count: fast.opt(fast.int(0)),
  rank: fast.int(1),
  category: fast.string(),
  leaderboard_publish_date: fast.date(),
});

export function mapArenaRow(r: ArenaRow): SourceRow {
  return {
    key: r.model_name,
    name: r.model_name,
    organization: r.organization ?? null,
    namespace: null,
    baseModel: null,
    license: r.license ?? null,
    rank: r.rank,
    rankOfficial: null,
    score: r.rating,
    ciLower: r.rating_lower ?? null,
    ciUpper: r.rating_upper ?? null,
    votes: r.vote_count ?? null,
    official: null,
    extra: r.variance != null ? { variance: r.variance } : null,
  };
}

/**
 * The arena's shards opened for reading one row group at a time, with an index of which row groups hold which
 * publish date (and which categories each date has), built from the date and category columns alone. Memory stays
 * bounded by the files' compressed size plus a few decoded row groups, however long the history grows.
 */
export interface ArenaIndex {
  shards: OpenParquet[];
  /** Publish dates, oldest first. */
  dates: string[];
  /** Categories of each date, as the rows spell them (`overall` included). */
  categories: Map<string, Set<string>>;
  /** Where each date's rows are: [shard index, row group index] pairs in file order. */
  groups: Map<string, [number, number][]>;
  /** Validated rows of recently read row groups (a few, least recently used dropped). */
  cache: LRUCache<string, GroupRows>;
  /** The row checks, shared by every row group (their date check remembers the dates it has seen). */
  checks: FastRow<typeof arenaRowSchema>;
  onProgress?: HubOptions["onProgress"];
}

/** A row group's validated rows, and which of them each publish date holds (indices in file order). */
interface GroupRows {
  rows: ArenaRow[];
  byDate: Map<string, number[]>;
}

const CACHED_GROUPS = 4;

export async function indexArena(opts: HubOptions, mode: ArenaMode): Promise<ArenaIndex> {
  const list = await listShards(opts, ARENA_TREE_PATH, `text/${mode}-*.parquet`);
  const index: ArenaIndex = {
    shards: [],
    dates: [],
    categories: new Map(),
    groups: new Map(),
    cache: new LRUCache({ max: CACHED_GROUPS }),
    checks: arenaRowFast(),
    onProgress: opts.onProgress,
  };
  for (const [s, shard] of list.entries()) {
    const open = await openShard(opts, ARENA_RESOLVE_BASE, shard, {
      required: ARENA_REQUIRED_COLUMNS,
      wanted: ARENA_COLUMNS,
    });
    index.shards.push(open);
    for (const [g, group] of open.groups.entries()) {
      const batch = await readRowGroupColumns(open, group, ["leaderboard_publish_date", "category"]);
      const dates = batch.columns[batch.names.indexOf("leaderboard_publish_date")];
      const categories = batch.columns[batch.names.indexOf("category")];
      const seen = new Set<string>();
      for (let r = 0; r < batch.rows; r++) {
        // A value that is not a date string still gets an entry: reading that date validates its rows and fails it.
        const date = String(dates[r]);
        let cats = index.categories.get(date);
        if (!cats) index.categories.set(date, (cats = new Set()));
        cats.add(String(categories[r]));
        if (!seen.has(date)) {
          seen.add(date);
          const at = index.groups.get(date) ?? [];
          at.push([s, g]);
          index.groups.set(date, at);
        }
      }
    }
  }
  index.dates = [...index.groups.keys()].sort();
  return index;
}

async function groupRows(index: ArenaIndex, s: number, g: number): Promise<GroupRows> {
  const key = `${s}:${g}`;
  const hit = index.cache.get(key);
  if (hit) return hit;
  const open = index.shards[s];
  const group = open.groups[g];
  const batch = await readRowGroupColumns(open, group);
  index.onProgress?.({ type: "parsed", file: open.file, rows: batch.rows });
  const rows = validateColumns(batch, arenaRowSchema, index.checks, open.file, open.url, group.rowStart);
  // Every row is valid here, so each has a date string.
  const byDate = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const date = rows[i].leaderboard_publish_date;
    const at = byDate.get(date);
    if (at) at.push(i);
    else byDate.set(date, [i]);
  }
  const entry = { rows, byDate };
  index.cache.set(key, entry);
  return entry;
}

/**
 * One publish date's snapshot: the `overall` rows as `rows`, every other category (open-ended names, kept as
 * spelled) in `categories`, in name order. Every row of the row groups read is validated (a bad row fails the dates
 * those row groups hold). Within a date and category, verbatim repeats of a model are dropped and conflicting
 * repeats fail the date (see dedupeByKey).
 */
export async function readArenaDate(index: ArenaIndex, date: string): Promise<SourceSnapshot> {
  const categories = new Map<string, SourceRow[]>();
  const files = new Set<string>();
  for (const [s, g] of index.groups.get(date) ?? []) {
    const { rows, byDate } = await groupRows(index, s, g);
    for (const i of byDate.get(date) ?? []) {
      const row = rows[i];
      let list = categories.get(row.category);
      if (!list) categories.set(row.category, (list = []));
      list.push(mapArenaRow(row));
      files.add(index.shards[s].file);
    }
  }
  const where = (category: string) => `arena ${date} ${category} (${[...files].join(", ")})`;
  const rows = sortByRank(dedupeByKey(categories.get(ARENA_CATEGORY) ?? [], where(ARENA_CATEGORY)));
  const others: CategoryRows[] = [...categories.keys()]
    .filter((c) => c !== ARENA_CATEGORY)
    .sort()
    .map((category) => ({ category, rows: sortByRank(dedupeByKey(categories.get(category)!, where(category))) }));
  return {
    board: "lmarena-text" as const,
    date,
    sourceRef: [...files].join(","),
    contentHash: snapshotHash(rows, others),
    rows,
    categories: others,
  };
}

/**
 * Reads every `text/full-*.parquet` (backfill) or `text/latest-*.parquet` (poll) shard and returns one snapshot per
 * publish date, oldest first (see readArenaDate). Holds every row at once: for the small `latest` shard and for tests;
 * a backfill reads the full history a date at a time instead (arenaSource).
 */
export async function fetchArenaSnapshots(opts: HubOptions, mode: ArenaMode): Promise<SourceSnapshot[]> {
  const index = await indexArena(opts, mode);
  // Every row group is validated before any date is built, so a bad row anywhere fails the whole read.
  for (const [s, open] of index.shards.entries()) {
    for (let g = 0; g < open.groups.length; g++) await groupRows(index, s, g);
  }
  const out: SourceSnapshot[] = [];
  for (const date of index.dates) out.push(await readArenaDate(index, date));
  return out;
}

/** Categories upstream has for a date that the store lacks. */
function missingCategories(snap: SourceSnapshot, stored: ReadonlySet<string> | undefined): string[] {
  if (!stored) return [];
  return (snap.categories ?? []).map((c) => c.category).filter((c) => !stored.has(c));
}

type ArenaItem = {
  date: string;
  payload: { kind: "snapshot" | "categories"; index: ArenaIndex; categories: string[] };
};

/**
 * Backfill from the `full` shards on an empty board. Afterwards poll `latest`; when it shows a date we do not have, or
 * a category a stored date lacks, read `full` again so that anything missed in between is filled too. A stored date
 * that lacks categories (an install from before categories were ingested) gets them added to the same snapshot.
 */
export const arenaSource: Source<ArenaItem> = {
  key: "lmarena-text",
  board: "lmarena-text",
  store: "board",
  skipUnchanged: false,
  async plan(ctx: PlanContext) {
    const hub = ctx.endpoints.hub;
    const have = new Map(ctx.stored.map((s) => [s.date, new Set(s.categories)]));
    if (ctx.stored.length === 0 || ctx.lastRunFailed) {
      ctx.note(`${ctx.stored.length === 0 ? "empty board" : "the previous run failed"}: reading the full history`);
    } else {
      const latest = await fetchArenaSnapshots(hub, "latest");
      const news = latest.filter((s) => !have.has(s.date) || missingCategories(s, have.get(s.date)).length > 0);
      if (news.length === 0) {
        ctx.note("latest shard holds nothing new");
        return [];
      }
      ctx.note(`new in the latest shard (${news.map((s) => s.date).join(", ")}): reading the full history for gaps`);
    }
    const items: ArenaItem[] = [];
    const index = await indexArena(hub, "full");
    ctx.note(`${index.dates.length} publish dates in ${index.shards.length} shard(s) of the full history`);
    for (const date of index.dates) {
      const stored = have.get(date);
      if (!stored) {
        items.push({ date, payload: { kind: "snapshot", index, categories: [] } });
        continue;
      }
      const categories = [...(index.categories.get(date) ?? [])]
        .filter((c) => c !== ARENA_CATEGORY && !stored.has(c))
        .sort();
      if (categories.length) items.push({ date, payload: { kind: "categories", index, categories } });
    }
    return items;
  },
  async load(item) {
    const snapshot = await readArenaDate(item.payload.index, item.date);
    return item.payload.kind === "snapshot"
      ? { kind: "snapshot", snapshot }
      : { kind: "categories", snapshot, categories: item.payload.categories };
  },
};
