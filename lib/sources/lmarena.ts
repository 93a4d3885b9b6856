// LMArena (lmarena-ai/leaderboard-dataset): every config of the dataset is an arena, and every arena with the
// standard columns a board, `lmarena-<config>` (lib/boards/info.ts, arenaBoardSlug). The dataset-info answer's
// `cardData.configs` lists the configs and their files, so an arena upstream adds later is ingested with no code
// change; a config with other columns (not a leaderboard of ratings) is skipped with a note in the run record. Each
// board's snapshots hold every prompt category of a publish date.
import { LRUCache } from "lru-cache";
import { z } from "zod";
import { ARENA_DATASET, arenaBoardSlug, ARENA_BOARD_PREFIX, type BoardSlug } from "@/lib/boards/info";
import { getJson, hubUrl, type HubOptions } from "@/lib/sources/hub";
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
import type { Discovery, PlanContext, Source, SourceFamily } from "@/lib/sources/source";
import { SourceError, type CategoryRows, type SourceRow, type SourceSnapshot } from "@/lib/sources/types";

export const ARENA_REPO = ARENA_DATASET;
/** The Hub's dataset-info answer (`GET /api/datasets/{repo}/revision/{rev}`), whose `cardData.configs` lists the arenas. */
export const ARENA_INFO_PATH = `api/datasets/${ARENA_REPO}/revision/main`;
export const ARENA_RESOLVE_BASE = `datasets/${ARENA_REPO}/resolve/main`;
export const ARENA_CATEGORY = "overall";

/** One config of the dataset: an arena, the board it feeds and where its two splits' files are. */
export interface ArenaConfig {
  /** Upstream's config name, as spelled (`text_to_image`). */
  name: string;
  board: BoardSlug;
  /** Repo-relative globs of each split's parquet files (`text/full-*.parquet`); `latest` null when upstream has none. */
  full: string;
  latest: string | null;
}

/** A config laid out as upstream lays out `text`: `<name>/full-*` and `<name>/latest-*`. */
export function arenaConfig(
  name: string,
  full = `${name}/full-*`,
  latest: string | null = `${name}/latest-*`,
): ArenaConfig {
  const parquet = (glob: string) => (glob.endsWith(".parquet") ? glob : `${glob}.parquet`);
  return { name, board: arenaBoardSlug(name), full: parquet(full), latest: latest === null ? null : parquet(latest) };
}

/** The text arena, the config every test fixture and the default board are made of. */
export const TEXT_CONFIG = arenaConfig("text");

/** The Hub tree listing of the folder a glob's files are in. */
function treePathOf(glob: string): string {
  const dir = glob.slice(0, Math.max(0, glob.lastIndexOf("/")));
  return `api/datasets/${ARENA_REPO}/tree/main${dir ? `/${dir}` : ""}`;
}

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
  /** The board the config feeds. */
  board: BoardSlug;
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

export async function indexArena(
  opts: HubOptions,
  mode: ArenaMode,
  config: ArenaConfig = TEXT_CONFIG,
): Promise<ArenaIndex> {
  const glob = mode === "full" ? config.full : config.latest;
  if (glob === null) throw new SourceError(`config ${config.name} has no ${mode} split`, "data");
  const list = await listShards(opts, treePathOf(glob), glob);
  const index: ArenaIndex = {
    board: config.board,
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
    board: index.board,
    date,
    sourceRef: [...files].join(","),
    contentHash: snapshotHash(rows, others),
    rows,
    categories: others,
  };
}

/**
 * Reads every `full` (backfill) or `latest` (poll) shard of a config (default `text`) and returns one snapshot per
 * publish date, oldest first (see readArenaDate). Holds every row at once: for the small `latest` shard and for tests;
 * a backfill reads the full history a date at a time instead (arenaSourceFor).
 */
