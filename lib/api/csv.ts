// CSV bodies of API v1, one per resource (standings, gap, tables, models, events; organizations, countries, search;
// the lenses and the category list), through toCsv (RFC 4180, formula cells neutralised).
import type { CategoryInfo } from "@/lib/boards/categories";
import type { EventsResponse } from "@/lib/reads/types/events";
import type { BoardItem } from "@/lib/reads/types/boards";
import type { CountryDetail, OrganizationDetail, SearchResponse } from "@/lib/reads/types/entities";
import type { EfficiencyResponse, LanguageResponse, PriceResponse } from "@/lib/standings/lenses/types";
import { CSV_DECIMALS, metricCsvDecimals, roundTo, toCsv } from "@/lib/standings/format";
import type {
  GapResponse,
  ModelHistoryResponse,
  OrganizationItem,
  SnapshotListItem,
  SnapshotTableResponse,
  StandingsResponse,
} from "@/lib/standings/types";

export interface CsvBody {
  filename: string;
  body: string;
}

/** A file name safe in a Content-Disposition header: letters, digits, dot, dash, underscore. */
export function safeFilename(parts: (string | number)[]): string {
  return `${parts
    .map((p) => String(p).replace(/[^A-Za-z0-9._-]+/g, "_"))
    .join("-")
    .slice(0, 120)}.csv`;
}

/** Scores, bounds and gaps in points, as the sources publish them (two decimals). */
const score = (v: number | null) => roundTo(v, CSV_DECIMALS.score);

/** The last date a file covers, for its name: the data's date ("data as of"), not the board's newest snapshot. */
export function lastDate(dates: Iterable<string>): string | null {
  let last: string | null = null;
  for (const d of dates) if (last === null || d > last) last = d;
  return last;
}

/** The name's date part, or none when the file has no rows. */
const dated = (dates: Iterable<string>) => {
  const d = lastDate(dates);
  return d ? [d] : [];
};

export function standingsCsv(r: StandingsResponse): CsvBody {
  const decimals = metricCsvDecimals(r.metric);
  const rows = r.series.flatMap((s) =>
    s.points.map((p) => [p.date, s.key, s.label, roundTo(p.value, decimals), p.model]),
  );
  return {
    filename: safeFilename([
      "standings",
      r.board,
      r.metric,
      ...dated(r.series.flatMap((s) => s.points.map((p) => p.date))),
    ]),
    body: toCsv(["date", "key", "label", "value", "model"], rows),
  };
}

export function gapCsv(r: GapResponse): CsvBody {
  const header = [
    "date",
    "a",
    "a_score",
    "a_model",
    "b",
    "b_score",
    "b_model",
    "absolute",
    "relative",
    "lag_days",
    "reverse_lag_days",
    "leader",
    "ci_low",
    "ci_high",
    "significant",
    "lag_spans_change",
    "reverse_lag_spans_change",
    "lag_data_caveat",
    "reverse_lag_data_caveat",
  ];
  const rows = r.points.map((p) => [
    p.date,
    r.a,
    score(p.a.score),
    p.a.model,
    r.b,
    score(p.b.score),
    p.b.model,
    score(p.absolute),
    roundTo(p.relative, CSV_DECIMALS.percent),
    p.lagDays,
    p.reverseLagDays,
    p.leader,
    score(p.ci?.low ?? null),
    score(p.ci?.high ?? null),
    p.significant === null ? null : String(p.significant),
    p.lagSpansChange,
    p.reverseLagSpansChange,
    p.lagDataCaveat,
    p.reverseLagDataCaveat,
  ]);
  return {
    filename: safeFilename(["gap", r.board, r.a, r.b, ...dated(r.points.map((p) => p.date))]),
    body: toCsv(header, rows),
  };
}

export function snapshotListCsv(board: string, list: SnapshotListItem[]): CsvBody {
  return {
    filename: safeFilename(["snapshots", board]),
    body: toCsv(
      ["date", "entries", "official_entries"],
      list.map((s) => [s.date, s.entries, s.officialEntries]),
    ),
  };
}

