// Synthetic upstream history at a chosen multiple of today's size, written in the Hub's own layout (the URL paths of
// huggingface.co, as the shared mirror is): the arena's `text/full` and `text/latest` parquet with prompt categories,
// and the Open LLM Leaderboard's `contents` revisions (one parquet per revision, a tree listing per revision, and a
// commit list of every commit, newest first). Deterministic for a seed. Parquet is written row group by row group to
// disk (hyparquet-writer's ParquetWriter), so generating 100× never holds a whole file in memory.
//
// Sizes (see SCALE_PRESETS): 1× has about today's row counts (arena 14.6k overall rows over 110 dates and 82k
// category rows over 19 dates; HF 10 revisions, 21.6k rows); 10× and 100× multiply the total rows. HF commits are
// spread over the kept days: several commits a day, of which the backfill must keep one (the day's last). Commits
// that are not a day's last share that day's file through a symlink, so 2,600 commits cost no more disk than 90.
// Over 400 lines on purpose: one generator of synthetic upstream history for the benches (not shipped), whose arena
// and HF writers share the parquet and Hub emulation helpers.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rm, symlink, writeFile, readFile } from "node:fs/promises";
import path from "node:path";
import { fileWriter, ParquetWriter, schemaFromColumnData } from "hyparquet-writer";

export const GENERATOR_VERSION = 1;

export interface ScaleSpec {
  /** Label: the multiple of today's size. */
  scale: number;
  arena: {
    /** Publish dates, oldest first, `everyDays` apart, the newest on `endDate`. */
    dates: number;
    everyDays: number;
    endDate: string;
    /** Models on the board on the first and on the last date (linear in between). */
    modelsFrom: number;
    modelsTo: number;
    /** New model keys per date (the oldest drop off the board). */
    churnPerDate: number;
    /** Prompt categories besides `overall`, on the newest `categoryDates` dates. */
    categories: number;
    categoryDates: number;
    /** Rows per parquet row group. */
    rowGroupRows: number;
  };
  hf: {
    /** Days with commits, `everyDays` apart, the newest on `endDate`; the backfill keeps one snapshot each. */
    days: number;
    everyDays: number;
    endDate: string;
    /** Total commits on main, spread over the days (at least one a day). */
    commits: number;
    /** Rows of the first and the last day's table (linear in between). */
    rowsFrom: number;
    rowsTo: number;
  };
}

const arenaBase = { endDate: "2025-12-11", rowGroupRows: 100_000 };
const hfBase = { endDate: "2025-03-21" };

/**
 * 1× ≈ today (arena 97k rows, HF 21.6k rows), 10× and 100× multiply the total rows. 100× follows the issue's
 * example: ten years of daily arena snapshots with up to 1,000 models, and HF revisions of up to 50,000 rows from a
 * commit list of 2,600 commits (about 29 a day over 90 days).
 */
export const SCALE_PRESETS: Record<number, ScaleSpec> = {
  1: {
    scale: 1,
    arena: {
      ...arenaBase,
      dates: 110,
      everyDays: 9,
      modelsFrom: 20,
      modelsTo: 250,
      churnPerDate: 2,
      categories: 19,
      categoryDates: 19,
    },
    hf: { ...hfBase, days: 10, everyDays: 28, commits: 26, rowsFrom: 400, rowsTo: 4_000 },
  },
  10: {
    scale: 10,
    arena: {
      ...arenaBase,
      dates: 1_100,
      everyDays: 1,
      modelsFrom: 50,
      modelsTo: 600,
      churnPerDate: 1,
      categories: 10,
      categoryDates: 110,
    },
    hf: { ...hfBase, days: 30, everyDays: 3, commits: 260, rowsFrom: 1_200, rowsTo: 13_000 },
  },
  100: {
    scale: 100,
    arena: {
      ...arenaBase,
      dates: 3_650,
      everyDays: 1,
      modelsFrom: 200,
      modelsTo: 1_000,
      churnPerDate: 1,
      categories: 20,
      categoryDates: 365,
    },
    hf: { ...hfBase, days: 90, everyDays: 1, commits: 2_600, rowsFrom: 2_000, rowsTo: 50_000 },
  },
};

