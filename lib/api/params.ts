// Query strings and path segments into typed input via the shared zod schemas. Every failure is a 400 (or 404 for
// a path naming nothing) whose message names the parameter and says what it accepts.
import type { z } from "zod";
import { DEFAULT_BOARD, type BoardSlug } from "@/lib/boards/info";
import { isoDate } from "@/lib/standings/query";
import { ORG_SLUG } from "@/lib/attribution/schema";
import { canonicalCountryKey } from "@/lib/core/countries";
import { quoteInput } from "@/lib/core/quote-input";
import { ApiError, badRequest, notFound } from "./errors";

type Raw = Record<string, string>;

/** The parameters a schema knows; anything else in a query string is ignored. */
export function paramNames(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/**
 * Known parameters as an object. Empty values count as absent (`from=` means no bound); a parameter given twice is
 * an error rather than a guess. Unknown parameters are ignored, so adding one later breaks no client.
 */
export function rawParams(search: URLSearchParams, names: readonly string[]): Raw {
  const raw: Raw = {};
  for (const name of names) {
    const values = search.getAll(name).filter((v) => v.trim() !== "");
    if (values.length > 1) {
      const hint = name === "countries" ? " (separate keys with ~, e.g. countries=US~CN)" : "";
      throw badRequest(`${name}: given ${values.length} times; pass it once${hint}`);
    }
    if (values.length === 1) raw[name] = values[0];
  }
  return raw;
}

const quote = quoteInput;
/** The longest description of one parameter's problem: a message that quotes a value whole is cut here. */
const MAX_ISSUE_CHARS = 300;

/** One zod issue as `param: what is wrong`, quoting what was given (never more than MAX_ISSUE_CHARS). */
export function describeIssue(issue: z.core.$ZodIssue, raw: Raw): string {
  const text = issueText(issue, raw);
  return text.length > MAX_ISSUE_CHARS ? `${text.slice(0, MAX_ISSUE_CHARS - 1)}…` : text;
}

function issueText(issue: z.core.$ZodIssue, raw: Raw): string {
  const param = issue.path.length > 0 ? String(issue.path[0]) : "query";
  const given = raw[param];
  const shown = given === undefined ? undefined : quote(given);
  if (issue.code === "invalid_value") {
    const options = issue.values.map(String).join(", ");
    return shown === undefined
      ? `${param}: is required; one of ${options}`
      : `${param}: ${shown} is not one of ${options}`;
  }
  if (issue.code === "invalid_type") {
    if (shown === undefined) return `${param}: is required`;
    if (issue.expected === "number") return `${param}: ${shown} is not a number`;
  }
  const message = issue.message;
  if (message.startsWith(`${param} `)) return `${param}: ${message.slice(param.length + 1)}`;
  if (shown === undefined || issue.path.length > 1 || message.includes(shown)) return `${param}: ${message}`;
  return `${param}: ${shown} ${message}`;
}

/**
 * A query's 400, with the board it named, if its schema takes one: which boards exist is data, so the schema takes any
 * board, and the endpoint checks it against the stored ones (lib/api/respond.ts), also when it rejects this query.
 */
export class InvalidQueryError extends ApiError {
  constructor(
    message: string,
    readonly board: string | undefined,
  ) {
    super(400, "invalid_parameter", message);
  }
}

/** Parses a query string with a schema; throws a 400 naming every bad parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, search: URLSearchParams): z.output<S> {
  const raw = rawParams(search, paramNames(schema));
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  // One message per parameter: the first check that failed says the most ("must be YYYY-MM-DD", not also "not a date").
  const byParam = new Map<string, string>();
  for (const issue of result.error.issues) {
    const param = String(issue.path[0] ?? "query");
    if (!byParam.has(param)) byParam.set(param, describeIssue(issue, raw));
  }
  throw new InvalidQueryError([...byParam.values()].join("; "), byParam.has("board") ? undefined : raw.board);
}

/**
 * A board named in the path. Whether the database holds it is checked by endpoint() against the runtime list
 * (lib/reads/boards.ts), as for every input's `board`: an unknown board in a path is a 404, not a 400.
 */
export function boardFromPath(value: string | undefined): BoardSlug {
  return value ?? "";
}

/** A snapshot date named in the path: malformed is 400; a real date with no snapshot is the caller's 404. */
export function dateFromPath(value: string | undefined): string {
  const result = isoDate.safeParse(value ?? "");
  if (!result.success) throw badRequest(`date: ${quote(value ?? "")} ${result.error.issues[0].message}`);
  return result.data;
}

/**
 * A model key from the request path, decoded segment by segment from the URL itself rather than from the router's
 * params, so a key with `/`, `.`, `%` or spaces round-trips exactly whatever the router has already decoded.
 */
export function modelKeyFromPath(pathname: string): string {
  const segments = pathname.split("/");
  const at = segments.findIndex((s, i) => s === "models" && segments[i - 1] === "v1");
  const rest = at < 0 ? [] : segments.slice(at + 2);
  let key: string;
  try {
    key = rest.map(decodeURIComponent).join("/");
  } catch {
    throw badRequest("key: is not validly percent-encoded");
  }
  if (key === "") throw badRequest(`key: is required, e.g. /api/v1/models/${DEFAULT_BOARD}/gpt-4o-2024-05-13`);
  if (key.length > 500) throw badRequest("key: is longer than 500 characters");
  return key;
}

// Path segments of the explore routes into typed input. A segment that cannot name an entity is a 404 saying why.

function show(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}

/** An organization slug: kebab-case, at most 100 characters. */
export function slugFromPath(value: string | string[] | undefined): string {
  const slug = typeof value === "string" ? value : "";
  if (slug.length > 100 || !ORG_SLUG.test(slug)) {
    throw notFound(`slug: ${show(slug)} is not an organization slug (lower-case letters, digits and dashes)`);
  }
  return slug;
}

/** A country key in any case (`us`, `Europe`), returned in its canonical spelling; anything else is a 404. */
export function countryKeyFromPath(value: string | string[] | undefined): string {
  const raw = typeof value === "string" ? value : "";
  const key = raw.length <= 20 ? canonicalCountryKey(raw) : null;
  if (key === null)
    throw notFound(`key: ${show(raw)} is not an ISO 3166-1 alpha-2 code or a group (europe, other, unknown)`);
  return key;
}
