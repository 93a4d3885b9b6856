// GET /api/v1/lenses/language: each country's best rank and score in two arena categories, and the rank difference.
import { languageCsv } from "@/lib/api/csv";
import { sidecarPath } from "@/lib/api/csv-metadata";
import { lensUrl } from "@/lib/view/url/lens-requests";
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { requireCategories } from "@/lib/reads/categories";
import { languageQuerySchema } from "@/lib/standings/lenses/query";
import { getLanguageLens } from "@/lib/reads/lenses";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "lens-language",
  input: ({ url }) => parseQuery(languageQuerySchema, url.searchParams),
  load: async (q) => {
    await requireCategories(q.board, { a: q.a, b: q.b });
    return getLanguageLens(q);
  },
  csv: languageCsv,
  describedBy: (q) => sidecarPath(lensUrl("language", q, "csv")),
});