export function scaleSpec(scale: number): ScaleSpec {
  const spec = SCALE_PRESETS[scale];
  if (!spec) throw new Error(`no preset for scale ${scale}; presets: ${Object.keys(SCALE_PRESETS).join(", ")}`);
  return spec;
}

// ---- deterministic randomness ---------------------------------------------------------------------------------

/** A well-mixed 32-bit hash of integers (splitmix-style), as a float in [0, 1). */
export function rand(seed: number, ...xs: number[]): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const x of xs) {
    h = Math.imul(h ^ (x >>> 0), 0x85ebca6b) >>> 0;
    h = (h ^ (h >>> 13)) >>> 0;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
  }
  return h / 2 ** 32;
}

const sha1 = (s: string) => createHash("sha1").update(s).digest("hex");

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// ---- writing parquet a row group at a time --------------------------------------------------------------------

type ColumnType = "STRING" | "DOUBLE" | "INT64" | "BOOLEAN";
type Column = { name: string; type: ColumnType; dtype: string };

const DTYPE: Record<ColumnType, string> = { STRING: "string", DOUBLE: "float64", INT64: "int64", BOOLEAN: "bool" };
const col = (name: string, type: ColumnType): Column => ({ name, type, dtype: DTYPE[type] });

/** The `huggingface` key-value entry the datasets library writes (feature types), as the mirror carries it. */
function hfMetadata(columns: readonly Column[]) {
  const features = Object.fromEntries(columns.map((c) => [c.name, { dtype: c.dtype, _type: "Value" }]));
  return [{ key: "huggingface", value: JSON.stringify({ info: { features } }) }];
}

class ParquetFile {
  private writer: ParquetWriter | null = null;
  private pending: unknown[][];
  private count = 0;
  rows = 0;

  constructor(
    private file: string,
    private columns: readonly Column[],
    private rowGroupRows: number,
  ) {
    this.pending = columns.map(() => []);
  }

  /** One row, values in column order. */
  push(values: readonly unknown[]): void {
    for (let i = 0; i < values.length; i++) this.pending[i].push(values[i]);
    this.count++;
    this.rows++;
    if (this.count >= this.rowGroupRows) this.flush();
  }

  private columnData() {
    return this.columns.map((c, i) => ({ name: c.name, data: this.pending[i], type: c.type }));
  }

  private flush(): void {
    if (this.count === 0) return;
    const columnData = this.columnData();
    if (!this.writer) {
      // Every column nullable (OPTIONAL), as the datasets library writes them.
      const schema: ReturnType<typeof schemaFromColumnData> = schemaFromColumnData({ columnData }).map((e, i) =>
        i === 0 ? e : { ...e, repetition_type: "OPTIONAL" as const },
      );
      this.writer = new ParquetWriter({
        writer: fileWriter(this.file),
        schema,
        kvMetadata: hfMetadata(this.columns),
        // Column statistics cost a third of the writing time here, and ingest reads none.
        statistics: false,
        createdBy: "hyparquet-writer (scale generator)",
      });
    }
    // schema is fixed by the writer; pass data without types
    void this.writer.write({
      columnData: columnData.map(({ name, data }) => ({ name, data })),
      rowGroupSize: this.count,
    });
    this.pending = this.columns.map(() => []);
    this.count = 0;
  }

  async close(): Promise<{ size: number; sha256: string; rows: number }> {
    this.flush();
    if (!this.writer) throw new Error(`${this.file}: no rows written`);
    await this.writer.finish();
    const hash = createHash("sha256");
    let size = 0;
    for await (const chunk of createReadStream(this.file)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    return { size, sha256: hash.digest("hex"), rows: this.rows };
  }
}

/** A Hub tree listing entry (`{type, oid, size, lfs, path}`), as the tree API returns it. */
function treeEntry(repoPath: string, file: { size: number; sha256: string }) {
  return {
    type: "file",
    oid: sha1(`blob ${file.sha256}`),
    size: file.size,
    lfs: { oid: file.sha256, size: file.size, pointerSize: 134 },
    path: repoPath,
  };
}

async function writeJson(root: string, rel: string, value: unknown): Promise<void> {
  const target = path.join(root, rel);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, JSON.stringify(value, null, 1));
}

