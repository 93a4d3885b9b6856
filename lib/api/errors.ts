// The one error shape of API v1: `{ error: { code, message } }` with the right HTTP status.
import { UnknownCategoryError } from "@/lib/boards/categories";
import { UnknownBoardError } from "@/lib/boards/info";
import { ApiError } from "./api-error";

export { ApiError };

export function badRequest(message: string): ApiError {
  return new ApiError(400, "invalid_parameter", message);
}

export function notFound(message: string): ApiError {
  return new ApiError(404, "not_found", message);
}

const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EAI_AGAIN",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "3D000",
  "28P01",
  "28000",
  "P1001",
  "P1002",
  "P1017",
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "AuthenticationFailed",
]);
const UNREACHABLE_TEXT =
  /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|Connection terminated|connection timeout|timeout exceeded when trying to connect|database timeout|DATABASE_URL is not set|database "[^"]*" does not exist|too many clients|the database system is|Can't reach database/i;

/** Whether an unexpected error means the database cannot be used right now (a 503, not a bug). */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 4) return false;
  const e = err as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === "string" && UNREACHABLE_CODES.has(e.code)) return true;
  if (typeof e.kind === "string" && UNREACHABLE_CODES.has(e.kind)) return true;
  if (typeof e.message === "string" && UNREACHABLE_TEXT.test(e.message)) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/** Any thrown value as an ApiError: input errors keep their status; everything else is a server fault. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof UnknownCategoryError) return badRequest(err.message);
  if (err instanceof UnknownBoardError) return err.where === "path" ? notFound(err.message) : badRequest(err.message);
  if (isDatabaseUnavailable(err)) {
    return new ApiError(503, "database_unavailable", "The database is unreachable right now; try again shortly.");
  }
  return new ApiError(500, "internal_error", "Something went wrong on our side; the error has been logged.");
}
