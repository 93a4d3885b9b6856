// What the lenses read besides the frames: the stored price tables and, on a board that has them (`hasParameters`),
// the models' sizes and CO₂ costs. One query each per data version.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/core/db";
import type { BoardSlug } from "@/lib/boards/info";
import { currentDataVersion } from "@/lib/core/data-version";
import { memo } from "@/lib/reads/memo";
import type { ModelFacts } from "@/lib/standings/lenses/efficiency";
import type { ModelPrice, PriceDating, PriceTableAt } from "@/lib/standings/lenses/price";
import { priceRefCommit } from "@/lib/sources/arena-prices";

export interface StoredPriceTables {
  tables: PriceTableAt[];
  /** Per table date: rows listed, and rows with both prices. */
  listed: Map<string, { rows: number; priced: number }>;
}

async function readPriceTables(): Promise<StoredPriceTables> {
  const rows = await prisma().$queryRaw<
    { date: string; ref: string; model: string; input: number | null; output: number | null }[]
  >(Prisma.sql`
    SELECT to_char(s.date, 'YYYY-MM-DD') AS date, s.source_ref AS ref, p.model_key AS model, p.input_price AS input,
           p.output_price AS output
    FROM price_snapshot s JOIN price p ON p.price_snapshot_id = s.id
    ORDER BY s.date, p.model_key`);
  const byDate = new Map<string, Map<string, ModelPrice>>();
  // A version read at a commit is dated by that commit; the current table (main), by the day it was read.
  const datedBy = new Map<string, PriceDating>();
  const listed = new Map<string, { rows: number; priced: number }>();
  for (const r of rows) {
    let table = byDate.get(r.date);
    if (!table) byDate.set(r.date, (table = new Map()));
    datedBy.set(r.date, priceRefCommit(r.ref) === null ? "read" : "commit");
    const count = listed.get(r.date) ?? { rows: 0, priced: 0 };
    count.rows += 1;
    if (r.input !== null && r.output !== null) {
      table.set(r.model, { model: r.model, input: r.input, output: r.output });
      count.priced += 1;
    }
    listed.set(r.date, count);
  }
  return { tables: [...byDate].map(([date, prices]) => ({ date, datedBy: datedBy.get(date)!, prices })), listed };
}

export async function getPriceTables(): Promise<StoredPriceTables> {
  const version = await currentDataVersion();
  return memo(version, "price-tables", readPriceTables);
}

async function readModelFacts(board: BoardSlug): Promise<Map<string, ModelFacts>> {
  const rows = await prisma().$queryRaw<
    { date: string; model: string; params: number | null; co2: number | null }[]
  >(Prisma.sql`
    SELECT to_char(s.date, 'YYYY-MM-DD') AS date, m.key AS model,
           (e.extra->>'params')::float8 AS params, (e.extra->>'co2')::float8 AS co2
    FROM snapshot s JOIN entry e ON e.snapshot_id = s.id JOIN model m ON m.id = e.model_id
    WHERE s.board_slug = ${board}`);
  const out = new Map<string, Map<string, { params: number | null; co2: number | null }>>();
  for (const r of rows) {
    let day = out.get(r.date);
    if (!day) out.set(r.date, (day = new Map()));
    day.set(r.model, { params: r.params, co2: r.co2 });
  }
  return out;
}

/** Per snapshot date of `board`: each model's parameter count (B) and CO₂ cost (kg), as the board reported them. */
export async function getModelFacts(board: BoardSlug): Promise<Map<string, ModelFacts>> {
  const version = await currentDataVersion();
  return memo(version, `model-facts:${board}`, () => readModelFacts(board));
}
