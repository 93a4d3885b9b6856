// GET /api/v1/models/{board}/{key}: one model's attribution (both modes), its rank and score per snapshot, and
// the same model on the other board (alsoOn).
import { modelHistoryCsv } from "@/lib/api/csv";
import { boardFromPath, modelKeyFromPath, parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { formatQuerySchema } from "@/lib/api/schemas";
import { getModelDetail } from "@/lib/explore/entities";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "model",
  input: ({ url, params }) => ({
    board: boardFromPath(params.board as string | undefined),
    // A catch-all, so keys containing "/" still route; the key is read from the raw path (see modelKeyFromPath).
    key: modelKeyFromPath(url.pathname),
    ...parseQuery(formatQuerySchema, url.searchParams),
  }),
  load: ({ board, key }) => getModelDetail(board, key),
  missing: ({ board, key }) => `key: ${board} has no model ${JSON.stringify(key.slice(0, 100))}`,
  csv: modelHistoryCsv,
});
