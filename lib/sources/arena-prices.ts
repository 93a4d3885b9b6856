// LMArena's catalog price table (lmarena/arena-catalog, data/scatterplot-data.json): one price per model per version.
// Its history is the file's commit list (GitHub's REST API, GITHUB_API_ENDPOINT): every version not stored yet becomes
// a price snapshot dated by its commit, read from the raw files at that commit (ARENA_CATALOG_ENDPOINT). When the
// commit list cannot be read, the current table (main) is stored instead, dated by the day it was read, and the run
// says what failed.
import { createHash } from "node:crypto";
import { z } from "zod";
import { getJson, getJsonPages, hubUrl, type HubOptions } from "@/lib/sources/hub";
import { formatValue } from "@/lib/sources/parquet";
import type { PlanContext, Source } from "@/lib/sources/source";
import { SourceError } from "@/lib/sources/types";

export const DEFAULT_CATALOG_ENDPOINT = "https://raw.githubusercontent.com";
export const DEFAULT_GITHUB_API_ENDPOINT = "https://api.github.com";
export const PRICES_REPO = "lmarena/arena-catalog";
export const PRICES_FILE = "data/scatterplot-data.json";
/** The current table: the file on the default branch. A snapshot with this ref was dated by the day it was read. */
export const PRICES_PATH = `${PRICES_REPO}/main/${PRICES_FILE}`;
/** The file as it stood at one commit: a snapshot with such a ref is dated by that commit. */
export const pricesPathAt = (sha: string) => `${PRICES_REPO}/${sha}/${PRICES_FILE}`;
/** The commit list, under the GitHub API base; over http(s) with `?path=<file>&per_page=100` (PRICES_COMMITS_QUERY). */
export const PRICES_COMMITS_PATH = `repos/${PRICES_REPO}/commits`;
export const PRICES_COMMITS_QUERY = `path=${encodeURIComponent(PRICES_FILE)}&per_page=100`;
export const PRICES_SOURCE = "lmarena-prices";

/** The commit a price snapshot's sourceRef names, or null for a table read from main (dated by the day it was read). */
export function priceRefCommit(sourceRef: string): string | null {
  const m = /^lmarena\/arena-catalog\/([0-9a-f]{40}|[0-9a-f]{64})\/data\/scatterplot-data\.json$/.exec(sourceRef);
  return m ? m[1] : null;
}

/** USD per million tokens, sent as a string ("2.5") or a number; "" means listed without a price. */
const price = z
  .union([z.number(), z.string(), z.null()], { error: "is not a price (a number or a numeric string)" })
  .transform((v, ctx) => {
    if (v === null) return null;
    const text = typeof v === "string" ? v.trim() : null;
    if (text === "" || text?.toLowerCase() === "n/a") return null;
    const n = typeof v === "number" ? v : Number(text);
    if (!Number.isFinite(n) || n < 0) {
      ctx.addIssue({ code: "custom", message: "is not a price (a non-negative number)" });
      return z.NEVER;
    }
    return n;
  });
const text = z
  .string()
  .nullish()
  .transform((s) => (s == null || s.trim() === "" ? null : s));

export const priceRowSchema = z.object({
  name: z.string().min(1),
  model_api_name: z.string().min(1),
  input_token_price: price.optional().transform((v) => v ?? null),
  output_token_price: price.optional().transform((v) => v ?? null),
  organization: text,
  license: text,
  price_source: text,
  model_source: text,
  hidden: z
    .boolean()
    .nullish()
    .transform((v) => v ?? null),
});

export interface PriceRow {
  /** Arena model key (`model_api_name`), as in the arena's `model_name`. */
  modelKey: string;
  name: string;
  organization: string | null;
  license: string | null;
  /** USD per million input tokens; null when listed without a price. */
  inputPrice: number | null;
  outputPrice: number | null;
  priceSource: string | null;
  modelSource: string | null;
  hidden: boolean | null;
}

export interface PriceTable {
  source: string;
  /** YYYY-MM-DD: the day of the commit of this version, or the day the table was read (sourceRef on main). */
  date: string;
  sourceRef: string;
  contentHash: string;
  rows: PriceRow[];
}

