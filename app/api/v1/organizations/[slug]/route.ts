// GET /api/v1/organizations/{slug}: one organization of the registry with its models per board and best-rank history.
import { parseQuery, slugFromPath } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { formatQuerySchema } from "@/lib/api/schemas";
import { organizationDetailCsv } from "@/lib/api/csv";
import { getOrganizationDetail } from "@/lib/reads/entities";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "organization",
  input: ({ url, params }) => ({ slug: slugFromPath(params.slug), ...parseQuery(formatQuerySchema, url.searchParams) }),
  load: ({ slug }) => getOrganizationDetail(slug),
  missing: ({ slug }) => `slug: no organization ${JSON.stringify(slug)}; GET /api/v1/organizations lists them`,
  csv: organizationDetailCsv,
});
