// Pure builders of API v1 responses from already-loaded data. No I/O, so the fuzz and unit tests run them directly.
import type { StandingsFilters } from "@/lib/frame/filters";
import { computeGap } from "@/lib/standings/gap";
import { columnarOf, type FrameInput } from "@/lib/frame/build";
import { type ColumnarFrame } from "@/lib/frame/frame";
import { computeSeries, computeSeriesColumns } from "@/lib/standings/metrics";
import type { GapQuery, StandingsQuery } from "@/lib/standings/query";
import type { GapResponse, StandingsResponse } from "@/lib/standings/types";

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

/** The answer's fields before its series, in the answer's order: one list for the object and the JSON text. */
function standingsHead(frame: FrameInput, q: StandingsQuery) {
  return { board: frame.board, category: q.category, metric: q.metric, n: q.n, attribution: q.attribution, license: q.license, official: q.official };
}

export function standingsFromFrame(frame: FrameInput & FrameMeta, q: StandingsQuery): StandingsResponse {
  const series = computeSeries(frame, seriesOptions(q));
  return { ...standingsHead(frame, q), series, updatedAt: frame.updatedAt, asOf: frame.asOf };
}

/** Per frame, each model key and date as a JSON string, made when first written. */
const jsonStrings = new WeakMap<ColumnarFrame, { keys: (string | undefined)[]; dates: (string | undefined)[] }>();

/**
 * `JSON.stringify(standingsFromFrame(frame, q))`, written from the series' columns: at 100× the data an answer has
 * up to 3,650 points per key, and building (then collecting) an object per point cost more than the metrics.
 * Same text, byte for byte (tests/unit/standings/columnar.test.ts holds it to that).
 */
export function standingsJson(frame: FrameInput & FrameMeta, q: StandingsQuery): string {
  const cols = computeSeriesColumns(frame, seriesOptions(q));
  const f = columnarOf(frame);
  let cache = jsonStrings.get(f);
  if (!cache) jsonStrings.set(f, (cache = { keys: [], dates: [] }));
  const { keys, dates } = cache;
  const head = JSON.stringify(standingsHead(f, q));
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

export function gapFromFrame(frame: FrameInput & FrameMeta, q: GapQuery): GapResponse {
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