/** Validates the whole table; one error names the file, the first bad row, its field and value, and counts the rest. */
export function parsePriceTable(data: unknown, file: string): PriceRow[] {
  if (!Array.isArray(data)) throw new SourceError(`${file}: expected a JSON array of models`, "data");
  const rows: PriceRow[] = [];
  const seen = new Set<string>();
  let first: string | null = null;
  let rejected = 0;
  data.forEach((raw, index) => {
    const result = priceRowSchema.safeParse(raw);
    if (!result.success) {
      rejected += 1;
      if (first === null) {
        const issue = result.error.issues[0];
        const field = issue.path.length ? String(issue.path[0]) : "(row)";
        const value =
          issue.path.length && raw && typeof raw === "object" ? (raw as Record<string, unknown>)[field] : raw;
        first = `${file}: row ${index}: field "${field}" ${issue.message} (value: ${formatValue(value)})`;
      }
      return;
    }
    const r = result.data;
    if (seen.has(r.model_api_name)) {
      rejected += 1;
      first ??= `${file}: row ${index}: model_api_name "${r.model_api_name}" is listed twice`;
      return;
    }
    seen.add(r.model_api_name);
    rows.push({
      modelKey: r.model_api_name,
      name: r.name,
      organization: r.organization,
      license: r.license,
      inputPrice: r.input_token_price,
      outputPrice: r.output_token_price,
      priceSource: r.price_source,
      modelSource: r.model_source,
      hidden: r.hidden,
    });
  });
  if (first !== null) {
    const more = rejected > 1 ? ` (and ${rejected - 1} more invalid row${rejected > 2 ? "s" : ""})` : "";
    const error = new SourceError(`${first}${more}`, "data");
    error.rejectedRows = rejected;
    throw error;
  }
  return rows.sort((a, b) => (a.modelKey < b.modelKey ? -1 : a.modelKey > b.modelKey ? 1 : 0));
}

export function priceTableHash(rows: readonly PriceRow[]): string {
  return createHash("sha256").update(JSON.stringify(rows)).digest("hex");
}

/** One version of the price table: a commit that touched the file, dated by its author date (UTC day). */
export interface PriceVersion {
  sha: string;
  /** YYYY-MM-DD (UTC) of the commit's author date. */
  date: string;
  /** The author date, ms since the epoch. */
  time: number;
  message: string;
}

const gitDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), "not a date");
const commitSchema = z.object({
  // A git commit id: 40 (SHA-1) or 64 (SHA-256) hex digits. Anything else (`..`, a path) never reaches a URL.
  sha: z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, "not a hex commit id"),
  commit: z.object({
    author: z.object({ date: gitDate }),
    committer: z.object({ date: gitDate }).nullish(),
    message: z.string().nullish(),
  }),
});

/**
 * Parses GitHub's commit list (`GET /repos/{owner}/{repo}/commits?path=…`, newest first) into the versions of the
 * file, oldest first: one per UTC day of the author date, the day's last commit (a later same-day commit replaces
 * the earlier ones, as upstream's own revert and fix-up commits do). The author date is when the change was made; a
 * rebase moves the committer date only. Throws a SourceError naming the first bad entry.
 */
export function parsePriceCommits(data: readonly unknown[], url: string): PriceVersion[] {
  const commits = data.map((entry, index) => {
    const parsed = commitSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new SourceError(
        `unexpected commit ${index} in the commit list ${url}: ${issue.path.join(".") || "(entry)"} ${issue.message}`,
        "data",
        url,
      );
    }
    const { sha, commit } = parsed.data;
    const time = Date.parse(commit.author.date);
    return { sha, time, date: new Date(time).toISOString().slice(0, 10), message: commit.message ?? "" };
  });
  // The API lists newest first; reverse, then a stable sort keeps same-instant commits in history order.
  const ordered = commits.reverse().sort((a, b) => a.time - b.time);
  const lastOfDay = new Map<string, PriceVersion>();
  for (const c of ordered) {
    lastOfDay.delete(c.date);
    lastOfDay.set(c.date, c);
  }
  return [...lastOfDay.values()];
}

/** The commit list's URL: over http(s) the query asks for the price file's commits; a file:// mirror has no query. */
export function priceCommitsUrl(endpoint: string | undefined): string {
  const url = hubUrl(endpoint ?? DEFAULT_GITHUB_API_ENDPOINT, PRICES_COMMITS_PATH);
  return /^file:/i.test(url) ? url : `${url}?${PRICES_COMMITS_QUERY}`;
}

