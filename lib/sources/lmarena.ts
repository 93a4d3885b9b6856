// LMArena text arena (lmarena-ai/leaderboard-dataset, config `text`), category "overall" only.
import { z } from "zod";
import type { HubOptions } from "@/lib/sources/hub";
import { opt, validateRows, zDate, zInt, zNum } from "@/lib/sources/parquet";
import { contentHash, dedupeByKey, sortByRank } from "@/lib/sources/rows";
import { listShards, readShard } from "@/lib/sources/shards";
import type { SourceRow, SourceSnapshot } from "@/lib/sources/types";

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
 * Reads every `text/full-*.parquet` (backfill) or `text/latest-*.parquet` (poll) shard and returns one
 * snapshot per publish date, oldest first. Rows of every shard are validated; only category
 * "overall" is kept. Within a date, verbatim repeats of a model are dropped and conflicting
 * repeats fail the whole fetch (see dedupeByKey).
 */
export async function fetchArenaSnapshots(opts: HubOptions, mode: ArenaMode): Promise<SourceSnapshot[]> {
  const shards = await listShards(opts, ARENA_TREE_PATH, `text/${mode}-*.parquet`);
  const byDate = new Map<string, { rows: SourceRow[]; files: Set<string> }>();
  for (const shard of shards) {
    const raw = await readShard(opts, ARENA_RESOLVE_BASE, shard, {
      required: ARENA_REQUIRED_COLUMNS,
      wanted: ARENA_COLUMNS,
    });
    for (const row of validateRows(raw, arenaRowSchema, shard.path)) {
      if (row.category !== ARENA_CATEGORY) continue;
      const date = row.leaderboard_publish_date;
      let group = byDate.get(date);
      if (!group) byDate.set(date, (group = { rows: [], files: new Set() }));
      group.rows.push(mapArenaRow(row));
      group.files.add(shard.path);
    }
  }
  return [...byDate.keys()].sort().map((date) => {
    const group = byDate.get(date)!;
    const rows = sortByRank(dedupeByKey(group.rows, `arena ${date} (${[...group.files].join(", ")})`));
    return {
      board: "lmarena-text" as const,
      date,
      sourceRef: [...group.files].join(","),
      contentHash: contentHash(rows),
      rows,
    };
  });
}