// ---- the arena ------------------------------------------------------------------------------------------------

const ARENA_COLUMNS: Column[] = [
  col("model_name", "STRING"),
  col("organization", "STRING"),
  col("license", "STRING"),
  col("rating", "DOUBLE"),
  col("rating_lower", "DOUBLE"),
  col("rating_upper", "DOUBLE"),
  col("variance", "DOUBLE"),
  col("vote_count", "INT64"),
  col("rank", "INT64"),
  col("category", "STRING"),
  col("leaderboard_publish_date", "STRING"),
];

/** Developers with real spellings, so attribution places them (US, CN, Europe, elsewhere) and some stay unknown. */
const ARENA_ORGS: [string, string, string][] = [
  ["OpenAI", "gpt", "Proprietary"],
  ["Google", "gemini", "Proprietary"],
  ["Anthropic", "claude", "Proprietary"],
  ["Meta", "llama", "Llama Community"],
  ["Alibaba", "qwen", "Qwen"],
  ["DeepSeek", "deepseek", "MIT"],
  ["Mistral", "mistral", "Apache 2.0"],
  ["Zhipu AI", "glm", "Proprietary"],
  ["01 AI", "yi", "Apache 2.0"],
  ["Cohere", "command", "CC-BY-NC-4.0"],
  ["Microsoft", "phi", "MIT"],
  ["Moonshot", "kimi", "Modified MIT"],
  ["xAI", "grok", "Proprietary"],
  ["Nvidia", "nemotron", "Nvidia Open Model"],
  ["Tencent", "hunyuan", "Proprietary"],
  ["Ai2", "olmo", "Apache 2.0"],
];
const CATEGORY_NAMES = [
  "english",
  "chinese",
  "coding",
  "math",
  "creative_writing",
  "hard_6",
  "if",
  "multiturn",
  "long_user",
  "no_refusal",
  "no_short",
  "no_tie",
  "hard_english_6",
  "german",
  "french",
  "japanese",
  "korean",
  "russian",
  "spanish",
  "expert",
  "industry_software_and_it_services",
  "industry_mathematical",
  "industry_legal_and_government",
  "industry_medicine_and_healthcare",
];

export function arenaModel(
  seed: number,
  i: number,
): { key: string; org: string | null; license: string | null; base: number } {
  const [org, prefix, license] = ARENA_ORGS[Math.floor(rand(seed, 1, i) * ARENA_ORGS.length)];
  // One model in 40 has no known developer, as upstream has a few.
  const unknown = rand(seed, 2, i) < 0.025;
  return {
    key: `${prefix}-${i}-${Math.floor(rand(seed, 3, i) * 1e4).toString(36)}`,
    org: unknown ? null : org,
    license: unknown ? null : license,
    base: 1000 + 300 * rand(seed, 4, i) + i * 0.05,
  };
}

/** Models on the board on date index d: a window [lo, lo + count) of model indices. */
function arenaWindow(spec: ScaleSpec["arena"], d: number): { lo: number; count: number } {
  const t = spec.dates === 1 ? 1 : d / (spec.dates - 1);
  const count = Math.round(spec.modelsFrom + (spec.modelsTo - spec.modelsFrom) * t);
  return { lo: Math.floor(d * spec.churnPerDate), count };
}

