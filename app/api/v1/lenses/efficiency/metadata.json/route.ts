// GET /api/v1/lenses/efficiency/metadata.json?<the lens query>: the metadata sidecar of that query's CSV, linked from the
// CSV answer.
import { efficiencyMetadata } from "@/lib/api/csv-metadata";
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { efficiencyQuerySchema } from "@/lib/standings/lenses/query";
import { getEfficiencyLens } from "@/lib/reads/lenses";
import { lensUrl } from "@/lib/view/url/lens-requests";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "lens-efficiency-metadata",
  input: ({ url }) => ({ ...parseQuery(efficiencyQuerySchema, url.searchParams), format: "json" as const }),
  load: getEfficiencyLens,
  render: (r, q) => ({
    body: JSON.stringify(efficiencyMetadata(r, lensUrl("efficiency", q, "csv"))),
    contentType: "application/json; charset=utf-8",
  }),
});
