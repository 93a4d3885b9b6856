// GET /api/v1/standings: one metric per country key per snapshot date (DESIGN.md "Public API v1").
import { standingsCsv } from "@/lib/api/csv";
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { standingsQuerySchema } from "@/lib/standings/query";
import { getStandings } from "@/lib/standings/service";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "standings",
  input: ({ url }) => parseQuery(standingsQuerySchema, url.searchParams),
  load: getStandings,
  csv: standingsCsv,
});
