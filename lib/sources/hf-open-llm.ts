// Open LLM Leaderboard v2 (open-llm-leaderboard/contents): one snapshot per dataset revision.
import { z } from "zod";
import { getJsonPages, hubUrl, type HubOptions } from "@/lib/sources/hub";
import { fast, opt, validateColumns, zInt, zNum, type FastRow } from "@/lib/sources/parquet";
import { competitionRanks, contentHash, dedupeByKey, sortByRank } from "@/lib/sources/rows";
import { listShards, readShardColumns } from "@/lib/sources/shards";
import type { Source } from "@/lib/sources/source";
import { SourceError, type SourceRow, type SourceSnapshot } from "@/lib/sources/types";

export const HF_REPO = "open-llm-leaderboard/contents";
export const HF_COMMITS_PATH = `api/datasets/${HF_REPO}/commits/main`;
export const hfTreePath = (rev: string) => `api/datasets/${HF_REPO}/tree/${rev}/data`;
export const hfResolveBase = (rev: string) => `datasets/${HF_REPO}/resolve/${rev}`;

export interface HfRevision {
  id: string;
  /** YYYY-MM-DD (UTC) of the commit. */
  date: string;
  title: string;
}

const commitSchema = z.object({
  // A git commit id: 40 (SHA-1) or 64 (SHA-256) hex digits. Anything else (`..`, a path) never reaches a URL.
  id: z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, "not a hex commit id"),
  title: z.string().nullish(),
  date: z.string().refine((s) => !Number.isNaN(Date.parse(s)), "not a date"),
});

/** All commits of `main`, following Link pagination, oldest first. */
export async function listHfRevisions(opts: HubOptions): Promise<HfRevision[]> {
  const url = hubUrl(opts.endpoint, HF_COMMITS_PATH);
  const commits = (await getJsonPages(url, opts)).map((entry, index) => {
    const parsed = commitSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new SourceError(
        `unexpected commit ${index} from ${url}: ${issue.path.join(".")} ${issue.message}`,
        "data",
        url,
      );
    }
    const { id, title, date } = parsed.data;
    return { id, title: title ?? "", time: Date.parse(date), date: new Date(date).toISOString().slice(0, 10) };
  });
  // The API lists newest first; reverse, then a stable sort keeps same-instant commits in history order.
  return commits
    .reverse()
    .sort((a, b) => a.time - b.time)
    .map(({ id, title, date }) => ({ id, title, date }));
}

export const HF_REQUIRED_COLUMNS = ["eval_name", "Precision", "fullname", "Average ⬆️"] as const;

const str = opt(z.string());
const num = opt(zNum);
const bool = opt(z.boolean());
export const hfRowSchema = z.object({
  eval_name: z.string().min(1),
  Precision: z.string().min(1),
  fullname: z.string().min(1),
  "Average ⬆️": zNum,
  Type: str,
  "Weight type": str,
  Architecture: str,
  "Hub License": str,
  "Hub ❤️": opt(zInt),
  "#Params (B)": num,
  "Available on the hub": bool,
  Merged: bool,
  MoE: bool,
  Flagged: bool,
  "Chat Template": bool,
  "CO₂ cost (kg)": num,
  IFEval: num,
  BBH: num,
  "MATH Lvl 5": num,
  GPQA: num,
  MUSR: num,
  "MMLU-PRO": num,
  "Maintainer's Highlight": bool,
  Generation: opt(zInt),
  "Base Model": str,
  "Official Providers": bool,
});
export type HfRow = z.output<typeof hfRowSchema>;
const HF_COLUMNS = Object.keys(hfRowSchema.shape);

const fStr = fast.opt(fast.string());
const fNum = fast.opt(fast.num);
const fBool = fast.opt(fast.bool);
/** hfRowSchema's fields checked without zod (a value they are unsure of sends its row through the schema). */
export const hfRowFast: FastRow<typeof hfRowSchema> = {
  eval_name: fast.string(1),
  Precision: fast.string(1),
  fullname: fast.string(1),
  "Average ⬆️": fast.num,
  Type: fStr,
  "Weight type": fStr,
  Architecture: fStr,
  "Hub License": fStr,
  "Hub ❤️": fast.opt(fast.int()),
  "#Params (B)": fNum,
  "Available on the hub": fBool,
  Merged: fBool,
  MoE: fBool,
  Flagged: fBool,
  "Chat Template": fBool,
  "CO₂ cost (kg)": fNum,
  IFEval: fNum,
  BBH: fNum,
  "MATH Lvl 5": fNum,
  GPQA: fNum,
  MUSR: fNum,
  "MMLU-PRO": fNum,
  "Maintainer's Highlight": fBool,
  Generation: fast.opt(fast.int()),
  "Base Model": fStr,
  "Official Providers": fBool,
};

/**
 * Upstream "Base Model" is free text: the model itself for originals, "<base> (Merge)" for merges,
 * and "Removed" when the base left the Hub. Returns a fullname, or null when there is no distinct base.
 */
