// Checks a decoded bundle against the target database's own columns before anything is written, and turns
// it into the shapes the ingest's writers take (SourceSnapshot, PriceTable). Every problem names the line, the
// snapshot, the entry and the column.
import { z } from "zod";
import { isBoardSlugShape, type BoardSlug } from "@/lib/boards/info";
import type { PriceRow, PriceTable } from "@/lib/sources/arena-prices";
import type { SourceRow, SourceSnapshot } from "@/lib/sources/types";
import {
  BUNDLE_TABLES,
  fieldOf,
  type BundleTable,
  type ColumnInfo,
  type ColumnKind,
  type TableColumns,
} from "@/lib/ingest/bundle/columns";
import {
  BundleError,
  modelsLine,
  pricesLine,
  snapshotLine,
  tablesLine,
  type DecodedBundle,
} from "@/lib/ingest/bundle/format";

const KIND_SCHEMA: Record<ColumnKind, z.ZodType<unknown>> = {
  int: z.number().int(),
  float: z.number(),
  text: z.string(),
  bool: z.boolean(),
  // The line was parsed from JSON, so any value in it is valid JSON.
  json: z.unknown(),
  date: z.iso.date(),
  timestamp: z.iso.datetime(),
  "text[]": z.array(z.string()),
};

function describeValue(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** One zod tuple per table, built from the target's columns: a row is checked in one pass. */
function rowSchema(cols: readonly ColumnInfo[]) {
  const items = cols.map((c) => (c.nullable ? KIND_SCHEMA[c.kind].nullable() : KIND_SCHEMA[c.kind]));
  return z.tuple(items as [z.ZodType<unknown>, ...z.ZodType<unknown>[]]);
}

type RowCheck = (values: readonly unknown[]) => string | null;

/** A checker for rows of values against the columns; it returns the problem, or null. */
function rowChecker(cols: readonly ColumnInfo[]): RowCheck {
  const schema = rowSchema(cols);
  return (values) => {
    if (values.length !== cols.length) return `has ${values.length} values, expected ${cols.length}`;
    const check = schema.safeParse(values);
    if (check.success) return null;
    const issue = check.error.issues[0];
    const col = cols[Number(issue.path[0])];
    const v = values[Number(issue.path[0])];
    if (v === null) return `column ${col.name} is null but may not be`;
    return `column ${col.name}: expected ${col.kind}, got ${describeValue(v)}`;
  };
}

/** Maps the bundle's column list onto the target's columns, refusing columns the target lacks. */
function matchColumns(table: BundleTable, names: readonly string[], target: TableColumns): ColumnInfo[] {
  const byName = new Map(target[table].map((c) => [c.name, c]));
  const cols = names.map((n) => {
    const col = byName.get(n);
    if (!col)
      throw new BundleError(
        `the bundle carries column ${table}.${n}, which this database does not have (is the bundle newer than this release?)`,
      );
    return col;
  });
  const missing = target[table].filter((c) => !c.nullable && !c.hasDefault && !names.includes(c.name));
  if (missing.length) {
    throw new BundleError(
      `the bundle lacks the required column(s) ${missing.map((c) => `${table}.${c.name}`).join(", ")}`,
    );
  }
  return cols;
}

function zodProblem(err: z.ZodError): string {
  const issue = err.issues[0];
  return `${issue.path.join(".") || "line"}: ${issue.message}`;
}

export interface PlannedImport {
  snapshots: SourceSnapshot[];
  prices: PriceTable[];
  models: Record<string, number>;
}

/**
 * Validates every line of a decoded bundle and returns what to write. Throws BundleError. A bundle may carry any
 * board (one upstream added after this release included): the import lists a board it stores, as ingest does.
 */
export function planImport(decoded: DecodedBundle, target: TableColumns): PlannedImport {
  const [first, ...rest] = decoded.body;
  const tables = tablesLine.safeParse(first);
  if (!tables.success) throw new BundleError(`line 2: expected the tables line, ${zodProblem(tables.error)}`);
  const cols = Object.fromEntries(BUNDLE_TABLES.map((t) => [t, matchColumns(t, tables.data[t], target)])) as Record<
    BundleTable,
    ColumnInfo[]
  >;
  const check = Object.fromEntries(BUNDLE_TABLES.map((t) => [t, rowChecker(cols[t])])) as Record<BundleTable, RowCheck>;
  const fields = Object.fromEntries(BUNDLE_TABLES.map((t) => [t, cols[t].map((c) => fieldOf(c.name))])) as Record<
    BundleTable,
    string[]
  >;
  // Plain loops: building 100k+ row objects with spread and forEach was 20× slower here.
  const toObject = (table: BundleTable, values: readonly unknown[], base?: Record<string, unknown>) => {
    const into: Record<string, unknown> = {};
    if (base) for (const k in base) into[k] = base[k];
    const names = fields[table];
    for (let j = 0; j < names.length; j++) into[names[j]] = values[j];
    return into;
  };
  const col = (table: BundleTable, name: string) => cols[table].findIndex((c) => c.name === name);
  const keyAt = col("model", "key");
  const dateAt = col("snapshot", "date");
  const categoryAt = col("category_entry", "category");
  const priceKeyAt = col("price", "model_key");
  if (keyAt < 0 || dateAt < 0 || categoryAt < 0)
    throw new BundleError("the bundle lacks model.key, snapshot.date or category_entry.category");

  const modelsOf = new Map<string, Record<string, unknown>[]>();
  const seen = new Set<string>();
  const snapshots: SourceSnapshot[] = [];
  const prices: PriceTable[] = [];

  /** Rows that name a model by index: checks the index, uniqueness and the values; returns model + row fields. */
  const rowsWithModels = (
    where: string,
    table: "entry" | "category_entry",
    raw: unknown[][],
    models: Record<string, unknown>[],
    identity: (values: unknown[]) => string,
  ) => {
    const used = new Set<string>();
    return raw.map(([index, ...values], e) => {
      const what = table === "entry" ? "entry" : "category entry";
      if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= models.length) {
        throw new BundleError(
          `${where}, ${what} ${e}: model index ${describeValue(index)} is not one of the ${models.length} models`,
        );
      }
      const model = models[index];
      const rowWhere = `${where}, ${what} ${e} (model "${String(model.key)}")`;
      const problem = check[table](values);
      if (problem) throw new BundleError(`${rowWhere}: ${problem}`);
      const id = `${identity(values)} ${index}`;
      if (used.has(id)) throw new BundleError(`${rowWhere}: the model appears twice`);
      used.add(id);
      return toObject(table, values, model) as unknown as SourceRow & { category?: string };
    });
  };

  rest.forEach((raw, i) => {
    const lineNo = i + 3;
    const kind = (raw as { kind?: unknown })?.kind;
    if (kind === "models") {
      const line = modelsLine.safeParse(raw);
      if (!line.success) throw new BundleError(`line ${lineNo}: ${zodProblem(line.error)}`);
      const { board, rows } = line.data;
      if (!isBoardSlugShape(board))
        throw new BundleError(`line ${lineNo}: "${board.slice(0, 60)}" is not a board slug`);
      if (modelsOf.has(board)) throw new BundleError(`line ${lineNo}: a second models line for ${board}`);
      const keys = new Set<string>();
      modelsOf.set(
        board,
        rows.map((values, r) => {
          const problem = check.model(values);
          if (problem) throw new BundleError(`line ${lineNo} (models of ${board}), model ${r}: ${problem}`);
          const key = values[keyAt] as string;
          if (keys.has(key))
            throw new BundleError(`line ${lineNo} (models of ${board}): model key "${key}" appears twice`);
          keys.add(key);
          return toObject("model", values);
        }),
      );
      return;
    }
    if (kind === "snapshot") {
      const line = snapshotLine.safeParse(raw);
      if (!line.success) throw new BundleError(`line ${lineNo}: ${zodProblem(line.error)}`);
      const { board, values, entries, categories } = line.data;
      const models = modelsOf.get(board);
      if (!models) throw new BundleError(`line ${lineNo}: snapshot of ${board} comes before that board's models line`);
      const problem = check.snapshot(values);
      if (problem) throw new BundleError(`line ${lineNo} (a snapshot of ${board}): ${problem}`);
      const snap = toObject("snapshot", values);
      const where = `line ${lineNo} (snapshot ${board} ${String(snap.date)})`;
      if (seen.has(`${board} ${String(snap.date)}`)) throw new BundleError(`${where}: this snapshot appears twice`);
      seen.add(`${board} ${String(snap.date)}`);
      const rows = rowsWithModels(where, "entry", entries, models, () => "");
      const categoryRows = rowsWithModels(where, "category_entry", categories, models, (v) => String(v[categoryAt]));
      const byCategory = new Map<string, SourceRow[]>();
      for (const r of categoryRows) {
        const list = byCategory.get(r.category!);
        if (list) list.push(r);
        else byCategory.set(r.category!, [r]);
      }
      snapshots.push({
        ...(snap as unknown as Pick<SourceSnapshot, "date" | "sourceRef" | "contentHash">),
        board: board as BoardSlug,
        rows,
        categories: [...byCategory].map(([category, list]) => ({ category, rows: list })),
      });
      return;
    }
    if (kind === "prices") {
      const line = pricesLine.safeParse(raw);
      if (!line.success) throw new BundleError(`line ${lineNo}: ${zodProblem(line.error)}`);
      const problem = check.price_snapshot(line.data.values);
      if (problem) throw new BundleError(`line ${lineNo} (a price snapshot): ${problem}`);
      const table = toObject("price_snapshot", line.data.values) as unknown as Omit<PriceTable, "rows">;
      const where = `line ${lineNo} (price snapshot ${table.source} ${table.date})`;
      if (seen.has(`prices ${table.source} ${table.date}`))
        throw new BundleError(`${where}: this price snapshot appears twice`);
      seen.add(`prices ${table.source} ${table.date}`);
      const keys = new Set<string>();
      const rows = line.data.rows.map((values, r) => {
        const rowProblem = check.price(values);
        if (rowProblem) throw new BundleError(`${where}, price ${r}: ${rowProblem}`);
        const key = String(values[priceKeyAt]);
        if (keys.has(key)) throw new BundleError(`${where}, price ${r}: model "${key}" appears twice`);
        keys.add(key);
        return toObject("price", values) as unknown as PriceRow;
      });
      prices.push({ ...table, rows });
      return;
    }
    throw new BundleError(`line ${lineNo}: unknown line kind ${describeValue(kind)}`);
  });
  const models = Object.fromEntries([...modelsOf].map(([b, m]) => [b, m.length]));
  return { snapshots, prices, models };
}