/** Competition ranks by rating, descending (ties share a rank). */
function ranksOf(ratings: Float64Array): Int32Array {
  const order = Array.from(ratings.keys()).sort((a, b) => ratings[b] - ratings[a]);
  const ranks = new Int32Array(ratings.length);
  for (let k = 0; k < order.length; k++) {
    ranks[order[k]] = k > 0 && ratings[order[k]] === ratings[order[k - 1]] ? ranks[order[k - 1]] : k + 1;
  }
  return ranks;
}

interface ArenaDate {
  date: string;
  keys: string[];
  orgs: (string | null)[];
  licenses: (string | null)[];
  ratings: Float64Array;
}

function arenaDate(seed: number, spec: ScaleSpec["arena"], d: number): ArenaDate {
  const { lo, count } = arenaWindow(spec, d);
  const date = addDays(spec.endDate, -(spec.dates - 1 - d) * spec.everyDays);
  const keys: string[] = [];
  const orgs: (string | null)[] = [];
  const licenses: (string | null)[] = [];
  const ratings = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const m = arenaModel(seed, lo + k);
    keys.push(m.key);
    orgs.push(m.org);
    licenses.push(m.license);
    ratings[k] = Math.round((m.base + 40 * Math.sin((d + lo + k) / 50) + 10 * rand(seed, 5, lo + k, d)) * 100) / 100;
  }
  return { date, keys, orgs, licenses, ratings };
}

function pushArenaRows(
  file: ParquetFile,
  seed: number,
  a: ArenaDate,
  category: string,
  ratings: Float64Array,
  votes: boolean,
) {
  const ranks = ranksOf(ratings);
  for (let k = 0; k < a.keys.length; k++) {
    const half = Math.round((3 + 12 * rand(seed, 6, k, ratings.length)) * 100) / 100;
    file.push([
      a.keys[k],
      a.orgs[k],
      a.licenses[k],
      ratings[k],
      ratings[k] - half,
      ratings[k] + half,
      null,
      votes ? BigInt(500 + Math.floor(50_000 * rand(seed, 7, k, ratings.length))) : null,
      BigInt(ranks[k]),
      category,
      a.date,
    ]);
  }
}

function categoryRatings(seed: number, a: ArenaDate, c: number): Float64Array {
  const out = new Float64Array(a.ratings.length);
  for (let k = 0; k < out.length; k++)
    out[k] = Math.round((a.ratings[k] + 60 * (rand(seed, 8, c, k) - 0.5)) * 100) / 100;
  return out;
}

async function writeArena(root: string, seed: number, spec: ScaleSpec["arena"]) {
  const dir = path.join(root, "datasets/lmarena-ai/leaderboard-dataset/resolve/main/text");
  await mkdir(dir, { recursive: true });
  const full = new ParquetFile(path.join(dir, "full-00000-of-00001.parquet"), ARENA_COLUMNS, spec.rowGroupRows);
  const latest = new ParquetFile(path.join(dir, "latest-00000-of-00001.parquet"), ARENA_COLUMNS, spec.rowGroupRows);
  const categories = CATEGORY_NAMES.slice(0, spec.categories).sort();
  const last = spec.dates - 1;
  // As upstream orders it: every `overall` row by date first, then the other categories by date and name.
  let overallRows = 0;
  for (let d = 0; d < spec.dates; d++) {
    const a = arenaDate(seed, spec, d);
    pushArenaRows(full, seed, a, "overall", a.ratings, true);
    overallRows += a.keys.length;
    if (d === last) pushArenaRows(latest, seed, a, "overall", a.ratings, true);
  }
  for (let d = spec.dates - spec.categoryDates; d < spec.dates; d++) {
    const a = arenaDate(seed, spec, d);
    categories.forEach((name, c) => {
      const ratings = categoryRatings(seed, a, c);
      pushArenaRows(full, seed, a, name, ratings, false);
      if (d === last) pushArenaRows(latest, seed, a, name, ratings, false);
    });
  }
  const fullInfo = await full.close();
  const latestInfo = await latest.close();
  // The dataset-info answer the arena source discovers its configs from: `text` only here.
  await writeJson(root, "api/datasets/lmarena-ai/leaderboard-dataset/revision/main", {
    id: "lmarena-ai/leaderboard-dataset",
    cardData: {
      configs: [
        {
          config_name: "text",
          data_files: [
            { split: "full", path: "text/full-*" },
            { split: "latest", path: "text/latest-*" },
          ],
        },
      ],
    },
  });
  await writeJson(root, "api/datasets/lmarena-ai/leaderboard-dataset/tree/main/text", [
    treeEntry("text/full-00000-of-00001.parquet", fullInfo),
    treeEntry("text/latest-00000-of-00001.parquet", latestInfo),
  ]);
  return {
    dates: spec.dates,
    overallRows,
    categoryRows: fullInfo.rows - overallRows,
    rows: fullInfo.rows,
    fullBytes: fullInfo.size,
    latestRows: latestInfo.rows,
  };
}

