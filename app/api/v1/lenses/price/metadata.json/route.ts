// GET /api/v1/lenses/price/metadata.json?<the lens query>: the metadata sidecar of that query's CSV, linked from the
// CSV answer.
import { priceMetadata } from "@/lib/api/csv-metadata";
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { requireCategories } from "@/lib/reads/categories";
import { priceQuerySchema } from "@/lib/standings/lenses/query";
import { getPriceLens } from "@/lib/reads/lenses";
import { lensUrl } from "@/lib/view/url/lens-requests";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "lens-price-metadata",
  input: ({ url }) => ({ ...parseQuery(priceQuerySchema, url.searchParams), format: "json" as const }),
  load: async (q) => {
    await requireCategories(q.board, { category: q.category });
    return getPriceLens(q);
  },
  missing: (q) => `date: the board has no ${q.category} snapshot on ${q.date}`,
  render: (r, q) => ({
    body: JSON.stringify(priceMetadata(r, lensUrl("price", q, "csv"))),
    contentType: "application/json; charset=utf-8",
  }),
});