export function normaliseBaseModel(value: string | null | undefined, fullname: string): string | null {
  const base = (value ?? "")
    .trim()
    .replace(/\s*\(Merge\)$/i, "")
    .trim();
  if (base === "" || base.toLowerCase() === "removed") return null;
  return base.toLowerCase() === fullname.trim().toLowerCase() ? null : base;
}

/** Maps a row with rank placeholders; ranks are assigned once the whole revision is known. */
export function mapHfRow(r: HfRow): SourceRow {
  const slash = r.fullname.indexOf("/");
  return {
    key: r.eval_name,
    name: r.fullname,
    organization: null,
    namespace: slash > 0 ? r.fullname.slice(0, slash) : null,
    baseModel: normaliseBaseModel(r["Base Model"], r.fullname),
    license: r["Hub License"] ?? null,
    rank: 0,
    rankOfficial: null,
    score: r["Average ⬆️"],
    ciLower: null,
    ciUpper: null,
    votes: null,
    // One upstream flag under two names; a row where both are null/absent counts as not official.
    official: r["Official Providers"] ?? r["Maintainer's Highlight"] ?? false,
    extra: {
      precision: r.Precision,
      type: r.Type ?? null,
      weightType: r["Weight type"] ?? null,
      architecture: r.Architecture ?? null,
      params: r["#Params (B)"] ?? null,
      hubHearts: r["Hub ❤️"] ?? null,
      merged: r.Merged ?? null,
      moe: r.MoE ?? null,
      flagged: r.Flagged ?? null,
      chatTemplate: r["Chat Template"] ?? null,
      availableOnHub: r["Available on the hub"] ?? null,
      co2: r["CO₂ cost (kg)"] ?? null,
      ifeval: r.IFEval ?? null,
      bbh: r.BBH ?? null,
      math: r["MATH Lvl 5"] ?? null,
      gpqa: r.GPQA ?? null,
      musr: r.MUSR ?? null,
      mmluPro: r["MMLU-PRO"] ?? null,
      generation: r.Generation ?? null,
    },
  };
}

/** Assigns `rank` (all rows) and `rankOfficial` (official rows only), competition-style by score. */
export function assignHfRanks(rows: readonly SourceRow[]): SourceRow[] {
  const ranks = competitionRanks(rows.map((r) => r.score));
  const officialIdx = rows.flatMap((r, i) => (r.official ? [i] : []));
  const officialRanks = competitionRanks(officialIdx.map((i) => rows[i].score));
  const rankOfficial = new Map(officialIdx.map((rowIndex, j) => [rowIndex, officialRanks[j]]));
  return rows.map((r, i) => ({ ...r, rank: ranks[i], rankOfficial: rankOfficial.get(i) ?? null }));
}

/** Reads every `data/train-*.parquet` shard of one revision into a snapshot dated by the commit. */
export async function fetchHfRevision(opts: HubOptions, rev: Pick<HfRevision, "id" | "date">): Promise<SourceSnapshot> {
  const shards = await listShards(opts, hfTreePath(rev.id), "data/train-*.parquet");
  const mapped: SourceRow[] = [];
  for (const shard of shards) {
    const batch = await readShardColumns(opts, hfResolveBase(rev.id), shard, {
      required: HF_REQUIRED_COLUMNS,
      wanted: HF_COLUMNS,
    });
    for (const row of validateColumns(batch, hfRowSchema, hfRowFast, `${rev.id}/${shard.path}`))
      mapped.push(mapHfRow(row));
  }
  const paths = shards.map((s) => s.path).join(",");
  const rows = sortByRank(assignHfRanks(dedupeByKey(mapped, `hf revision ${rev.id} (${paths})`)));
  return {
    board: "hf-open-llm-v2",
    date: rev.date,
    sourceRef: `${rev.id}:${paths}`,
    contentHash: contentHash(rows),
    rows,
  };
}

/**
 * One snapshot per dataset revision, dated by its commit date; revisions already stored are not fetched. Several
 * commits on one day publish one snapshot for that date: the day's last commit. HF publishes a revision per upload,
 * and an upload can republish the same table, so a revision whose content equals the previous snapshot's is skipped.
 */
export const hfSource: Source<HfRevision> = {
  key: "hf-open-llm-v2",
  board: "hf-open-llm-v2",
  store: "board",
  async plan(ctx) {
    const revisions = await listHfRevisions(ctx.endpoints.hub);
    const haveDates = new Set(ctx.stored.map((s) => s.date));
    const haveRevs = new Set(ctx.stored.map((s) => s.sourceRef.split(":")[0]));
    const lastOfDay = new Map(revisions.map((r) => [r.date, r]));
    const todo = [...lastOfDay.values()].filter((r) => !haveDates.has(r.date) && !haveRevs.has(r.id));
    ctx.note(`${revisions.length} revisions upstream, ${todo.length} not stored yet`);
    return todo;
  },
  skipUnchanged: true,
  async load(rev, ctx) {
    return { kind: "snapshot", snapshot: await fetchHfRevision(ctx.endpoints.hub, rev) };
  },
};
