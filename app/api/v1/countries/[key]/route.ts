// GET /api/v1/countries/{key}: one country key (ISO alpha-2 or europe/other/unknown) with its organizations,
// best-rank, best-score and top-10-share series per board, and its current top 10.
import { countryKeyFromPath, parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { formatQuerySchema } from "@/lib/api/schemas";
import { countryDetailCsv } from "@/lib/api/csv";
import { getCountryDetail } from "@/lib/reads/entities";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "country",
  input: ({ url, params }) => ({
    key: countryKeyFromPath(params.key),
    ...parseQuery(formatQuerySchema, url.searchParams),
  }),
  load: ({ key }) => getCountryDetail(key),
  missing: ({ key }) => `key: no organization in the data is based in ${JSON.stringify(key)}`,
  csv: countryDetailCsv,
});
