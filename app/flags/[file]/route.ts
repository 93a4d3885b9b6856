// GET /flags/{code}.svg: a country's flag drawing from the flag-icons package (4:3), cached for a week.
import { FLAG_FILE } from "@/lib/core/flags";
import { readFlagAsset } from "@/lib/view/chart/flags-svg";

export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await context.params;
  const svg = FLAG_FILE.test(file) ? await readFlagAsset(file.slice(0, -4)) : null;
  if (svg === null) {
    return new Response("no such flag", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml",
      "Cache-Control": "public, max-age=604800, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
