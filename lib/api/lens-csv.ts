// CSV bodies of the lens routes and the category list, through toCsv (RFC 4180, formula cells neutralised).
import type { CategoryInfo } from "@/lib/boards/categories";
import type { EfficiencyResponse, LanguageResponse, PriceResponse } from "@/lib/standings/lenses/types";
import { CSV_DECIMALS, roundTo, toCsv } from "@/lib/standings/format";

const score = (v: number | null) => roundTo(v, CSV_DECIMALS.score);
import { lastDate, safeFilename, type CsvBody } from "./csv";

export function categoryListCsv(board: string, list: CategoryInfo[]): CsvBody {
  return {
    filename: safeFilename(["categories", board]),
    body: toCsv(["category", "label", "snapshots", "first", "last"], list.map((c) => [c.name, c.label, c.snapshots, c.first, c.last])),
  };
}

export function languageCsv(r: LanguageResponse): CsvBody {
  const header = ["date", "key", "label", `best_rank_${r.a}`, `best_rank_${r.b}`, "advantage", `best_score_${r.a}`, `best_score_${r.b}`, `model_${r.a}`, `model_${r.b}`];
  const rows = r.series.flatMap((s) =>
    s.points.map((p) => [p.date, s.key, s.label, p.rankA, p.rankB, p.advantage, score(p.scoreA), score(p.scoreB), p.modelA, p.modelB]),
  );
  const end = lastDate(r.series.flatMap((s) => s.points.map((p) => p.date)));
  return { filename: safeFilename(["language", r.board, r.a, r.b, ...(end ? [end] : [])]), body: toCsv(header, rows) };
}

/** The scatter's points (one row per priced model at the date), frontier membership included. */
export function priceCsv(r: PriceResponse): CsvBody {
  const header = ["date", "model", "country", "key", "score", "rank", "input_usd_per_m", "output_usd_per_m", "blended_usd_per_m", "frontier", "price_date"];
  const rows = r.points.map((p) => [r.date, p.model, p.country, p.key, score(p.score), p.rank, p.input, p.output, p.blended, String(p.frontier), r.join.priceDate]);
  return { filename: safeFilename(["price", r.board, r.category, r.date ?? "none"]), body: toCsv(header, rows) };
}

export function efficiencyCsv(r: EfficiencyResponse): CsvBody {
  const header = ["date", "measure", "key", "label", "value", "model"];
  const rows = [
    ...r.classes.flatMap((c) => c.series.flatMap((s) => s.points.map((p) => [p.date, `best_score_${c.key}`, s.key, s.label, score(p.value), p.model]))),
    ...r.co2.flatMap((s) => s.points.map((p) => [p.date, "score_per_kg_co2", s.key, s.label, score(p.value), p.model])),
  ];
  const end = lastDate(rows.map((row) => row[0] as string));
  return { filename: safeFilename(["efficiency", r.board, ...(end ? [end] : [])]), body: toCsv(header, rows) };
}
