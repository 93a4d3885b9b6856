// GET /api/v1/gap: best-score gap and lag between two country keys per snapshot date.
import { gapCsv } from "@/lib/api/csv";
import { csvPathOf, sidecarPath } from "@/lib/api/csv-metadata";
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { gapQuerySchema } from "@/lib/standings/query-schemas";
import { getGap } from "@/lib/reads/standings";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "gap",
  input: ({ url }) => parseQuery(gapQuerySchema, url.searchParams),
  load: getGap,
  csv: gapCsv,
  describedBy: (q) => sidecarPath(csvPathOf("/api/v1/gap", q)),
});
