// GET /api/v1/boards/{board}/snapshots/{date}: the ranking table of one snapshot, attributed per the mode.
import { snapshotTableCsv } from "@/lib/api/csv";
import { csvPathOf, sidecarPath } from "@/lib/api/csv-metadata";
import { boardFromPath, dateFromPath, parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { snapshotTableQuerySchema } from "@/lib/standings/query-schemas";
import { getSnapshotTable } from "@/lib/reads/standings";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "snapshot-table",
  input: ({ url, params }) => ({
    board: boardFromPath(params.board as string | undefined),
    date: dateFromPath(params.date as string | undefined),
    ...parseQuery(snapshotTableQuerySchema, url.searchParams),
  }),
  load: ({ board, date, ...q }) => getSnapshotTable(board, date, q),
  missing: ({ board, date }) =>
    `date: ${board} has no snapshot on ${date}; list them at /api/v1/boards/${board}/snapshots`,
  csv: snapshotTableCsv,
  describedBy: ({ board, date, ...q }) => sidecarPath(csvPathOf(`/api/v1/boards/${board}/snapshots/${date}`, q)),
});