/** Every version of the price table upstream lists, oldest first (Link pagination followed). */
export async function listPriceVersions(github: HubOptions): Promise<PriceVersion[]> {
  const url = priceCommitsUrl(github.endpoint);
  const versions = parsePriceCommits(await getJsonPages(url, github), url);
  if (versions.length === 0)
    throw new SourceError(`the commit list ${url} names no commit of ${PRICES_FILE}`, "data", url);
  return versions;
}

/** What to do when the commit list cannot be read, by what went wrong. */
function commitListAdvice(err: unknown, github: HubOptions): string {
  const message = err instanceof Error ? err.message : String(err);
  const file = /^file:/i.test(github.endpoint ?? "");
  if (file) return "check that GITHUB_API_ENDPOINT points at a mirror holding repos/lmarena/arena-catalog/commits";
  if (/HTTP 40[13]\b|HTTP 429\b/.test(message))
    return github.token
      ? "GitHub refused the request or its rate limit is spent: check GITHUB_TOKEN, or run the ingest again later"
      : "GitHub allows 60 requests an hour without a token: set GITHUB_TOKEN, or run the ingest again later";
  return "check GITHUB_API_ENDPOINT and the network, then run the ingest again (npm run ingest -- --source lmarena-prices)";
}

/** A price source item: a commit's version, or (sha null) the current table, dated by the day it is read. */
export interface PriceItem {
  date: string;
  sha: string | null;
}

function currentTableItems(ctx: PlanContext): PriceItem[] {
  if (ctx.stored.some((s) => s.date === ctx.today)) {
    ctx.note(`price table already read today (${ctx.today})`);
    return [];
  }
  return [{ date: ctx.today, sha: null }];
}

/**
 * Every version of the price table not stored yet, dated by its commit; versions already stored (by commit, or a
 * snapshot on the same date) are not fetched again, so a run that stops resumes where it stopped. Without a GitHub
 * API base, or when the commit list cannot be read, today's table from main, unless today's is stored. Unchanged
 * tables are skipped by ingest (skipUnchanged).
 */
export const arenaPriceSource: Source<PriceItem> = {
  key: PRICES_SOURCE,
  board: null,
  store: "prices",
  skipUnchanged: true,
  async plan(ctx) {
    const github = ctx.endpoints.github;
    if (!github) {
      ctx.note("no GitHub API base given: reading the current price table only");
      return currentTableItems(ctx);
    }
    let versions: PriceVersion[];
    try {
      versions = await listPriceVersions(github);
    } catch (err) {
      const what = err instanceof Error ? err.message : String(err);
      const warn = ctx.warn ?? ctx.note;
      warn(
        `reading the price table's history failed: ${what}. To fix: ${commitListAdvice(err, github)}. ` +
          `The current table (main) is read instead, dated by today.`,
      );
      return currentTableItems(ctx);
    }
    const haveCommits = new Set(ctx.stored.map((s) => priceRefCommit(s.sourceRef)));
    const haveDates = new Set(ctx.stored.map((s) => s.date));
    const todo = versions.filter((v) => !haveCommits.has(v.sha) && !haveDates.has(v.date));
    ctx.note(
      `${versions.length} versions of ${PRICES_FILE} upstream (${versions[0].date} … ${versions.at(-1)!.date}), ` +
        `${todo.length} not stored yet`,
    );
    return todo.map((v) => ({ date: v.date, sha: v.sha }));
  },
  async load(item, ctx) {
    const catalog = ctx.endpoints.catalog ?? { endpoint: DEFAULT_CATALOG_ENDPOINT };
    const ref = item.sha === null ? PRICES_PATH : pricesPathAt(item.sha);
    const url = hubUrl(catalog.endpoint ?? DEFAULT_CATALOG_ENDPOINT, ref);
    let rows: PriceRow[];
    try {
      const { data } = await getJson(url, catalog);
      rows = parsePriceTable(data, ref);
    } catch (err) {
      // A version that does not parse is left out with the reason; the others still land. A network failure fails
      // the item (the run says so) and it is tried again on the next run.
      if (item.sha !== null && err instanceof SourceError && err.kind === "data")
        return { kind: "skip", date: item.date, reason: `version ${item.sha} left out: ${err.message}`, note: true };
      throw err;
    }
    return {
      kind: "prices",
      table: {
        source: PRICES_SOURCE,
        date: item.date,
        sourceRef: ref,
        contentHash: priceTableHash(rows),
        rows,
      },
    };
  },
};
