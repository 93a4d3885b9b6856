// Reads a database's history into bundle lines: every board's models and snapshots, in a fixed order and
// with no database-local ids, so two databases holding the same data give byte-identical bundles.
import type pg from "pg";
import { carriedColumns, selectExpr, type ColumnInfo } from "./columns";
import { encodeBundle, type BodyLine } from "./format";

export interface ExportSummary {
  boards: { board: string; models: number; snapshots: number; entries: number }[];
  bytes: number;
}

/** Compares as the C locale does, whatever the database's collation. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function normalise(value: unknown, col: ColumnInfo): unknown {
  if (value === null || value === undefined) return null;
  if (col.kind === "int" || col.kind === "float") return typeof value === "number" ? value : Number(value);
  return value;
}

export async function exportLines(client: pg.ClientBase): Promise<{ lines: BodyLine[]; summary: ExportSummary["boards"] }> {
  const cols = await carriedColumns(client);
  const lines: BodyLine[] = [
    {
      kind: "tables",
      snapshot: cols.snapshot.map((c) => c.name),
      model: cols.model.map((c) => c.name),
      entry: cols.entry.map((c) => c.name),
    },
  ];
  const { rows: boards } = await client.query<{ slug: string }>(
    "SELECT DISTINCT board_slug AS slug FROM snapshot",
  );
  const summary: ExportSummary["boards"] = [];
  for (const board of boards.map((b) => b.slug).sort(byCodePoint)) {
    const models = await client.query<{ k: string; v: unknown[] }>(
      `SELECT m.key AS k, json_build_array(${cols.model.map((c) => selectExpr("m", c)).join(", ")}) AS v
       FROM model m WHERE m.board_slug = $1 AND EXISTS (SELECT 1 FROM entry e WHERE e.model_id = m.id)`,
      [board],
    );
    const sortedModels = models.rows.sort((a, b) => byCodePoint(a.k, b.k));
    const indexOf = new Map(sortedModels.map((m, i) => [m.k, i]));
    lines.push({
      kind: "models",
      board,
      rows: sortedModels.map((m) => m.v.map((v, i) => normalise(v, cols.model[i]))),
    });
    const snaps = await client.query<{ id: number; d: string; v: unknown[] }>(
      `SELECT s.id, to_char(s.date, 'YYYY-MM-DD') AS d,
              json_build_array(${cols.snapshot.map((c) => selectExpr("s", c)).join(", ")}) AS v
       FROM snapshot s WHERE s.board_slug = $1`,
      [board],
    );
    const entries = await client.query<{ s: number; k: string; v: unknown[] }>(
      `SELECT e.snapshot_id AS s, m.key AS k, json_build_array(${cols.entry.map((c) => selectExpr("e", c)).join(", ")}) AS v
       FROM entry e JOIN model m ON m.id = e.model_id JOIN snapshot s ON s.id = e.snapshot_id
       WHERE s.board_slug = $1`,
      [board],
    );
    const bySnapshot = new Map<number, { k: string; v: unknown[] }[]>();
    for (const e of entries.rows) {
      const list = bySnapshot.get(e.s) ?? [];
      list.push(e);
      bySnapshot.set(e.s, list);
    }
    let entryCount = 0;
    for (const s of snaps.rows.sort((a, b) => byCodePoint(a.d, b.d))) {
      const list = (bySnapshot.get(s.id) ?? []).sort((a, b) => byCodePoint(a.k, b.k));
      entryCount += list.length;
      lines.push({
        kind: "snapshot",
        board,
        values: s.v.map((v, i) => normalise(v, cols.snapshot[i])),
        entries: list.map((e) => [indexOf.get(e.k)!, ...e.v.map((v, i) => normalise(v, cols.entry[i]))]),
      });
    }
    summary.push({ board, models: sortedModels.length, snapshots: snaps.rows.length, entries: entryCount });
  }
  return { lines, summary };
}

/** The whole database's history as a bundle file. */
export async function exportBundle(client: pg.ClientBase): Promise<{ file: Buffer; summary: ExportSummary }> {
  const { lines, summary } = await exportLines(client);
  const file = encodeBundle(lines);
  return { file, summary: { boards: summary, bytes: file.byteLength } };
}
