// Reads a database's history into bundle lines: every board's models and snapshots (overall entries and category
// entries) and every price snapshot, in a fixed order and with no database-local ids, so two databases holding the
// same data give byte-identical bundles.
import type pg from "pg";
import { carriedColumns, selectExpr, type ColumnInfo } from "@/lib/ingest/bundle/columns";
import { encodeBundle, type BodyLine } from "@/lib/ingest/bundle/format";

export interface ExportSummary {
  boards: { board: string; models: number; snapshots: number; entries: number; categoryEntries: number }[];
  prices: { source: string; snapshots: number; rows: number }[];
  bytes: number;
}

/** Compares as the C locale does, whatever the database's collation. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function normalise(values: unknown[], cols: readonly ColumnInfo[]): unknown[] {
  return values.map((value, i) => {
    if (value === null || value === undefined) return null;
    const kind = cols[i].kind;
    if (kind === "int" || kind === "float") return typeof value === "number" ? value : Number(value);
    return value;
  });
}

const arrayOf = (alias: string, cols: readonly ColumnInfo[]) =>
  `json_build_array(${cols.map((c) => selectExpr(alias, c)).join(", ")})`;

function groupBy<T extends { s: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.s);
    if (list) list.push(r);
    else out.set(r.s, [r]);
  }
  return out;
}

export async function exportLines(
  client: pg.ClientBase,
): Promise<{ lines: BodyLine[]; summary: Omit<ExportSummary, "bytes"> }> {
  const cols = await carriedColumns(client);
  const lines: BodyLine[] = [
    {
      kind: "tables",
      snapshot: cols.snapshot.map((c) => c.name),
      model: cols.model.map((c) => c.name),
      entry: cols.entry.map((c) => c.name),
      category_entry: cols.category_entry.map((c) => c.name),
      price_snapshot: cols.price_snapshot.map((c) => c.name),
      price: cols.price.map((c) => c.name),
    },
  ];
  const summary: Omit<ExportSummary, "bytes"> = { boards: [], prices: [] };
  const { rows: boards } = await client.query<{ slug: string }>("SELECT DISTINCT board_slug AS slug FROM snapshot");
  for (const board of boards.map((b) => b.slug).sort(byCodePoint)) {
    const models = await client.query<{ k: string; v: unknown[] }>(
      `SELECT m.key AS k, ${arrayOf("m", cols.model)} AS v FROM model m
       WHERE m.board_slug = $1 AND (EXISTS (SELECT 1 FROM entry e WHERE e.model_id = m.id)
                                 OR EXISTS (SELECT 1 FROM category_entry c WHERE c.model_id = m.id))`,
      [board],
    );
    const sortedModels = models.rows.sort((a, b) => byCodePoint(a.k, b.k));
    const indexOf = new Map(sortedModels.map((m, i) => [m.k, i]));
    lines.push({ kind: "models", board, rows: sortedModels.map((m) => normalise(m.v, cols.model)) });
    const snaps = await client.query<{ id: number; d: string; v: unknown[] }>(
      `SELECT s.id, to_char(s.date, 'YYYY-MM-DD') AS d, ${arrayOf("s", cols.snapshot)} AS v
       FROM snapshot s WHERE s.board_slug = $1`,
      [board],
    );
    const entries = groupBy(
      (
        await client.query<{ s: number; k: string; v: unknown[] }>(
          `SELECT e.snapshot_id AS s, m.key AS k, ${arrayOf("e", cols.entry)} AS v
           FROM entry e JOIN model m ON m.id = e.model_id JOIN snapshot s ON s.id = e.snapshot_id
           WHERE s.board_slug = $1`,
          [board],
        )
      ).rows,
    );
    const categories = groupBy(
      (
        await client.query<{ s: number; c: string; k: string; v: unknown[] }>(
          `SELECT e.snapshot_id AS s, e.category AS c, m.key AS k, ${arrayOf("e", cols.category_entry)} AS v
           FROM category_entry e JOIN model m ON m.id = e.model_id JOIN snapshot s ON s.id = e.snapshot_id
           WHERE s.board_slug = $1`,
          [board],
        )
      ).rows,
    );
    let entryCount = 0;
    let categoryCount = 0;
    for (const s of snaps.rows.sort((a, b) => byCodePoint(a.d, b.d))) {
      const list = (entries.get(s.id) ?? []).sort((a, b) => byCodePoint(a.k, b.k));
      const cats = (categories.get(s.id) ?? []).sort((a, b) => byCodePoint(a.c, b.c) || byCodePoint(a.k, b.k));
      entryCount += list.length;
      categoryCount += cats.length;
      lines.push({
        kind: "snapshot",
        board,
        values: normalise(s.v, cols.snapshot),
        entries: list.map((e) => [indexOf.get(e.k)!, ...normalise(e.v, cols.entry)]),
        categories: cats.map((e) => [indexOf.get(e.k)!, ...normalise(e.v, cols.category_entry)]),
      });
    }
    summary.boards.push({
      board,
      models: sortedModels.length,
      snapshots: snaps.rows.length,
      entries: entryCount,
      categoryEntries: categoryCount,
    });
  }
  const priceSnaps = await client.query<{ id: number; src: string; d: string; v: unknown[] }>(
    `SELECT p.id, p.source AS src, to_char(p.date, 'YYYY-MM-DD') AS d, ${arrayOf("p", cols.price_snapshot)} AS v
     FROM price_snapshot p`,
  );
  const prices = groupBy(
    (
      await client.query<{ s: number; k: string; v: unknown[] }>(
        `SELECT p.price_snapshot_id AS s, p.model_key AS k, ${arrayOf("p", cols.price)} AS v FROM price p`,
      )
    ).rows,
  );
  const bySource = new Map<string, { snapshots: number; rows: number }>();
  for (const p of priceSnaps.rows.sort((a, b) => byCodePoint(a.src, b.src) || byCodePoint(a.d, b.d))) {
    const rows = (prices.get(p.id) ?? []).sort((a, b) => byCodePoint(a.k, b.k));
    lines.push({
      kind: "prices",
      values: normalise(p.v, cols.price_snapshot),
      rows: rows.map((r) => normalise(r.v, cols.price)),
    });
    const tally = bySource.get(p.src) ?? { snapshots: 0, rows: 0 };
    tally.snapshots += 1;
    tally.rows += rows.length;
    bySource.set(p.src, tally);
  }
  summary.prices = [...bySource].map(([source, t]) => ({ source, ...t }));
  return { lines, summary };
}

/** The whole database's history as a bundle file. */
export async function exportBundle(client: pg.ClientBase): Promise<{ file: Buffer; summary: ExportSummary }> {
  const { lines, summary } = await exportLines(client);
  const file = encodeBundle(lines);
  return { file, summary: { ...summary, bytes: file.byteLength } };
}
