// ANY /api/<unknown>: a 404 in the API's JSON error shape, not the HTML 404 page (more specific routes win).
import { errorResponse } from "@/lib/api/respond";
import { notFound } from "@/lib/api/errors";

export const dynamic = "force-dynamic";

async function handle(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  const shown = path.length > 120 ? `${path.slice(0, 117)}...` : path;
  return errorResponse(notFound(`no API route at ${shown}; see /api/v1/openapi.json`));
}

export const GET = handle;
export const HEAD = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
export const OPTIONS = handle;
