// Checks a decoded bundle against the target database's own columns before anything is written, and turns
// it into the ingest's SourceSnapshot shape. Every problem names the line, the snapshot, the entry and the column.
import { z } from "zod";
import type { BoardSlug } from "@/lib/boards";
import type { SourceRow, SourceSnapshot } from "@/lib/sources/types";
import { fieldOf, type ColumnInfo, type ColumnKind, type TableColumns, type BundleTable } from "./columns";
import { BundleError, modelsLine, snapshotLine, tablesLine, type DecodedBundle } from "./format";

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
    if (!col) throw new BundleError(`the bundle carries column ${table}.${n}, which this database does not have (is the bundle newer than this release?)`);
    return col;
  });
  const missing = target[table].filter((c) => !c.nullable && !c.hasDefault && !names.includes(c.name));
  if (missing.length) {
    throw new BundleError(`the bundle lacks the required column(s) ${missing.map((c) => `${table}.${c.name}`).join(", ")}`);
  }
  return cols;
}

function zodProblem(err: z.ZodError): string {
  const issue = err.issues[0];
  return `${issue.path.join(".") || "line"}: ${issue.message}`;
}

export interface PlannedImport {
  snapshots: SourceSnapshot[];
  models: Record<string, number>;
}

/** Validates every line of a decoded bundle and returns the snapshots to write. Throws BundleError. */
export function planImport(decoded: DecodedBundle, target: TableColumns, boards: ReadonlySet<string>): PlannedImport {
  const [first, ...rest] = decoded.body;
  const tables = tablesLine.safeParse(first);
  if (!tables.success) throw new BundleError(`line 2: expected the tables line, ${zodProblem(tables.error)}`);
  const cols = {
    snapshot: matchColumns("snapshot", tables.data.snapshot, target),
    model: matchColumns("model", tables.data.model, target),
    entry: matchColumns("entry", tables.data.entry, target),
  };
  const check = { snapshot: rowChecker(cols.snapshot), model: rowChecker(cols.model), entry: rowChecker(cols.entry) };
  const fields = { model: cols.model.map((c) => fieldOf(c.name)), entry: cols.entry.map((c) => fieldOf(c.name)) };
  const col = (table: BundleTable, name: string) => cols[table].findIndex((c) => c.name === name);
  const keyAt = col("model", "key");
  const dateAt = col("snapshot", "date");
  const sourceRefAt = col("snapshot", "source_ref");
  const hashAt = col("snapshot", "content_hash");
  if (keyAt < 0 || dateAt < 0) throw new BundleError("the bundle lacks model.key or snapshot.date");

  const modelsOf = new Map<string, Record<string, unknown>[]>();
  const seenSnapshots = new Set<string>();
  const snapshots: SourceSnapshot[] = [];
  rest.forEach((raw, i) => {
    const lineNo = i + 3;
    const kind = (raw as { kind?: unknown })?.kind;
    if (kind === "models") {
      const line = modelsLine.safeParse(raw);
      if (!line.success) throw new BundleError(`line ${lineNo}: ${zodProblem(line.error)}`);
      const { board, rows } = line.data;
      if (!boards.has(board)) throw new BundleError(`line ${lineNo}: unknown board "${board}"`);
      if (modelsOf.has(board)) throw new BundleError(`line ${lineNo}: a second models line for ${board}`);
      const keys = new Set<string>();
      const models = rows.map((values, r) => {
        const problem = check.model(values);
        if (problem) throw new BundleError(`line ${lineNo} (models of ${board}), model ${r}: ${problem}`);
        const key = values[keyAt] as string;
        if (keys.has(key)) throw new BundleError(`line ${lineNo} (models of ${board}): model key "${key}" appears twice`);
        keys.add(key);
        const model: Record<string, unknown> = {};
        fields.model.forEach((f, j) => (model[f] = values[j]));
        return model;
      });
      modelsOf.set(board, models);
      return;
    }
    if (kind !== "snapshot") throw new BundleError(`line ${lineNo}: unknown line kind ${describeValue(kind)}`);
    const line = snapshotLine.safeParse(raw);
    if (!line.success) throw new BundleError(`line ${lineNo}: ${zodProblem(line.error)}`);
    const { board, values, entries } = line.data;
    const models = modelsOf.get(board);
    if (!models) throw new BundleError(`line ${lineNo}: snapshot of ${board} comes before that board's models line`);
    const snapProblem = check.snapshot(values);
    if (snapProblem) throw new BundleError(`line ${lineNo} (a snapshot of ${board}): ${snapProblem}`);
    const date = values[dateAt] as string;
    const where = `line ${lineNo} (snapshot ${board} ${date})`;
    if (seenSnapshots.has(`${board} ${date}`)) throw new BundleError(`${where}: this snapshot appears twice`);
    seenSnapshots.add(`${board} ${date}`);
    const used = new Set<number>();
    const rows = entries.map(([index, ...entryValues], e) => {
      if (typeof index !== "number" || !Number.isInteger(index) || index < 0 || index >= models.length) {
        throw new BundleError(`${where}, entry ${e}: model index ${describeValue(index)} is not one of the ${models.length} models`);
      }
      const model = models[index];
      const entryWhere = `${where}, entry ${e} (model "${String(model.key)}")`;
      if (used.has(index)) throw new BundleError(`${entryWhere}: the model appears twice in this snapshot`);
      used.add(index);
      const problem = check.entry(entryValues);
      if (problem) throw new BundleError(`${entryWhere}: ${problem}`);
      const row: Record<string, unknown> = { ...model };
      fields.entry.forEach((f, j) => (row[f] = entryValues[j]));
      return row as unknown as SourceRow;
    });
    snapshots.push({
      board: board as BoardSlug,
      date,
      sourceRef: values[sourceRefAt] as string,
      contentHash: values[hashAt] as string,
      rows,
    });
  });
  const models = Object.fromEntries([...modelsOf].map(([b, m]) => [b, m.length]));
  return { snapshots, models };
}
