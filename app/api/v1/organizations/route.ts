// GET /api/v1/organizations: the attribution registry with countries and model counts per board.
import { organizationsCsv } from "@/lib/api/csv";
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { formatQuerySchema } from "@/lib/api/schemas";
import { getOrganizations } from "@/lib/reads/standings";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "organizations",
  input: ({ url }) => parseQuery(formatQuerySchema, url.searchParams),
  load: () => getOrganizations(),
  csv: organizationsCsv,
});
