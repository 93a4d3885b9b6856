// Pure builders of API v1 responses from already-loaded data. No I/O, so the fuzz and unit tests run them directly.
import type { StandingsFilters } from "@/lib/frame/filters";
import { computeGap } from "@/lib/standings/gap";
import { columnarOf, type FrameInput } from "@/lib/frame/build";
import { type ColumnarFrame } from "@/lib/frame/frame";
import { computeSeriesColumns } from "@/lib/standings/metrics";
import { computeConcentration } from "@/lib/standings/concentration";
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

/** What the series computation takes from a standings query. */
function seriesOptions(q: StandingsQuery) {
  return { metric: q.metric, n: q.n, countries: q.countries, from: q.from, to: q.to, filters: filtersOf(q) };
}

/** The answer's fields before its series, in the answer's order. */
function standingsHead(frame: FrameInput, q: StandingsQuery) {
  return {
    board: frame.board,
    category: q.category,
    metric: q.metric,
    n: q.n,
    attribution: q.attribution,
    license: q.license,
    official: q.official,
  };
}

/**
 * The standings answer as an object (CSV, the dashboard's prefetch, previews): the JSON text parsed back, so the
 * answer has one writer and the object and the API's text cannot differ.
 */
export function standingsFromFrame(frame: FrameInput & FrameMeta, q: StandingsQuery): StandingsResponse {
  return JSON.parse(standingsJson(frame, q)) as StandingsResponse;
}

/** Per frame, each model key and date as a JSON string, made when first written. */
const jsonStrings = new WeakMap<ColumnarFrame, { keys: (string | undefined)[]; dates: (string | undefined)[] }>();

/**
 * The standings answer as API v1's JSON text, written from the series' columns: at 100× the data an answer has up to
 * 3,650 points per key, and building (then collecting) an object per point cost more than the metrics. The text
 * equals `JSON.stringify` of the answer built from objects (tests/unit/frame/columnar.test.ts holds it to that).
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
      parts.push(
        `${i > 0 ? "," : ""}{"date":${date},"value":${Number.isFinite(v) ? String(v) : "null"},"model":${model}}`,
      );
    }
    parts.push("]}");
  });
  // Concentration reads the view's top n whatever the metric: the top-N slots the view's n names.
  const concentration = computeConcentration(frame, {
    n: q.n,
    countries: q.countries,
    from: q.from,
    to: q.to,
    filters: filtersOf(q),
  });
  parts.push(
    `],"updatedAt":${JSON.stringify(frame.updatedAt)},"asOf":${JSON.stringify(frame.asOf)},"concentration":${JSON.stringify(concentration)}}`,
  );
  return parts.join("");
}

export function gapFromFrame(frame: FrameInput & FrameMeta, q: GapQuery): GapResponse {
  // The gap compares scores, so the rank rule does not change it.
  const points = computeGap(frame, {
    a: q.a,
    b: q.b,
    from: q.from,
    to: q.to,
    filters: filtersOf({ ...q, rank: "score" }),
  });
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
