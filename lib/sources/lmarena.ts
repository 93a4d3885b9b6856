// LMArena text arena (lmarena-ai/leaderboard-dataset, config `text`): every prompt category of each publish date.
import { z } from "zod";
import type { HubOptions } from "@/lib/sources/hub";
import { opt, validateRows, zDate, zInt, zNum } from "@/lib/sources/parquet";
import { dedupeByKey, snapshotHash, sortByRank } from "@/lib/sources/rows";
import { listShards, readShard } from "@/lib/sources/shards";
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
  leaderboard_publish_date: zDate,
});
export type ArenaRow = z.output<typeof arenaRowSchema>;

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
 * Reads every `text/full-*.parquet` (backfill) or `text/latest-*.parquet` (poll) shard and returns one snapshot per
 * publish date, oldest first: the `overall` rows as `rows`, every other category (open-ended names, kept as spelled)
 * in `categories`, in name order. Rows of every shard are validated. Within a date and category, verbatim repeats of
 * a model are dropped and conflicting repeats fail the whole fetch (see dedupeByKey).
 */
export async function fetchArenaSnapshots(opts: HubOptions, mode: ArenaMode): Promise<SourceSnapshot[]> {
  const shards = await listShards(opts, ARENA_TREE_PATH, `text/${mode}-*.parquet`);
  const byDate = new Map<string, { categories: Map<string, SourceRow[]>; files: Set<string> }>();
  for (const shard of shards) {
    const raw = await readShard(opts, ARENA_RESOLVE_BASE, shard, {
      required: ARENA_REQUIRED_COLUMNS,
      wanted: ARENA_COLUMNS,
    });
    for (const row of validateRows(raw, arenaRowSchema, shard.path)) {
      const date = row.leaderboard_publish_date;
      let group = byDate.get(date);
      if (!group) byDate.set(date, (group = { categories: new Map(), files: new Set() }));
      let rows = group.categories.get(row.category);
      if (!rows) group.categories.set(row.category, (rows = []));
      rows.push(mapArenaRow(row));
      group.files.add(shard.path);
    }
  }
  return [...byDate.keys()].sort().map((date) => {
    const group = byDate.get(date)!;
    const where = (category: string) => `arena ${date} ${category} (${[...group.files].join(", ")})`;
    const rows = sortByRank(dedupeByKey(group.categories.get(ARENA_CATEGORY) ?? [], where(ARENA_CATEGORY)));
    const categories: CategoryRows[] = [...group.categories.keys()]
      .filter((c) => c !== ARENA_CATEGORY)
      .sort()
      .map((category) => ({ category, rows: sortByRank(dedupeByKey(group.categories.get(category)!, where(category))) }));
    return {
      board: "lmarena-text" as const,
      date,
      sourceRef: [...group.files].join(","),
      contentHash: snapshotHash(rows, categories),
      rows,
      categories,
    };
  });
}

type ArenaItem = { date: string; payload: { kind: "snapshot" | "categories"; snapshot: SourceSnapshot; categories: string[] } };

/** Categories upstream has for a date that the store lacks. */
function missingCategories(snap: SourceSnapshot, stored: ReadonlySet<string> | undefined): string[] {
  if (!stored) return [];
  return (snap.categories ?? []).map((c) => c.category).filter((c) => !stored.has(c));
}

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
    for (const snapshot of await fetchArenaSnapshots(hub, "full")) {
      if (!have.has(snapshot.date)) {
        items.push({ date: snapshot.date, payload: { kind: "snapshot", snapshot, categories: [] } });
        continue;
      }
      const categories = missingCategories(snapshot, have.get(snapshot.date));
      if (categories.length) items.push({ date: snapshot.date, payload: { kind: "categories", snapshot, categories } });
    }
    return items;
  },
  async load(item) {
    return item.payload.kind === "snapshot"
      ? { kind: "snapshot", snapshot: item.payload.snapshot }
      : { kind: "categories", snapshot: item.payload.snapshot, categories: item.payload.categories };
  },
};