export function snapshotTableCsv(r: SnapshotTableResponse): CsvBody {
  const header = [
    "rank",
    "model",
    "name",
    "organization",
    "organization_slug",
    "country",
    "score",
    "ci_lower",
    "ci_upper",
    "votes",
    "license",
    "license_class",
    "official",
    "why",
    "score_rank",
    "published_rank",
  ];
  const rows = r.rows.map((x) => [
    x.rank,
    x.model,
    x.name,
    x.organization,
    x.organizationSlug,
    x.country,
    score(x.score),
    score(x.ciLower),
    score(x.ciUpper),
    x.votes,
    x.license,
    x.licenseClass,
    x.official === null ? null : String(x.official),
    x.why,
    x.scoreRank,
    x.publishedRank,
  ]);
  return { filename: safeFilename(["snapshot", r.board, r.date]), body: toCsv(header, rows) };
}

export function modelHistoryCsv(r: ModelHistoryResponse): CsvBody {
  const header = [
    "date",
    "rank",
    "score_rank",
    "published_rank",
    "rank_official",
    "score",
    "ci_lower",
    "ci_upper",
    "votes",
  ];
  const rows = r.points.map((p) => [
    p.date,
    p.rank,
    p.scoreRank,
    p.publishedRank,
    p.rankOfficial,
    score(p.score),
    score(p.ciLower),
    score(p.ciUpper),
    p.votes,
  ]);
  return { filename: safeFilename(["model", r.board, r.key]), body: toCsv(header, rows) };
}

export function organizationsCsv(list: OrganizationItem[]): CsvBody {
  const boards = [...new Set(list.flatMap((o) => Object.keys(o.models)))].sort();
  const header = [
    "slug",
    "name",
    "country",
    "kind",
    "aliases",
    "namespaces",
    "note",
    "uncertain",
    "source_url",
    "source_kind",
    "source_reviewed_on",
    "contested_rule",
    "contested_note",
    ...boards.flatMap((b) => [`${b}_developer`, `${b}_base`]),
  ];
  const rows = list.map((o) => [
    o.slug,
    o.name,
    o.country,
    o.kind,
    o.aliases.join("|"),
    o.namespaces.join("|"),
    o.note,
    String(o.uncertain),
    o.source?.url ?? null,
    o.source?.kind ?? null,
    o.source?.reviewedOn ?? null,
    o.contested?.rule ?? null,
    o.contested?.note ?? null,
    ...boards.flatMap((b) => [o.models[b]?.developer ?? 0, o.models[b]?.base ?? 0]),
  ]);
  return { filename: "organizations.csv", body: toCsv(header, rows) };
}

export function eventsCsv(r: EventsResponse): CsvBody {
  const rows = r.milestones.map((m) => {
    const q = m.qualifiers;
    const margin = q.margin === null ? null : Math.round(q.margin * 100) / 100;
    const overlap = q.ciOverlap === null ? null : String(q.ciOverlap);
    return [
      m.date,
      m.board,
      m.kind,
      m.countries.join("~"),
      m.model,
      m.value,
      m.title,
      m.href,
      q.boardSize,
      q.rank,
      q.rival?.model ?? null,
      margin,
      overlap,
      String(q.tie),
      q.endedOn,
      q.days,
      q.base?.country ?? null,
    ];
  });
  const header = [
    "date",
    "board",
    "kind",
    "countries",
    "model",
    "value",
    "title",
    "href",
    "board_size",
    "rank",
    "rival",
    "margin",
    "ci_overlap",
    "tie",
    "ended_on",
    "days",
    "base_country",
  ];
  return { filename: safeFilename(["milestones", r.board ?? "all-boards"]), body: toCsv(header, rows) };
}

const MODEL_HEADER = [
  "board",
  "key",
  "name",
  "country",
  "first_seen",
  "last_seen",
  "snapshots",
  "best_rank",
  "best_rank_date",
];

/** The organization's models, one row per model and board. */
export function organizationDetailCsv(r: OrganizationDetail): CsvBody {
  const rows = Object.values(r.models).flatMap((list) =>
    list.map((m) => [
      m.board,
      m.key,
      m.name,
      m.country,
      m.firstSeen,
      m.lastSeen,
      m.snapshots,
      m.bestRank,
      m.bestRankDate,
    ]),
  );
  return { filename: safeFilename(["organization", r.organization.slug]), body: toCsv(MODEL_HEADER, rows) };
}

/** The country's series, one row per board, date and metric. */
export function countryDetailCsv(r: CountryDetail): CsvBody {
  const rows = r.boards.flatMap((b) =>
    (["bestRank", "bestScore", "topShare"] as const).flatMap((metric) =>
      b[metric].map((p) => [
        b.board,
        p.date,
        metric === "bestRank" ? "best-rank" : metric === "bestScore" ? "best-score" : `top-${b.topN}-share`,
        p.value,
        p.model,
      ]),
    ),
  );
  return {
    filename: safeFilename(["country", r.key]),
    body: toCsv(["board", "date", "metric", "value", "model"], rows),
  };
}

