// GET /api/v1/boards: every board the database holds (the runtime list), with its facts and date range.
import { boardListCsv } from "@/lib/api/csv";
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { formatQuerySchema } from "@/lib/api/schemas";
import { getBoards } from "@/lib/reads/boards";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "boards",
  input: ({ url }) => parseQuery(formatQuerySchema, url.searchParams),
  load: () => getBoards(),
  csv: boardListCsv,
});
