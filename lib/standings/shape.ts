// Pure builders of API v1 responses from already-loaded data. No I/O, so the fuzz and unit tests run them directly.
import type { BoardSlug } from "@/lib/boards";
import { boardHasOfficial, countedRank, type BoardFrame, type StandingsFilters } from "./frame";
import { computeGap } from "./gap";
import { entryLicenseClass } from "./license";
import { columnarOf, type ColumnarFrame } from "./columnar";
import { computeSeries, computeSeriesColumns } from "./metrics";
import type { GapQuery, SnapshotTableQuery, StandingsQuery } from "./query";
import { rankUnder, scoreRanksOf } from "./rank";
import type { GapResponse, RankingRow, StandingsResponse } from "./types";

/** What the "data as of" fields need besides the frame. */
export interface FrameMeta {
  updatedAt: string | null;
  asOf: string | null;
}

export function filtersOf(q: Pick<StandingsQuery, "attribution" | "license" | "official" | "rank">): StandingsFilters {
  return { attribution: q.attribution, license: q.license, official: q.official, rank: q.rank };
}

/** What the series computations take from a standings query (the objects path and the JSON-from-columns path). */
function seriesOptions(q: StandingsQuery) {
  return { metric: q.metric, n: q.n, countries: q.countries, from: q.from, to: q.to, filters: filtersOf(q) };
}

export function standingsFromFrame(frame: BoardFrame & FrameMeta, q: StandingsQuery): StandingsResponse {
  const series = computeSeries(frame, seriesOptions(q));
  return {
    board: frame.board,
    category: q.category,
    metric: q.metric,
    n: q.n,
    attribution: q.attribution,
    license: q.license,
    official: q.official,
    series,
    updatedAt: frame.updatedAt,
    asOf: frame.asOf,
  };
}

/** Per frame, each model key and date as a JSON string, made when first written. */
const jsonStrings = new WeakMap<ColumnarFrame, { keys: (string | undefined)[]; dates: (string | undefined)[] }>();

/**
 * `JSON.stringify(standingsFromFrame(frame, q))`, written from the series' columns: at 100× the data an answer has
 * up to 3,650 points per key, and building (then collecting) an object per point cost more than the metrics.
 * Same text, byte for byte (tests/unit/standings/columnar.test.ts holds it to that).
 */
export function standingsJson(frame: BoardFrame & FrameMeta, q: StandingsQuery): string {
  const cols = computeSeriesColumns(frame, seriesOptions(q));
  const f = columnarOf(frame);
  let cache = jsonStrings.get(f);
  if (!cache) jsonStrings.set(f, (cache = { keys: [], dates: [] }));
  const { keys, dates } = cache;
  const head = JSON.stringify({ board: f.board, category: q.category, metric: q.metric, n: q.n, attribution: q.attribution, license: q.license, official: q.official });
  const parts: string[] = [head.slice(0, -1), ',"series":['];
  cols.series.forEach((series, k) => {
    if (k > 0) parts.push(",");
    parts.push(`{"key":${JSON.stringify(series.key)},"label":${JSON.stringify(series.label)},"points":[`);
    for (let i = 0; i < series.value.length; i++) {
      const s = cols.start + i;
      const v = series.value[i];
      const m = series.model[i];
      const date = (dates[s] ??= JSON.stringify(f.dates[s]));
      const model = m === -1 ? "null" : (keys[m] ??= JSON.stringify(f.modelKeys[m]));
      parts.push(`${i > 0 ? "," : ""}{"date":${date},"value":${Number.isFinite(v) ? String(v) : "null"},"model":${model}}`);
    }
    parts.push("]}");
  });
  parts.push(`],"updatedAt":${JSON.stringify(frame.updatedAt)},"asOf":${JSON.stringify(frame.asOf)}}`);
  return parts.join("");
}

export function gapFromFrame(frame: BoardFrame & FrameMeta, q: GapQuery): GapResponse {
  // The gap compares scores, so the rank rule does not change it.
  const points = computeGap(frame, { a: q.a, b: q.b, from: q.from, to: q.to, filters: filtersOf({ ...q, rank: "score" }) });
  return {
    board: frame.board,
    category: q.category,
    a: q.a,
    b: q.b,
    attribution: q.attribution,
    points,
    updatedAt: frame.updatedAt,
    asOf: frame.asOf,
  };
}

/** A model's organization in both attribution modes, as the ATTRIBUTION_COLUMNS select list returns it. */
export interface AttributionColumns {
  devName: string | null;
  devSlug: string | null;
  devCountry: string | null;
  devWhy: string | null;
  baseName: string | null;
  baseSlug: string | null;
  baseCountry: string | null;
  baseWhy: string | null;
}

/** One stored entry of a snapshot with its model and both attributions, as the snapshot-table query returns it. */
export interface StoredEntryRow extends AttributionColumns {
  model: string;
  name: string;
  rank: number;
  rankOfficial: number | null;
  score: number;
  ciLower: number | null;
  ciUpper: number | null;
  votes: number | null;
  license: string | null;
  official: boolean | null;
}

/**
 * The ranking table under the filters (the same entry rule as the metrics: `countedRank`). `rank` is the rank under
 * the requested rule; `scoreRank` and `publishedRank` give both, in the population `official` chooses.
 * The rule as it reads on stored rows: the API cuts tables from the columnar frame instead (./table-frame.ts), and a
 * property test holds those rows to these.
 */
export function rankingRows(board: BoardSlug, rows: StoredEntryRow[], q: SnapshotTableQuery): RankingRow[] {
  const filters = filtersOf(q);
  const base = q.attribution === "base";
  const officialOnly = filters.official && boardHasOfficial(board);
  const scoreRanks = scoreRanksOf(rows);
  const out: RankingRow[] = [];
  rows.forEach((r, i) => {
    const ranked = { ...r, ...scoreRanks[i] };
    const rank = countedRank(board, ranked, filters);
    if (rank === null) return;
    const licenseClass = entryLicenseClass(board, r.license);
    out.push({
      rank,
      scoreRank: rankUnder("score", officialOnly, ranked),
      publishedRank: rankUnder("published", officialOnly, ranked),
      model: r.model,
      name: r.name,
      organization: base ? r.baseName : r.devName,
      organizationSlug: base ? r.baseSlug : r.devSlug,
      country: (base ? r.baseCountry : r.devCountry)?.trim() || null,
      score: r.score,
      ciLower: r.ciLower,
      ciUpper: r.ciUpper,
      votes: r.votes,
      license: r.license,
      licenseClass,
      official: r.official,
      why: base ? r.baseWhy : r.devWhy,
    });
  });
  return out.sort((a, b) => a.rank - b.rank || b.score - a.score || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
}