// ---- the Open LLM Leaderboard ---------------------------------------------------------------------------------

const HF_COLUMNS: Column[] = [
  ...["eval_name", "Precision", "Type", "Weight type", "Architecture", "Model", "fullname", "Model sha"].map((n) =>
    col(n, "STRING"),
  ),
  col("Average ⬆️", "DOUBLE"),
  col("Hub License", "STRING"),
  col("Hub ❤️", "INT64"),
  col("#Params (B)", "DOUBLE"),
  ...["Available on the hub", "Merged", "MoE", "Flagged", "Chat Template"].map((n) => col(n, "BOOLEAN")),
  ...[
    "CO₂ cost (kg)",
    "IFEval Raw",
    "IFEval",
    "BBH Raw",
    "BBH",
    "MATH Lvl 5 Raw",
    "MATH Lvl 5",
    "GPQA Raw",
    "GPQA",
    "MUSR Raw",
    "MUSR",
    "MMLU-PRO Raw",
    "MMLU-PRO",
  ].map((n) => col(n, "DOUBLE")),
  col("Maintainer's Highlight", "BOOLEAN"),
  col("Upload To Hub Date", "STRING"),
  col("Submission Date", "STRING"),
  col("Generation", "INT64"),
  col("Base Model", "STRING"),
  col("Official Providers", "BOOLEAN"),
];

/** Namespaces with real spellings (attributable) and a long tail of individuals (not attributable). */
const HF_NAMESPACES = [
  "meta-llama",
  "Qwen",
  "mistralai",
  "google",
  "microsoft",
  "deepseek-ai",
  "01-ai",
  "tiiuae",
  "allenai",
  "CohereForAI",
  "internlm",
  "THUDM",
  "nvidia",
  "ibm-granite",
  "HuggingFaceTB",
  "stabilityai",
  "upstage",
  "LGAI-EXAONE",
];
const HF_TYPES = [
  "🟢 pretrained",
  "💬 chat models (RLHF, DPO, IFT, ...)",
  "🔶 fine-tuned on domain-specific datasets",
  "🤝 base merges and moerges",
];
const HF_ARCHS = ["LlamaForCausalLM", "Qwen2ForCausalLM", "MistralForCausalLM", "Gemma2ForCausalLM", "Phi3ForCausalLM"];
const HF_LICENSES = ["apache-2.0", "mit", "llama3.1", "other", "cc-by-nc-4.0", "gemma"];

