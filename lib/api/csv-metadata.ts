// The metadata sidecars of API v1's CSV answers (lib/view/url/provenance.ts): where each lives, and what each CSV's
// columns hold. A CSV answer links its sidecar with `Link: <…/metadata.json?…>; rel="describedby"` (lib/api/respond.ts
// `describedBy`); the sidecar routes (app/api/v1/**/metadata.json) load the same data and answer this JSON.
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { dataCaveatNote, dataCaveatsAmong } from "@/lib/boards/data-caveats";
import { CSV_DECIMALS, metricCsvDecimals } from "@/lib/standings/format";
import { metricLabel } from "@/lib/standings/metric-kinds";
import { toQueryString } from "@/lib/standings/query";
import type { EfficiencyResponse, LanguageResponse, PriceResponse } from "@/lib/standings/lenses/types";
import type { GapResponse, SnapshotTableResponse, StandingsResponse } from "@/lib/standings/types";
import { fileMetadata, type ColumnDoc, type FileMetadata } from "@/lib/view/url/provenance";

export { sidecarPath } from "@/lib/view/url/provenance";

/** The CSV a sidecar describes: the same path and query, `format=csv`. */
export function csvPathOf(path: string, query: Record<string, unknown>): string {
  const qs = toQueryString({ ...query, format: "csv" });
  return `${path}?${qs}`;
}

const today = () => new Date().toISOString().slice(0, 10);
const scoreCol = (name: string, what: string): ColumnDoc => ({ name, description: what, decimals: CSV_DECIMALS.score });
const text = (name: string, description: string): ColumnDoc => ({ name, description });
/** The data caveats (lib/boards/data-caveats.ts) on any of a file's dates, one note each. */
const caveatNotes = (board: BoardSlug, dates: readonly string[]) => dataCaveatsAmong(board, dates).map(dataCaveatNote);
const pointDates = (series: readonly { points: readonly { date: string }[] }[]) =>
  series.flatMap((s) => s.points.map((p) => p.date));

function meta(
  board: BoardSlug,
  file: string,
  title: string,
  description: string,
  dates: string[],
  columns: ColumnDoc[],
  notes: string[] = [],
): FileMetadata {
  return fileMetadata({ board, file, title, description, dates, columns, notes, accessed: today() });
}

export function standingsMetadata(r: StandingsResponse, csv: string): FileMetadata {
  const label = metricLabel(r.metric, r.n);
  const decimals = metricCsvDecimals(r.metric);
  return meta(
    r.board,
    csv,
    `${label} by country on ${boardInfo(r.board).name}`,
    `${label} per country key per snapshot date (category ${r.category}, attribution ${r.attribution}, licence filter ${r.license}${r.official ? ", official providers only" : ""}).`,
    pointDates(r.series),
    [
      text("date", "Snapshot date (YYYY-MM-DD)."),
      text("key", "Country key: ISO 3166-1 alpha-2, or the groups europe, other, unknown."),
      text("label", "The key's name."),
      {
        name: "value",
        description: `${label}; empty where the key has no model that day.`,
        ...(decimals ? { decimals } : {}),
      },
      text("model", "Key of the model that sets the value (several separated by commas on a tie)."),
    ],
    caveatNotes(r.board, pointDates(r.series)),
  );
}

export function gapMetadata(r: GapResponse, csv: string): FileMetadata {
  return meta(
    r.board,
    csv,
    `Gap between ${r.a} and ${r.b} on ${boardInfo(r.board).name}`,
    `Best score of ${r.a} minus best score of ${r.b} per snapshot date, with the lag (category ${r.category}, attribution ${r.attribution}).`,
    r.points.map((p) => p.date),
    [
      text("date", "Snapshot date."),
      text("a", "First country key."),
      scoreCol("a_score", "Best score of a."),
      text("a_model", "The model that sets it."),
      text("b", "Second country key."),
      scoreCol("b_score", "Best score of b."),
      text("b_model", "The model that sets it."),
      scoreCol("absolute", "a_score − b_score, in points."),
      { name: "relative", description: "absolute ÷ b_score × 100, in percent.", decimals: CSV_DECIMALS.percent },
      text("lag_days", "Days since the leader first reached the other's current best score."),
      text("reverse_lag_days", "The same, seen from the trailing key."),
      text("leader", "The key ahead that day."),
      scoreCol("ci_low", "Lower bound of the gap's 95% band, from the two leaders' intervals."),
      scoreCol("ci_high", "Upper bound of that band."),
      text("significant", "true when the band excludes 0."),
      text("lag_spans_change", "A known method change the lag reaches back over, or empty."),
      text("reverse_lag_spans_change", "The same for the reverse lag."),
      text(
        "lag_data_caveat",
        "A data caveat on a snapshot the lag rests on (where it starts or ends), or empty: see the notes.",
      ),
      text("reverse_lag_data_caveat", "The same for the reverse lag."),
    ],
    caveatNotes(
      r.board,
      r.points.map((p) => p.date),
    ),
  );
}

