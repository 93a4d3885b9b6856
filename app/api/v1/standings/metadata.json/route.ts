// GET /api/v1/standings/metadata.json?<the standings query>: the metadata sidecar of that query's CSV (title, data
// date and range, source, licence and credit, citation, columns with their rounding), linked from the CSV answer.
import { csvPathOf, standingsMetadata } from "@/lib/api/csv-metadata";
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { standingsQuerySchema } from "@/lib/standings/query-schemas";
import { getStandings } from "@/lib/reads/standings";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "standings-metadata",
  input: ({ url }) => ({ ...parseQuery(standingsQuerySchema, url.searchParams), format: "json" as const }),
  load: getStandings,
  render: (r, q) => ({
    body: JSON.stringify(standingsMetadata(r, csvPathOf("/api/v1/standings", q))),
    contentType: "application/json; charset=utf-8",
  }),
});
