// GET /api/v1/standings: one metric per country key per snapshot date (DESIGN.md "Public API v1").
import { standingsCsv } from "@/lib/api/csv";
import { csvPathOf, sidecarPath } from "@/lib/api/csv-metadata";
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { standingsQuerySchema, type StandingsQuery } from "@/lib/standings/query-schemas";
import { getStandings, getStandingsJson } from "@/lib/reads/standings";
import type { StandingsResponse } from "@/lib/standings/types";

export const dynamic = "force-dynamic";

// JSON is written straight from the series' columns (an answer at 100× the data has up to 3,650 points per key);
// CSV is made from the response objects, and links its metadata sidecar (./metadata.json).
export const GET = endpoint<StandingsQuery, StandingsResponse | string>({
  name: "standings",
  input: ({ url }) => parseQuery(standingsQuerySchema, url.searchParams),
  load: (q) => (q.format === "csv" ? getStandings(q) : getStandingsJson(q)),
  describedBy: (q) => sidecarPath(csvPathOf("/api/v1/standings", q)),
  render: (value) => {
    if (typeof value === "string") return { body: value, contentType: "application/json; charset=utf-8" };
    const csv = standingsCsv(value);
    return { body: csv.body, contentType: "text/csv; charset=utf-8", filename: csv.filename };
  },
});
