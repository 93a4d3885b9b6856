// GET /api/v1/lenses/language/metadata.json?<the lens query>: the metadata sidecar of that query's CSV, linked from the
// CSV answer.
import { languageMetadata } from "@/lib/api/csv-metadata";
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { requireCategories } from "@/lib/reads/categories";
import { languageQuerySchema } from "@/lib/standings/lenses/query";
import { getLanguageLens } from "@/lib/reads/lenses";
import { lensUrl } from "@/lib/view/url/lens-requests";

export const dynamic = "force-dynamic";

export const GET = endpoint({
  name: "lens-language-metadata",
  input: ({ url }) => ({ ...parseQuery(languageQuerySchema, url.searchParams), format: "json" as const }),
  load: async (q) => {
    await requireCategories(q.board, { a: q.a, b: q.b });
    return getLanguageLens(q);
  },
  render: (r, q) => ({
    body: JSON.stringify(languageMetadata(r, lensUrl("language", q, "csv"))),
    contentType: "application/json; charset=utf-8",
  }),
});
