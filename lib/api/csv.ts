// CSV bodies of API v1, one per resource, through toCsv (RFC 4180, formula cells neutralised).
import type { EventsResponse } from "@/lib/reads/types/events";
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
  return `${parts.map((p) => String(p).replace(/[^A-Za-z0-9._-]+/g, "_")).join("-").slice(0, 120)}.csv`;
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
  const rows = r.series.flatMap((s) => s.points.map((p) => [p.date, s.key, s.label, roundTo(p.value, decimals), p.model]));
  return {
    filename: safeFilename(["standings", r.board, r.metric, ...dated(r.series.flatMap((s) => s.points.map((p) => p.date)))]),
    body: toCsv(["date", "key", "label", "value", "model"], rows),
  };
}

export function gapCsv(r: GapResponse): CsvBody {
  const header = ["date", "a", "a_score", "a_model", "b", "b_score", "b_model", "absolute", "relative", "lag_days", "reverse_lag_days", "leader", "ci_low", "ci_high", "significant", "lag_spans_change", "reverse_lag_spans_change"];
  const rows = r.points.map((p) => [
    p.date, r.a, score(p.a.score), p.a.model, r.b, score(p.b.score), p.b.model, score(p.absolute), roundTo(p.relative, CSV_DECIMALS.percent),
    p.lagDays, p.reverseLagDays, p.leader, score(p.ci?.low ?? null), score(p.ci?.high ?? null), p.significant === null ? null : String(p.significant), p.lagSpansChange, p.reverseLagSpansChange,
  ]);
  return { filename: safeFilename(["gap", r.board, r.a, r.b, ...dated(r.points.map((p) => p.date))]), body: toCsv(header, rows) };
}

export function snapshotListCsv(board: string, list: SnapshotListItem[]): CsvBody {
  return { filename: safeFilename(["snapshots", board]), body: toCsv(["date", "entries", "official_entries"], list.map((s) => [s.date, s.entries, s.officialEntries])) };
}

export function snapshotTableCsv(r: SnapshotTableResponse): CsvBody {
  const header = [
    "rank", "model", "name", "organization", "organization_slug", "country", "score", "ci_lower", "ci_upper", "votes",
    "license", "license_class", "official", "why", "score_rank", "published_rank",
  ];
  const rows = r.rows.map((x) => [
    x.rank, x.model, x.name, x.organization, x.organizationSlug, x.country, score(x.score), score(x.ciLower), score(x.ciUpper), x.votes,
    x.license, x.licenseClass, x.official === null ? null : String(x.official), x.why, x.scoreRank, x.publishedRank,
  ]);
  return { filename: safeFilename(["snapshot", r.board, r.date]), body: toCsv(header, rows) };
}

export function modelHistoryCsv(r: ModelHistoryResponse): CsvBody {
  const header = ["date", "rank", "score_rank", "published_rank", "rank_official", "score", "ci_lower", "ci_upper", "votes"];
  const rows = r.points.map((p) => [p.date, p.rank, p.scoreRank, p.publishedRank, p.rankOfficial, score(p.score), score(p.ciLower), score(p.ciUpper), p.votes]);
  return { filename: safeFilename(["model", r.board, r.key]), body: toCsv(header, rows) };
}

export function organizationsCsv(list: OrganizationItem[]): CsvBody {
  const boards = [...new Set(list.flatMap((o) => Object.keys(o.models)))].sort();
  const header = ["slug", "name", "country", "kind", "aliases", "namespaces", "note", "uncertain", ...boards.flatMap((b) => [`${b}_developer`, `${b}_base`])];
  const rows = list.map((o) => [
    o.slug, o.name, o.country, o.kind, o.aliases.join("|"), o.namespaces.join("|"), o.note, String(o.uncertain),
    ...boards.flatMap((b) => [o.models[b]?.developer ?? 0, o.models[b]?.base ?? 0]),
  ]);
  return { filename: "organizations.csv", body: toCsv(header, rows) };
}

export function eventsCsv(r: EventsResponse): CsvBody {
  const rows = r.milestones.map((m) => {
    const q = m.qualifiers;
    const margin = q.margin === null ? null : Math.round(q.margin * 100) / 100;
    const overlap = q.ciOverlap === null ? null : String(q.ciOverlap);
    return [m.date, m.board, m.kind, m.countries.join("~"), m.model, m.value, m.title, m.href, q.boardSize, q.rank, q.rival?.model ?? null, margin, overlap, String(q.tie), q.endedOn, q.days, q.base?.country ?? null];
  });
  const header = ["date", "board", "kind", "countries", "model", "value", "title", "href", "board_size", "rank", "rival", "margin", "ci_overlap", "tie", "ended_on", "days", "base_country"];
  return { filename: safeFilename(["milestones", r.board ?? "all-boards"]), body: toCsv(header, rows) };
}
