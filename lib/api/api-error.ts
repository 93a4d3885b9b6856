// The error of API v1's one error shape, `{ error: { code, message } }`: thrown by the server (lib/api/errors.ts) and
// rebuilt by the client from a response body (lib/view/load/queries.ts), so both sides speak of the same thing.
export class ApiError extends Error {
  constructor(
    /** HTTP status: 400, 404, 429, 500, 503… */
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}
