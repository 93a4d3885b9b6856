// GET /api/v1/lenses/price: arena score against blended price per country, frontiers, cheapest model within X points.
import { priceCsv } from "@/lib/api/csv";
import { sidecarPath } from "@/lib/api/csv-metadata";
import { lensUrl } from "@/lib/view/url/lens-requests";
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { requireCategories } from "@/lib/reads/categories";
import { priceQuerySchema } from "@/lib/standings/lenses/query";
import { getPriceLens } from "@/lib/reads/lenses";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "lens-price",
  input: ({ url }) => parseQuery(priceQuerySchema, url.searchParams),
  load: async (q) => {
    await requireCategories(q.board, { category: q.category });
    return getPriceLens(q);
  },
  missing: (q) => `date: the board has no ${q.category} snapshot on ${q.date}`,
  csv: priceCsv,
  describedBy: (q) => sidecarPath(lensUrl("price", q, "csv")),
});
