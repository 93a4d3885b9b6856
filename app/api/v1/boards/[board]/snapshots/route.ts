// GET /api/v1/boards/{board}/snapshots: the board's snapshot dates (in a category, default overall) with their entry counts, oldest first.
import { snapshotListCsv } from "@/lib/api/csv";
import { boardFromPath, parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { snapshotListQuerySchema } from "@/lib/api/schemas";
import { listSnapshots } from "@/lib/reads/standings";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "snapshots",
  input: ({ url, params }) => ({
    board: boardFromPath(params.board as string | undefined),
    ...parseQuery(snapshotListQuerySchema, url.searchParams),
  }),
  load: ({ board, category }) => listSnapshots(board, category),
  csv: (list, { board, category }) => snapshotListCsv(category === "overall" ? board : `${board}-${category}`, list),
});
