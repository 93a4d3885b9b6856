// GET /api/v1/gap/metadata.json?<the gap query>: the metadata sidecar of that query's CSV, linked from the CSV answer.
import { csvPathOf, gapMetadata } from "@/lib/api/csv-metadata";
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { gapQuerySchema } from "@/lib/standings/query-schemas";
import { getGap } from "@/lib/reads/standings";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "gap-metadata",
  input: ({ url }) => ({ ...parseQuery(gapQuerySchema, url.searchParams), format: "json" as const }),
  load: getGap,
  render: (r, q) => ({
    body: JSON.stringify(gapMetadata(r, csvPathOf("/api/v1/gap", q))),
    contentType: "application/json; charset=utf-8",
  }),
});
