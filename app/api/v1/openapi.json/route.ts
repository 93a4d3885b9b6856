// GET /api/v1/openapi.json: the OpenAPI 3.1 description of API v1, generated from the route handlers' zod schemas.
import { openApiDocument } from "@/lib/api/openapi";
import { APP_VERSION } from "@/lib/core/version";

export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  const etag = `W/"openapi-${APP_VERSION}"`;
  const headers = {
    ETag: etag,
    "Cache-Control": "public, max-age=3600",
    "Access-Control-Allow-Origin": "*",
  };
  if (request.headers.get("if-none-match")?.includes(`"openapi-${APP_VERSION}"`)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(JSON.stringify(openApiDocument()), {
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}
