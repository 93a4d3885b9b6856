// The OpenAPI 3.1 document of API v1, built from the zod schemas the route handlers parse with, so the parameter
// list is written once. Only descriptions are added here.
import { z } from "zod";
import type * as core from "zod/v4/core";
import { KNOWN_BOARDS } from "@/lib/boards/info";
import { isoDate } from "@/lib/standings/query";
import {
  gapQuerySchema,
  REQUIRED_BOARD,
  snapshotTableQuerySchema,
  standingsQuerySchema,
} from "@/lib/standings/query-schemas";
import { APP_VERSION } from "@/lib/core/version";
import * as R from "./response-schemas";
import {
  eventsQuerySchema,
  formatQuerySchema,
  modelQuerySchema,
  searchQuerySchema,
  snapshotListQuerySchema,
} from "./schemas";
import { efficiencyQuerySchema, languageQuerySchema, priceQuerySchema } from "@/lib/standings/lenses/query";
import { scoreboardQuerySchema } from "@/lib/standings/scoreboard-query";

type Json = Record<string, unknown>;

/** What each query parameter means; every parameter of every schema must have an entry (a unit test checks). */
export const PARAM_DOCS: Record<string, string> = {
  board: `Leaderboard slug: a board GET /api/v1/boards lists. The boards this release knows are ${KNOWN_BOARDS.join(", ")}; a board upstream adds later (a new LMArena config) is accepted too.`,
  metric: "best-rank, best-score, top-n-count, top-n-share or model-count (DESIGN.md, Metric definitions).",
  n: "Top-n cut-off for top-n-count and top-n-share.",
  countries:
    "Country keys separated by ~ (a comma works too): ISO 3166-1 alpha-2 codes or the groups europe (EU-27 + GB, CH, NO, IS, LI), other, unknown. At most 12.",
  a: "First country key (ISO alpha-2 or europe, other, unknown).",
  b: "Second country key.",
  from: "First snapshot date to include (YYYY-MM-DD).",
  to: "Last snapshot date to include (YYYY-MM-DD).",
  attribution: "developer: the publishing organization; base: the organization of the root base model.",
  license: "Count only open-weights or only proprietary models; all by default.",
  official: "Open LLM Leaderboard only: count official-provider rows only, ranked among themselves.",
  q: "Search text: model names on every board, organization names and aliases, country names. Fuzzy and prefix matching.",
  limit: "How many results to return (1-50).",
  rank: "score (default): competition rank by score within the population, one rule on every date; published: the board's own rank, whose rule changes over the arena's history.",
  format: "json (default) or csv (RFC 4180; formula-like cells are neutralised).",
  category:
    "Arena prompt category, as upstream names it (overall, chinese, english, coding, hard_6, …; list: /api/v1/boards/{board}/categories). overall (default) is the only category of other boards.",
  date: "Snapshot date of the scatter (YYYY-MM-DD); the newest by default.",
  within: "Points below the board's top score within which the cheapest model counts (0-500).",
  sort: "Ranking table order: rank (default), published, model, organization, country, score, votes or license; a leading - sorts descending (-score).",
  only: "Ranking table rows: country keys separated by ~ or , (groups count their members), or all (default: every row). The response's countries still count the whole table.",
  also: "Scoreboard: country keys shown beside the pair, separated by ~ (a comma works too); europe by default.",
  categories:
    "Scoreboard: true adds a row for each prompt category of every board that has them, after its overall row; false (default) gives one row per board.",
  page: "Ranking table page, 50 rows each, from 1 (past the last page: the last page). Absent: the whole table, as before pages existed. The response's page says where it sits.",
};

function jsonSchema(schema: core.$ZodType, io: "input" | "output"): Json {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Json;
  return rest;
}

/** The board parameter's schema, in a path or a query. */
const BOARD_SCHEMA = jsonSchema(R.boardSlug, "input");

/** Defaults that JSON Schema loses behind a transform (official, countries), in query-string spelling. */
function queryDefault(field: z.ZodType): string | number | undefined {
  const r = field.safeParse(undefined);
  if (!r.success || r.data === undefined) return undefined;
  return Array.isArray(r.data) ? r.data.join("~") : typeof r.data === "number" ? r.data : String(r.data);
}

