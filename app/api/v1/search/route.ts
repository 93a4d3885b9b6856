// GET /api/v1/search?q=&limit=: fuzzy search over models on every board, organizations and country keys.
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { searchQuerySchema } from "@/lib/api/schemas";
import { searchCsv } from "@/lib/api/csv";
import { search } from "@/lib/reads/search";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "search",
  input: ({ url }) => parseQuery(searchQuerySchema, url.searchParams),
  load: ({ q, limit }) => search(q, limit),
  csv: searchCsv,
});
