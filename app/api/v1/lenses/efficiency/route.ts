// GET /api/v1/lenses/efficiency: Open LLM Leaderboard best score per parameter class and per kg CO₂, per country.
import { efficiencyCsv } from "@/lib/api/csv";
import { sidecarPath } from "@/lib/api/csv-metadata";
import { lensUrl } from "@/lib/view/url/lens-requests";
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { efficiencyQuerySchema } from "@/lib/standings/lenses/query";
import { getEfficiencyLens } from "@/lib/reads/lenses";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "lens-efficiency",
  input: ({ url }) => parseQuery(efficiencyQuerySchema, url.searchParams),
  load: getEfficiencyLens,
  csv: efficiencyCsv,
  describedBy: (q) => sidecarPath(lensUrl("efficiency", q, "csv")),
});
