// LMArena's catalog price table (lmarena/arena-catalog, data/scatterplot-data.json): one price per model, with no
// history upstream, so each run that finds a changed table stores it as a price snapshot dated by the day it was read.
import { createHash } from "node:crypto";
import { z } from "zod";
import { getJson, hubUrl } from "@/lib/sources/hub";
import { formatValue } from "@/lib/sources/parquet";
import type { Source } from "@/lib/sources/source";
import { SourceError } from "@/lib/sources/types";

export const DEFAULT_CATALOG_ENDPOINT = "https://raw.githubusercontent.com";
export const PRICES_PATH = "lmarena/arena-catalog/main/data/scatterplot-data.json";
export const PRICES_SOURCE = "lmarena-prices";

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
  /** YYYY-MM-DD: the day the table was read. */
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

/** One item per run: today's table, unless today's is already stored. Unchanged tables are skipped by ingest. */
export const arenaPriceSource: Source<{ date: string }> = {
  key: PRICES_SOURCE,
  board: null,
  store: "prices",
  skipUnchanged: true,
  async plan(ctx) {
    if (ctx.stored.some((s) => s.date === ctx.today)) {
      ctx.note(`price table already read today (${ctx.today})`);
      return [];
    }
    return [{ date: ctx.today }];
  },
  async load(item, ctx) {
    const catalog = ctx.endpoints.catalog ?? { endpoint: DEFAULT_CATALOG_ENDPOINT };
    const url = hubUrl(catalog.endpoint ?? DEFAULT_CATALOG_ENDPOINT, PRICES_PATH);
    const { data } = await getJson(url, catalog);
    const rows = parsePriceTable(data, PRICES_PATH);
    return {
      kind: "prices",
      table: {
        source: PRICES_SOURCE,
        date: item.date,
        sourceRef: PRICES_PATH,
        contentHash: priceTableHash(rows),
        rows,
      },
    };
  },
};
