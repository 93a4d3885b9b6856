// GET /api/v1/models/{board}/{key}?rank=score|published: one model's attribution (both modes), its ranks (score rank
// by default, both named) and score per snapshot, and the same model on the other boards (alsoOn).
import { modelHistoryCsv } from "@/lib/api/csv";
import { boardFromPath, modelKeyFromPath, parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { modelQuerySchema } from "@/lib/api/schemas";
import { getModelDetail } from "@/lib/reads/entities";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "model",
  input: ({ url, params }) => ({
    board: boardFromPath(params.board as string | undefined),
    // A catch-all, so keys containing "/" still route; the key is read from the raw path (see modelKeyFromPath).
    key: modelKeyFromPath(url.pathname),
    ...parseQuery(modelQuerySchema, url.searchParams),
  }),
  load: ({ board, key, rank }) => getModelDetail(board, key, rank),
  missing: ({ board, key }) => `key: ${board} has no model ${JSON.stringify(key.slice(0, 100))}`,
  csv: modelHistoryCsv,
});