export function searchCsv(r: SearchResponse): CsvBody {
  const rows = r.results.map((x) => [x.type, x.board ?? null, x.key, x.label, x.country, x.href]);
  return { filename: "search.csv", body: toCsv(["type", "board", "key", "label", "country", "href"], rows) };
}

export function boardListCsv(list: BoardItem[]): CsvBody {
  const header = [
    "slug",
    "name",
    "short_name",
    "source",
    "curated",
    "score_label",
    "score_unit",
    "score_decimals",
    "model_key",
    "attributed_by",
    "has_categories",
    "has_cis",
    "has_parameters",
    "has_official",
    "published_rank",
    "open_weights_only",
    "retired_on",
    "style_control_variant",
    "plain_variant",
    "snapshots",
    "first",
    "last",
  ];
  const rows = list.map((b) => [
    b.slug,
    b.name,
    b.shortName,
    b.source,
    String(b.curated),
    b.scoreLabel,
    b.scoreUnit,
    b.scoreDecimals,
    b.modelKey,
    b.attributedBy,
    String(b.hasCategories),
    String(b.hasCis),
    String(b.hasParameters),
    String(b.hasOfficial),
    String(b.publishedRank),
    String(b.openWeightsOnly),
    b.retiredOn,
    b.styleControlVariant,
    b.plainVariant,
    b.snapshots,
    b.first,
    b.last,
  ]);
  return { filename: "boards.csv", body: toCsv(header, rows) };
}

export function categoryListCsv(board: string, list: CategoryInfo[]): CsvBody {
  return {
    filename: safeFilename(["categories", board]),
    body: toCsv(
      ["category", "label", "snapshots", "first", "last"],
      list.map((c) => [c.name, c.label, c.snapshots, c.first, c.last]),
    ),
  };
}

export function languageCsv(r: LanguageResponse): CsvBody {
  const header = [
    "date",
    "key",
    "label",
    `best_rank_${r.a}`,
    `best_rank_${r.b}`,
    "advantage",
    `best_score_${r.a}`,
    `best_score_${r.b}`,
    `model_${r.a}`,
    `model_${r.b}`,
  ];
  const rows = r.series.flatMap((s) =>
    s.points.map((p) => [
      p.date,
      s.key,
      s.label,
      p.rankA,
      p.rankB,
      p.advantage,
      score(p.scoreA),
      score(p.scoreB),
      p.modelA,
      p.modelB,
    ]),
  );
  const end = lastDate(r.series.flatMap((s) => s.points.map((p) => p.date)));
  return { filename: safeFilename(["language", r.board, r.a, r.b, ...(end ? [end] : [])]), body: toCsv(header, rows) };
}

/** The scatter's points (one row per priced model at the date), frontier membership included. */
export function priceCsv(r: PriceResponse): CsvBody {
  const header = [
    "date",
    "model",
    "country",
    "key",
    "score",
    "rank",
    "input_usd_per_m",
    "output_usd_per_m",
    "blended_usd_per_m",
    "frontier",
    "price_date",
  ];
  const rows = r.points.map((p) => [
    r.date,
    p.model,
    p.country,
    p.key,
    score(p.score),
    p.rank,
    p.input,
    p.output,
    p.blended,
    String(p.frontier),
    r.join.priceDate,
  ]);
  return { filename: safeFilename(["price", r.board, r.category, r.date ?? "none"]), body: toCsv(header, rows) };
}

export function efficiencyCsv(r: EfficiencyResponse): CsvBody {
  const header = ["date", "measure", "key", "label", "value", "model"];
  const rows = [
    ...r.classes.flatMap((c) =>
      c.series.flatMap((s) =>
        s.points.map((p) => [p.date, `best_score_${c.key}`, s.key, s.label, score(p.value), p.model]),
      ),
    ),
    ...r.co2.flatMap((s) => s.points.map((p) => [p.date, "score_per_kg_co2", s.key, s.label, score(p.value), p.model])),
  ];
  const end = lastDate(rows.map((row) => row[0] as string));
  return { filename: safeFilename(["efficiency", r.board, ...(end ? [end] : [])]), body: toCsv(header, rows) };
}
