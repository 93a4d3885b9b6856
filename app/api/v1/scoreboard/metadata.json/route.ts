// GET /api/v1/scoreboard/metadata.json?<the scoreboard query>: the metadata sidecar of that query's CSV, linked from
// the CSV answer.
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { scoreboardCsvPath, scoreboardMetadata } from "@/lib/api/scoreboard-csv";
import { getScoreboard } from "@/lib/reads/scoreboard";
import { scoreboardQuerySchema } from "@/lib/standings/scoreboard-query";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "scoreboard-metadata",
  input: ({ url }) => ({ ...parseQuery(scoreboardQuerySchema, url.searchParams), format: "json" as const }),
  load: getScoreboard,
  render: (r, q) => ({
    body: JSON.stringify(scoreboardMetadata(r, scoreboardCsvPath(q), new Date().toISOString().slice(0, 10))),
    contentType: "application/json; charset=utf-8",
  }),
});