export async function fetchArenaSnapshots(
  opts: HubOptions,
  mode: ArenaMode,
  config: ArenaConfig = TEXT_CONFIG,
): Promise<SourceSnapshot[]> {
  const index = await indexArena(opts, mode, config);
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
 * One config's board. Backfill from the `full` shards on an empty board. Afterwards poll `latest`; when it shows a
 * date we do not have, or a category a stored date lacks, read `full` again so that anything missed in between is
 * filled too (a config without `latest` reads the index of `full` every time). A stored date that lacks categories
 * (an install from before categories were ingested) gets them added to the same snapshot.
 */
export function arenaSourceFor(config: ArenaConfig): Source<ArenaItem> {
  return {
    key: config.board,
    board: config.board,
    store: "board",
    skipUnchanged: false,
    plan: (ctx) => planArena(config, ctx),
    async load(item) {
      const snapshot = await readArenaDate(item.payload.index, item.date);
      return item.payload.kind === "snapshot"
        ? { kind: "snapshot", snapshot }
        : { kind: "categories", snapshot, categories: item.payload.categories };
    },
  };
}

/** The text arena's board source (tests, and the bench that times one board). */
export const arenaSource = arenaSourceFor(TEXT_CONFIG);

async function planArena(config: ArenaConfig, ctx: PlanContext): Promise<ArenaItem[]> {
  const hub = ctx.endpoints.hub;
  const have = new Map(ctx.stored.map((s) => [s.date, new Set(s.categories)]));
  if (ctx.stored.length === 0 || ctx.lastRunFailed || config.latest === null) {
    ctx.note(
      `${ctx.stored.length === 0 ? "empty board" : ctx.lastRunFailed ? "the previous run failed" : "no latest split"}: reading the full history`,
    );
  } else {
    const latest = await fetchArenaSnapshots(hub, "latest", config);
    const news = latest.filter((s) => !have.has(s.date) || missingCategories(s, have.get(s.date)).length > 0);
    if (news.length === 0) {
      ctx.note("latest shard holds nothing new");
      return [];
    }
    ctx.note(`new in the latest shard (${news.map((s) => s.date).join(", ")}): reading the full history for gaps`);
  }
  const items: ArenaItem[] = [];
  const index = await indexArena(hub, "full", config);
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
}

/** The dataset-info answer, as far as discovery reads it. */
const datasetInfoSchema = z.object({
  cardData: z.object({
    configs: z.array(z.object({ config_name: z.string().min(1), data_files: z.unknown() })).min(1),
  }),
});
const splitFilesSchema = z.array(
  z.object({ split: z.string(), path: z.union([z.string().min(1), z.array(z.string().min(1)).length(1)]) }),
);

/** What the dataset-info answer lists, each config's split globs read from its `data_files`. */
export async function readArenaConfigList(
  opts: HubOptions,
): Promise<{ configs: ArenaConfig[]; skipped: { config: string; reason: string }[] }> {
  const url = hubUrl(opts.endpoint, ARENA_INFO_PATH);
  const parsed = datasetInfoSchema.safeParse((await getJson(url, opts)).data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SourceError(
      `unexpected dataset-info answer from ${url}: ${issue.path.join(".") || "(answer)"} ${issue.message}`,
      "data",
      url,
    );
  }
  const configs: ArenaConfig[] = [];
  const skipped: { config: string; reason: string }[] = [];
  for (const c of parsed.data.cardData.configs) {
    const files = splitFilesSchema.safeParse(c.data_files);
    const glob = (split: string) => {
      const path = files.success ? files.data.find((f) => f.split === split)?.path : undefined;
      return path === undefined ? null : [path].flat()[0];
    };
    const full = glob("full");
    if (full === null || full.slice(0, Math.max(0, full.lastIndexOf("/"))).includes("*")) {
      skipped.push({ config: c.config_name, reason: "its data_files name no `full` split of files in one folder" });
      continue;
    }
    configs.push(arenaConfig(c.config_name, full, glob("latest")));
  }
  return { configs, skipped };
}

/**
 * The configs upstream lists now, each checked for the standard columns on its newest files' footer (`latest`, else
 * `full`): one board per config that has them; the others skipped with the reason, as are a config whose board slug
 * another config (or a key in `reserved`) already has.
 */
export async function discoverArenaConfigs(
  opts: HubOptions,
  reserved: readonly string[] = [],
): Promise<{ configs: ArenaConfig[]; skipped: { config: string; board: BoardSlug; reason: string }[] }> {
  const list = await readArenaConfigList(opts);
  const configs: ArenaConfig[] = [];
  const skipped = list.skipped.map((s) => ({ ...s, board: arenaBoardSlug(s.config) }));
  const taken = new Map<string, string>(reserved.map((k) => [k, "another source"]));
  for (const config of list.configs) {
    const other = taken.get(config.board);
    if (other !== undefined) {
      skipped.push({
        config: config.name,
        board: config.board,
        reason: `its board name ${config.board} is ${other}'s`,
      });
      continue;
    }
    let columns: { file: string; all: string[] };
    try {
      columns = await columnsOf(opts, config);
    } catch {
      // Unreadable now (a network failure, a listing without files): the config stays a board, whose own run then
      // fails with the reason, so one config cannot fail the others.
      taken.set(config.board, `config ${config.name}`);
      configs.push(config);
      continue;
    }
    const missing = ARENA_REQUIRED_COLUMNS.filter((c) => !columns.all.includes(c));
    if (missing.length > 0) {
      const has = columns.all.length > 8 ? [...columns.all.slice(0, 8), "…"] : columns.all;
      skipped.push({
        config: config.name,
        board: config.board,
        reason: `not a leaderboard of the standard columns: ${columns.file} lacks ${missing.join(", ")} (its columns are ${has.join(", ")})`,
      });
      continue;
    }
    taken.set(config.board, `config ${config.name}`);
    configs.push(config);
  }
  return { configs, skipped };
}

/** The columns of a config's newest files (the first `latest` shard, else the first `full` one), from its footer. */
async function columnsOf(opts: HubOptions, config: ArenaConfig): Promise<{ file: string; all: string[] }> {
  const glob = config.latest ?? config.full;
  const [first] = await listShards(opts, treePathOf(glob), glob);
  const open = await openShard(opts, ARENA_RESOLVE_BASE, first, { required: [], wanted: [] });
  return { file: first.path, all: open.allColumns };
}

/**
 * Every LMArena config as a board source: ingest asks which configs upstream lists now (the dataset-info answer) and
 * runs one source per board. Its keys are the boards' slugs (`lmarena-<config>`), except the price table's, which
 * `reserved` names.
 */
export function arenaFamily(reserved: readonly string[]): SourceFamily {
  return {
    key: "lmarena",
    keyPattern: `${ARENA_BOARD_PREFIX}<config>`,
    owns: (key) =>
      key.startsWith(ARENA_BOARD_PREFIX) && key.length > ARENA_BOARD_PREFIX.length && !reserved.includes(key),
    async discover(endpoints, note): Promise<Discovery> {
      const found = await discoverArenaConfigs(endpoints.hub, reserved);
      note(
        `${found.configs.length + found.skipped.length} config(s) listed: ${found.configs.map((c) => c.name).join(", ") || "no arena"}${found.skipped.length ? `; skipped ${found.skipped.map((s) => s.config).join(", ")}` : ""}`,
      );
      return {
        sources: found.configs.map(arenaSourceFor),
        skipped: found.skipped.map((s) => ({ key: s.board, reason: `config ${s.config} skipped: ${s.reason}` })),
      };
    },
  };
}