export function queryParameters(schema: z.ZodObject): Json[] {
  const json = jsonSchema(schema, "input") as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, prop]) => {
    const fallback = queryDefault(schema.shape[name] as z.ZodType);
    const s = prop.default === undefined && fallback !== undefined ? { ...prop, default: fallback } : prop;
    // `board` parses as any text (the stored boards are checked at run time); the document lists the known ones, and
    // marks it required where an absent one reads as REQUIRED_BOARD (which the run-time check refuses).
    const board = name === "board" && { required: s.default === REQUIRED_BOARD, schema: BOARD_SCHEMA };
    return {
      name,
      in: "query",
      required: board ? board.required : (json.required?.includes(name) ?? false),
      description: PARAM_DOCS[name],
      schema: board ? board.schema : s,
    };
  });
}

const pathParams: Record<string, Json> = {
  board: {
    name: "board",
    in: "path",
    required: true,
    description: PARAM_DOCS.board,
    schema: BOARD_SCHEMA,
  },
  date: {
    name: "date",
    in: "path",
    required: true,
    description: "Snapshot date (YYYY-MM-DD).",
    schema: jsonSchema(isoDate, "input"),
  },
  slug: {
    name: "slug",
    in: "path",
    required: true,
    description: "Organization slug, as listed by /api/v1/organizations.",
    schema: { type: "string" },
  },
  countryKey: {
    name: "key",
    in: "path",
    required: true,
    description: "Country key: ISO 3166-1 alpha-2 (any case) or a group: europe, other, unknown.",
    schema: { type: "string" },
  },
  key: {
    name: "key",
    in: "path",
    required: true,
    description: "Model key as stored upstream (arena model_name, HF eval_name), percent-encoded.",
    schema: { type: "string" },
  },
};

interface Operation {
  path: string;
  id: string;
  summary: string;
  query: z.ZodObject;
  inPath?: (keyof typeof pathParams)[];
  response: keyof typeof R;
  notFound?: string;
  /** JSON only (a metadata sidecar). */
  jsonOnly?: boolean;
}

/** The metadata sidecar of a CSV-serving operation: same parameters (`format` is ignored), `fileMetadata` answer. */
function sidecar(op: Operation): Operation {
  return {
    ...op,
    path: `${op.path}/metadata.json`,
    id: `${op.id}Metadata`,
    summary: `Metadata sidecar of ${op.path}'s CSV: title, data date and range, source, licence and credit, citation, columns and their rounding`,
    response: "fileMetadata",
    jsonOnly: true,
  };
}

const BASE_OPERATIONS: Operation[] = [
  {
    path: "/api/v1/standings",
    id: "getStandings",
    summary: "One metric per country key per snapshot date",
    query: standingsQuerySchema,
    response: "standingsResponse",
  },
  {
    path: "/api/v1/gap",
    id: "getGap",
    summary: "Best-score gap and lag between two country keys",
    query: gapQuerySchema,
    response: "gapResponse",
  },
  {
    path: "/api/v1/boards",
    id: "listBoards",
    summary:
      "Every stored board with its facts (names, score unit, categories, CIs, parameters, official flag, retired or not) and date range",
    query: formatQuerySchema,
    response: "boardList",
  },
  {
    path: "/api/v1/boards/{board}/snapshots",
    id: "listSnapshots",
    summary: "Snapshot dates of a board with entry counts",
    query: snapshotListQuerySchema,
    inPath: ["board"],
    response: "snapshotList",
    notFound: "Unknown board",
  },
  {
    path: "/api/v1/boards/{board}/categories",
    id: "listCategories",
    summary: "Prompt categories of a board (overall first) with their snapshot counts",
    query: formatQuerySchema,
    inPath: ["board"],
    response: "categoryList",
    notFound: "Unknown board",
  },
  {
    path: "/api/v1/lenses/language",
    id: "getLanguageLens",
    summary:
      "Best rank and score per country in two arena categories, and the rank difference, on any board with both categories (default: the text arena)",
    query: languageQuerySchema,
    response: "languageResponse",
  },
  {
    path: "/api/v1/lenses/price",
    id: "getPriceLens",
    summary: "Arena score against blended price, frontiers per country, cheapest model within X of the top",
    query: priceQuerySchema,
    response: "priceResponse",
    notFound: "No snapshot on that date",
  },
  {
    path: "/api/v1/lenses/efficiency",
    id: "getEfficiencyLens",
    summary: "Open LLM Leaderboard: best score per parameter class and per kg CO₂, per country",
    query: efficiencyQuerySchema,
    response: "efficiencyResponse",
  },
  {
    path: "/api/v1/boards/{board}/snapshots/{date}",
    id: "getSnapshotTable",
    summary: "Ranking table of one snapshot",
    query: snapshotTableQuerySchema,
    inPath: ["board", "date"],
    response: "snapshotTableResponse",
    notFound: "Unknown board, or no snapshot on that date",
  },
  {
    path: "/api/v1/models/{board}/{key}",
    id: "getModelHistory",
    summary: "A model's attribution and history (score rank by default; rank=published for the board's own)",
    query: modelQuerySchema,
    inPath: ["board", "key"],
    response: "modelDetailResponse",
    notFound: "Unknown board or model",
  },
  {
    path: "/api/v1/organizations",
    id: "listOrganizations",
    summary: "The attribution registry with countries and model counts",
    query: formatQuerySchema,
    response: "organizationList",
  },
  {
    path: "/api/v1/organizations/{slug}",
    id: "getOrganization",
    summary: "One organization with its models per board and best-rank history",
    query: formatQuerySchema,
    inPath: ["slug"],
    response: "organizationDetailResponse",
    notFound: "Unknown organization",
  },
  {
    path: "/api/v1/countries/{key}",
    id: "getCountry",
    summary: "One country key with its organizations, series per board and current top 10",
    query: formatQuerySchema,
    inPath: ["countryKey"],
    response: "countryDetailResponse",
    notFound: "Not a country key, or no organization in the data is based there",
  },
  {
    path: "/api/v1/events",
    id: "getEvents",
    summary:
      "Country milestones found in the data (first top 1/5/10, lead changes, contested periods, best-ever ranks; score rank), each with its qualifiers, and the boards' curated markers",
    query: eventsQuerySchema,
    response: "eventsResponse",
  },
  {
    path: "/api/v1/scoreboard",
    id: "getScoreboard",
    summary:
      "One row per board (and per category on request) for a pair of country keys: who leads, the gap with its significance, the lag in months, each key's best score rank and the gap's trend",
    query: scoreboardQuerySchema,
    response: "scoreboardResponse",
  },
  {
    path: "/api/v1/search",
    id: "search",
    summary: "Fuzzy search over models, organizations and country keys",
    query: searchQuerySchema,
    response: "searchResponse",
  },
];

