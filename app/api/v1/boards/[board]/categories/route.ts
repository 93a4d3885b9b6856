// GET /api/v1/boards/{board}/categories: the board's prompt categories, overall first, with their snapshot counts.
import { categoryListCsv } from "@/lib/api/csv";
import { boardFromPath, parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { formatQuerySchema } from "@/lib/api/schemas";
import { listCategories } from "@/lib/reads/categories";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "categories",
  input: ({ url, params }) => ({
    board: boardFromPath(params.board as string | undefined),
    ...parseQuery(formatQuerySchema, url.searchParams),
  }),
  load: ({ board }) => listCategories(board),
  csv: (list, { board }) => categoryListCsv(board, list),
});
