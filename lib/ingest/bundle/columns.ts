// Which columns of the store a history bundle carries. The bundle is generic over the store: it carries
// every column of the data tables except the database-local ones below (surrogate ids, run links, timestamps
// and attribution, which the registry derives again after import). A column added by a later migration is
// carried without touching this file, as long as the ingest writer (lib/ingest/store.ts) writes it.
import type pg from "pg";

export const BUNDLE_TABLES = ["snapshot", "model", "entry", "category_entry", "price_snapshot", "price"] as const;
export type BundleTable = (typeof BUNDLE_TABLES)[number];

/** Columns that only mean something inside one database, or that the bundle's layout already says. */
const LOCAL: Record<BundleTable, readonly string[]> = {
  // board_slug is the bundle line's board; entry_count is the number of entries.
  snapshot: ["id", "board_slug", "ingest_run_id", "created_at", "entry_count"],
  model: ["id", "board_slug", "developer_org_id", "developer_why", "base_org_id", "base_why"],
  entry: ["snapshot_id", "model_id"],
  category_entry: ["snapshot_id", "model_id"],
  price_snapshot: ["id", "ingest_run_id", "created_at", "entry_count"],
  price: ["price_snapshot_id"],
};

/** The value kinds a carried column can hold, from its PostgreSQL type. */
export type ColumnKind = "int" | "float" | "text" | "bool" | "json" | "date" | "timestamp" | "text[]";

export interface ColumnInfo {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
  /** Whether the database fills it when omitted (a DEFAULT). */
  hasDefault: boolean;
}

export type TableColumns = Record<BundleTable, ColumnInfo[]>;

function kindOf(dataType: string, udtName: string): ColumnKind {
  switch (dataType) {
    case "integer":
    case "smallint":
    case "bigint":
      return "int";
    case "double precision":
    case "real":
    case "numeric":
      return "float";
    case "boolean":
      return "bool";
    case "json":
    case "jsonb":
      return "json";
    case "date":
      return "date";
    case "timestamp with time zone":
    case "timestamp without time zone":
      return "timestamp";
    case "ARRAY":
      return udtName === "_text" ? "text[]" : "text";
    default:
      return "text";
  }
}

/** The carried columns of each bundle table, in the database's column order. */
export async function carriedColumns(client: pg.ClientBase): Promise<TableColumns> {
  const { rows } = await client.query<{
    table_name: BundleTable;
    column_name: string;
    data_type: string;
    udt_name: string;
    is_nullable: "YES" | "NO";
    column_default: string | null;
  }>(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
     FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = ANY($1::text[])
     ORDER BY table_name, ordinal_position`,
    [BUNDLE_TABLES],
  );
  const out = Object.fromEntries(BUNDLE_TABLES.map((t) => [t, []])) as unknown as TableColumns;
  for (const r of rows) {
    if (LOCAL[r.table_name].includes(r.column_name)) continue;
    out[r.table_name].push({
      name: r.column_name,
      kind: kindOf(r.data_type, r.udt_name),
      nullable: r.is_nullable === "YES",
      hasDefault: r.column_default !== null,
    });
  }
  return out;
}

/** snake_case column to the camelCase field the ingest writer reads (rank_official → rankOfficial). */
export const fieldOf = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The SQL expression that reads a column in a stable, portable text form where needed. */
export function selectExpr(alias: string, col: ColumnInfo): string {
  const ref = `${alias}."${col.name}"`;
  if (col.kind === "date") return `to_char(${ref}, 'YYYY-MM-DD')`;
  if (col.kind === "timestamp") return `to_char(${ref} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return ref;
}