/** The j-th evaluation ever submitted: the same model and scores in every revision that lists it. */
function hfRowValues(seed: number, j: number): unknown[] {
  const official = rand(seed, 20, j) < 0.05;
  const ns = official
    ? HF_NAMESPACES[Math.floor(rand(seed, 21, j) * HF_NAMESPACES.length)]
    : rand(seed, 22, j) < 0.3
      ? HF_NAMESPACES[Math.floor(rand(seed, 21, j) * HF_NAMESPACES.length)]
      : `user${Math.floor(rand(seed, 23, j) * 5000)}`;
  const params = [0.5, 1.5, 3, 7, 8, 14, 32, 70, 72][Math.floor(rand(seed, 24, j) * 9)];
  const name = `model-${j.toString(36)}-${params}B`;
  const fullname = `${ns}/${name}`;
  const precision = rand(seed, 25, j) < 0.7 ? "bfloat16" : "float16";
  const scores = [0, 1, 2, 3, 4, 5].map((s) => Math.round(80 * rand(seed, 30 + s, j) ** 1.5 * 100) / 100);
  const average = Math.round((scores.reduce((a, b) => a + b, 0) / 6) * 1000) / 1000;
  const merged = !official && rand(seed, 26, j) < 0.2;
  const base =
    merged || rand(seed, 27, j) < 0.3
      ? `${HF_NAMESPACES[Math.floor(rand(seed, 28, j) * 6)]}/base-${params}B`
      : fullname;
  const raw = (x: number) => Math.round((x / 100 + 0.1) * 10_000) / 10_000;
  return [
    `${fullname.replace("/", "_")}_${precision}`,
    precision,
    HF_TYPES[Math.floor(rand(seed, 29, j) * HF_TYPES.length)],
    "Original",
    HF_ARCHS[Math.floor(rand(seed, 36, j) * HF_ARCHS.length)],
    `<a target="_blank" href="https://huggingface.co/${fullname}">${fullname}</a>`,
    fullname,
    sha1(`${seed}:sha:${j}`),
    average,
    HF_LICENSES[Math.floor(rand(seed, 37, j) * HF_LICENSES.length)],
    BigInt(Math.floor(500 * rand(seed, 38, j) ** 4)),
    params,
    true,
    merged,
    rand(seed, 39, j) < 0.05,
    false,
    rand(seed, 40, j) < 0.6,
    Math.round(10 * rand(seed, 41, j) * 100) / 100,
    raw(scores[0]),
    scores[0],
    raw(scores[1]),
    scores[1],
    raw(scores[2]),
    scores[2],
    raw(scores[3]),
    scores[3],
    raw(scores[4]),
    scores[4],
    raw(scores[5]),
    scores[5],
    null,
    "2024-06-26",
    "2024-07-01",
    BigInt(merged ? 1 : 0),
    base,
    official,
  ];
}

export interface HfCommit {
  id: string;
  date: string;
  /** Whether this is its day's last commit (the one a one-per-day backfill keeps). */
  kept: boolean;
}

/** Commits oldest first: `days` days, at least one commit each, the rest spread evenly; times within the day. */
export function hfCommits(seed: number, spec: ScaleSpec["hf"]): HfCommit[] {
  const commits: HfCommit[] = [];
  for (let k = 0; k < spec.days; k++) {
    const day = addDays(spec.endDate, -(spec.days - 1 - k) * spec.everyDays);
    const n = Math.floor(((k + 1) * spec.commits) / spec.days) - Math.floor((k * spec.commits) / spec.days);
    for (let c = 0; c < Math.max(1, n); c++) {
      const seconds = Math.floor(((c + 0.5) / Math.max(1, n)) * 86_000);
      const time = new Date(Date.parse(`${day}T00:00:00Z`) + seconds * 1000).toISOString();
      commits.push({ id: sha1(`${seed}:commit:${k}:${c}`), date: time, kept: c === Math.max(1, n) - 1 });
    }
  }
  return commits;
}