/** Operations whose CSV answers link a metadata sidecar (`Link: <…/metadata.json?…>; rel="describedby"`). */
export const CSV_WITH_SIDECAR = [
  "getStandings",
  "getGap",
  "getSnapshotTable",
  "getLanguageLens",
  "getPriceLens",
  "getEfficiencyLens",
  "getScoreboard",
];

export const OPERATIONS: Operation[] = [
  ...BASE_OPERATIONS,
  ...BASE_OPERATIONS.filter((op) => CSV_WITH_SIDECAR.includes(op.id)).map(sidecar),
];

const errorRef = { "application/json": { schema: { $ref: "#/components/schemas/errorBody" } } };

function operation(op: Operation): Json {
  const linked = CSV_WITH_SIDECAR.includes(op.id) && !op.jsonOnly;
  const responses: Json = {
    "200": {
      description: `OK. ETag from the data version; Cache-Control: public, max-age=60, stale-while-revalidate=86400.${
        linked ? " A CSV answer links its metadata sidecar (source, licence, citation, columns) in a Link header." : ""
      }`,
      ...(linked
        ? {
            headers: {
              Link: {
                description:
                  "CSV answers only: `<" +
                  op.path +
                  '/metadata.json?…>; rel="describedby"; type="application/json"`, the same query.',
                schema: { type: "string" },
              },
            },
          }
        : {}),
      content: {
        "application/json": { schema: { $ref: `#/components/schemas/${op.response}` } },
        ...(op.jsonOnly ? {} : { "text/csv": { schema: { type: "string" } } }),
      },
    },
    "304": { description: "Not modified (If-None-Match matched the ETag)." },
    "400": { description: "A parameter is invalid; the message names it.", content: errorRef },
    "503": { description: "The database is unreachable.", content: errorRef },
  };
  if (op.notFound) responses["404"] = { description: op.notFound, content: errorRef };
  return {
    get: {
      operationId: op.id,
      summary: op.summary,
      parameters: [...(op.inPath ?? []).map((p) => pathParams[p]), ...queryParameters(op.query)],
      responses,
    },
  };
}

let built: Json | undefined;

export function openApiDocument(): Json {
  built ??= {
    openapi: "3.1.0",
    info: {
      title: "Leaderboard Atlas API",
      version: `1 (app ${APP_VERSION})`,
      description: "Where the leading AI models come from, per country, over time. Stable: v1 only ever gains fields.",
    },
    paths: Object.fromEntries(OPERATIONS.map((op) => [op.path, operation(op)])),
    components: {
      schemas: Object.fromEntries(
        Object.entries(R)
          .filter(([, v]) => v instanceof z.ZodType)
          .map(([k, v]) => [k, jsonSchema(v as z.ZodType, "output")]),
      ),
    },
  };
  return built;
}
