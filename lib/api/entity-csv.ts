// CSV bodies of the explore routes (organizations/{slug}, countries/{key}, search), through toCsv like the others.
import { safeFilename, type CsvBody } from "@/lib/api/csv";
import { toCsv } from "@/lib/standings/format";
import type { CountryDetail, OrganizationDetail, SearchResponse } from "@/lib/reads/types/entities";

const MODEL_HEADER = ["board", "key", "name", "country", "first_seen", "last_seen", "snapshots", "best_rank", "best_rank_date"];

/** The organization's models, one row per model and board. */
export function organizationDetailCsv(r: OrganizationDetail): CsvBody {
  const rows = Object.values(r.models).flatMap((list) =>
    list.map((m) => [m.board, m.key, m.name, m.country, m.firstSeen, m.lastSeen, m.snapshots, m.bestRank, m.bestRankDate]),
  );
  return { filename: safeFilename(["organization", r.organization.slug]), body: toCsv(MODEL_HEADER, rows) };
}

/** The country's series, one row per board, date and metric. */
export function countryDetailCsv(r: CountryDetail): CsvBody {
  const rows = r.boards.flatMap((b) =>
    (["bestRank", "bestScore", "topShare"] as const).flatMap((metric) =>
      b[metric].map((p) => [b.board, p.date, metric === "bestRank" ? "best-rank" : metric === "bestScore" ? "best-score" : `top-${b.topN}-share`, p.value, p.model]),
    ),
  );
  return { filename: safeFilename(["country", r.key]), body: toCsv(["board", "date", "metric", "value", "model"], rows) };
}

export function searchCsv(r: SearchResponse): CsvBody {
  const rows = r.results.map((x) => [x.type, x.board ?? null, x.key, x.label, x.country, x.href]);
  return { filename: "search.csv", body: toCsv(["type", "board", "key", "label", "country", "href"], rows) };
}
