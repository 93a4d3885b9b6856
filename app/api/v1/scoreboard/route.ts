// GET /api/v1/scoreboard: one row per board (and per category with categories=true) for a pair of country keys.
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { sidecarPath } from "@/lib/api/csv-metadata";
import { scoreboardCsv, scoreboardCsvPath } from "@/lib/api/scoreboard-csv";
import { getScoreboard } from "@/lib/reads/scoreboard";
import { scoreboardQuerySchema } from "@/lib/standings/scoreboard-query";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "scoreboard",
  input: ({ url }) => parseQuery(scoreboardQuerySchema, url.searchParams),
  load: getScoreboard,
  csv: scoreboardCsv,
  describedBy: (q) => sidecarPath(scoreboardCsvPath(q)),
});