async function writeHf(root: string, seed: number, spec: ScaleSpec["hf"]) {
  const repo = "open-llm-leaderboard/contents";
  const commits = hfCommits(seed, spec);
  let rows = 0;
  let bytes = 0;
  const kept: { id: string; date: string; rows: number }[] = [];
  let dayFile: { rel: string; info: { size: number; sha256: string } } | null = null;
  let dayRows = 0;
  // Within a day, commits before the last link to the last one's file: their content is never read by a backfill
  // that keeps one snapshot per day, and the emulator counts any request for them.
  const byDay = new Map<string, HfCommit[]>();
  for (const c of commits) {
    const day = c.date.slice(0, 10);
    byDay.set(day, [...(byDay.get(day) ?? []), c]);
  }
  // The j-th evaluation is the same row in every revision: computed once.
  const cache: unknown[][] = [];
  const rowOf = (j: number) => (cache[j] ??= hfRowValues(seed, j));
  let k = 0;
  for (const [day, dayCommits] of byDay) {
    const last = dayCommits.at(-1)!;
    const t = spec.days === 1 ? 1 : k / (spec.days - 1);
    dayRows = Math.round(spec.rowsFrom + (spec.rowsTo - spec.rowsFrom) * t);
    const rel = `datasets/${repo}/resolve/${last.id}/data/train-00000-of-00001.parquet`;
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    const file = new ParquetFile(path.join(root, rel), HF_COLUMNS, dayRows);
    for (let j = 0; j < dayRows; j++) file.push(rowOf(j));
    const info = await file.close();
    dayFile = { rel, info };
    rows += dayRows;
    bytes += info.size;
    kept.push({ id: last.id, date: day, rows: dayRows });
    for (const c of dayCommits) {
      await writeJson(root, `api/datasets/${repo}/tree/${c.id}/data`, [
        treeEntry("data/train-00000-of-00001.parquet", info),
      ]);
      if (c === last) continue;
      const link = path.join(root, `datasets/${repo}/resolve/${c.id}/data/train-00000-of-00001.parquet`);
      await mkdir(path.dirname(link), { recursive: true });
      await symlink(path.relative(path.dirname(link), path.join(root, rel)), link);
    }
    k++;
  }
  // main: the newest revision.
  await writeJson(root, `api/datasets/${repo}/tree/main/data`, [
    treeEntry("data/train-00000-of-00001.parquet", dayFile!.info),
  ]);
  const mainLink = path.join(root, `datasets/${repo}/resolve/main/data/train-00000-of-00001.parquet`);
  await mkdir(path.dirname(mainLink), { recursive: true });
  await symlink(path.relative(path.dirname(mainLink), path.join(root, dayFile!.rel)), mainLink);
  // The commit list, newest first, in the Hub API's shape (the emulator pages it).
  const list = [...commits].reverse().map((c) => ({
    id: c.id,
    title: "Upload dataset",
    message: "",
    authors: [{ user: "open-llm-leaderboard" }],
    date: c.date,
  }));
  await writeJson(root, `api/datasets/${repo}/commits/main`, list);
  return { days: spec.days, commits: commits.length, rows, bytes, kept, lastDayRows: dayRows };
}

// ---- the whole tree -------------------------------------------------------------------------------------------

export interface ScaleManifest {
  version: number;
  seed: number;
  spec: ScaleSpec;
  generatedMs: number;
  arena: Awaited<ReturnType<typeof writeArena>>;
  hf: Awaited<ReturnType<typeof writeHf>>;
}

const MANIFEST = "scale-manifest.json";

/** Reads a finished tree's manifest when it was made from the same spec, seed and generator version. */
export async function readManifest(root: string, spec: ScaleSpec, seed: number): Promise<ScaleManifest | null> {
  try {
    const m = JSON.parse(await readFile(path.join(root, MANIFEST), "utf8")) as ScaleManifest;
    return m.version === GENERATOR_VERSION && m.seed === seed && JSON.stringify(m.spec) === JSON.stringify(spec)
      ? m
      : null;
  } catch {
    return null;
  }
}

/** Writes the whole tree under `root` (emptied first); the manifest is written last, so its presence means done. */
export async function generateScaleData(root: string, spec: ScaleSpec, seed = 1): Promise<ScaleManifest> {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const t0 = performance.now();
  const arena = await writeArena(root, seed, spec.arena);
  const hf = await writeHf(root, seed, spec.hf);
  const manifest: ScaleManifest = {
    version: GENERATOR_VERSION,
    seed,
    spec,
    generatedMs: Math.round(performance.now() - t0),
    arena,
    hf,
  };
  await writeFile(path.join(root, MANIFEST), JSON.stringify(manifest, null, 1));
  return manifest;
}
