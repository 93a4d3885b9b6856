// GET /api/v1/boards/{board}/snapshots/{date}/metadata.json?<the table query>: the metadata sidecar of that ranking
// table's CSV, linked from the CSV answer.
import { csvPathOf, snapshotTableMetadata } from "@/lib/api/csv-metadata";
import { boardFromPath, dateFromPath, parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { snapshotTableQuerySchema } from "@/lib/standings/query-schemas";
import { getSnapshotTable } from "@/lib/reads/standings";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "snapshot-table-metadata",
  input: ({ url, params }) => ({
    board: boardFromPath(params.board as string | undefined),
    date: dateFromPath(params.date as string | undefined),
    ...parseQuery(snapshotTableQuerySchema, url.searchParams),
    format: "json" as const,
  }),
  load: ({ board, date, ...q }) => getSnapshotTable(board, date, q),
  missing: ({ board, date }) =>
    `date: ${board} has no snapshot on ${date}; list them at /api/v1/boards/${board}/snapshots`,
  render: (r, { board, date, ...q }) => ({
    body: JSON.stringify(snapshotTableMetadata(r, csvPathOf(`/api/v1/boards/${board}/snapshots/${date}`, q))),
    contentType: "application/json; charset=utf-8",
  }),
});