export function snapshotTableMetadata(r: SnapshotTableResponse, csv: string): FileMetadata {
  return meta(
    r.board,
    csv,
    `Ranking on ${boardInfo(r.board).name}, ${r.date}`,
    `Every ranked row of the ${r.date} snapshot (category ${r.category}, attribution ${r.attribution}).`,
    [r.date],
    [
      text("rank", "The rank the request asked for (score rank by default)."),
      text("model", "Model key as published upstream."),
      text("name", "Display name."),
      text("organization", "Attributed organization."),
      text("organization_slug", "Its slug (/orgs/{slug})."),
      text("country", "Its country key."),
      scoreCol("score", "Score as published."),
      scoreCol("ci_lower", "Lower bound of the 95% interval, where published."),
      scoreCol("ci_upper", "Upper bound of the 95% interval, where published."),
      text("votes", "Votes, where published."),
      text("license", "Licence as published."),
      text("license_class", "open or proprietary."),
      text("official", "Open LLM Leaderboard: official provider row."),
      text("why", "How the row was attributed."),
      text("score_rank", "Competition rank by score within the population."),
      text("published_rank", "The board's own rank."),
    ],
    caveatNotes(r.board, [r.date]),
  );
}

export function languageMetadata(r: LanguageResponse, csv: string): FileMetadata {
  return meta(
    r.board,
    csv,
    `Language lens: ${r.aLabel} against ${r.bLabel}`,
    "Best rank and best score per country key in two arena prompt categories, and the rank difference.",
    pointDates(r.series),
    [
      text("date", "Snapshot date."),
      text("key", "Country key."),
      text("label", "Its name."),
      text(`best_rank_${r.a}`, `Best score rank in ${r.aLabel}.`),
      text(`best_rank_${r.b}`, `Best score rank in ${r.bLabel}.`),
      text("advantage", "The first rank minus the second (below zero: better on the first)."),
      scoreCol(`best_score_${r.a}`, `Best score in ${r.aLabel}.`),
      scoreCol(`best_score_${r.b}`, `Best score in ${r.bLabel}.`),
      text(`model_${r.a}`, "Model with the best rank in the first category."),
      text(`model_${r.b}`, "Model with the best rank in the second category."),
    ],
  );
}

export function priceMetadata(r: PriceResponse, csv: string): FileMetadata {
  return meta(
    r.board,
    csv,
    `Price lens: arena score against price${r.date ? `, ${r.date}` : ""}`,
    "Priced models of one snapshot with their arena score and blended price per million tokens ((3 × input + output) ÷ 4).",
    r.date ? [r.date] : [],
    [
      text("date", "Snapshot date."),
      text("model", "Model key."),
      text("country", "Country of its developer."),
      text("key", "The requested country key it counts for."),
      scoreCol("score", "Arena score."),
      text("rank", "Score rank."),
      text("input_usd_per_m", "Input price, USD per million tokens, as LMArena's catalog gives it."),
      text("output_usd_per_m", "Output price, USD per million tokens."),
      text("blended_usd_per_m", "(3 × input + output) ÷ 4."),
      text("frontier", "true when no cheaper model of the same country scores higher."),
      text(
        "price_date",
        "The price table used: the newest version on or before the date (dated by its commit; by the day it was read when the history was unavailable). Empty: no price table on or before the date.",
      ),
    ],
    ["Prices: LMArena catalog price table (lmarena/arena-catalog), as stated in that repository; credit LMArena."],
  );
}

export function efficiencyMetadata(r: EfficiencyResponse, csv: string): FileMetadata {
  const dates = [...r.classes.flatMap((c) => pointDates(c.series)), ...pointDates(r.co2)];
  return meta(
    r.board,
    csv,
    "Efficiency lens",
    "Best Open LLM Leaderboard score per parameter class, and per kg of CO₂, per country key over time.",
    dates,
    [
      text("date", "Snapshot date."),
      text("measure", "best_score_<class> (parameter class) or score_per_kg_co2."),
      text("key", "Country key."),
      text("label", "Its name."),
      scoreCol("value", "The measure's value."),
      text("model", "The model that sets it."),
    ],
  );
}
