// Response bodies of API v1 as zod schemas, for the OpenAPI document. The `Same<>` checks below fail the type
// check when a schema and its TypeScript type in lib/standings/types.ts drift apart.
import { z } from "zod";
import { BOARD_SLUGS } from "@/lib/boards";
import { ATTRIBUTION_MODES, LICENSE_FILTERS } from "@/lib/standings/frame";
import { METRICS } from "@/lib/standings/metric-kinds";
import type * as T from "@/lib/standings/types";

const board = z.enum(BOARD_SLUGS);
const date = z.iso.date();
const num = z.number().nullable();
const str = z.string().nullable();
const licenseClass = z.enum(["open", "proprietary", "unknown"]);
const asOf = { updatedAt: str.describe("ISO timestamp of the newest snapshot's ingestion"), asOf: date.nullable() };

const seriesPoint = z.object({ date, value: num, model: str.describe("Key of the model that sets the value") });
export const standingsResponse = z.object({
  board,
  metric: z.enum(METRICS),
  n: z.number().int(),
  attribution: z.enum(ATTRIBUTION_MODES),
  license: z.enum(LICENSE_FILTERS),
  official: z.boolean(),
  series: z.array(z.object({ key: z.string(), label: z.string(), points: z.array(seriesPoint) })),
  ...asOf,
});

const gapSide = z.object({ score: num, model: str });
export const gapResponse = z.object({
  board,
  a: z.string(),
  b: z.string(),
  attribution: z.enum(ATTRIBUTION_MODES),
  points: z.array(
    z.object({
      date,
      a: gapSide,
      b: gapSide,
      absolute: num,
      relative: num.describe("Percent of b's best score"),
      lagDays: num.describe("Days since a first reached b's best score at this date"),
      reverseLagDays: num,
      leader: z.enum(["a", "b", "tie"]).nullable(),
    }),
  ),
  ...asOf,
});

export const snapshotList = z.array(z.object({ date, entries: z.number().int() }));

export const snapshotTableResponse = z.object({
  board,
  date,
  attribution: z.enum(ATTRIBUTION_MODES),
  rows: z.array(
    z.object({
      rank: z.number().int(),
      model: z.string(),
      name: z.string(),
      organization: str,
      organizationSlug: str,
      country: str.describe("ISO 3166-1 alpha-2 per the attribution mode; null = unattributed"),
      score: z.number(),
      ciLower: num,
      ciUpper: num,
      votes: z.number().int().nullable(),
      license: str,
      licenseClass,
      official: z.boolean().nullable(),
      why: str.describe("How the attribution was made"),
    }),
  ),
});

const attributionInfo = z.object({ organization: str, organizationSlug: str, country: str, why: str });
export const modelHistoryResponse = z.object({
  board,
  key: z.string(),
  name: z.string(),
  upstreamOrganization: str,
  baseModel: str,
  license: str,
  licenseClass,
  developer: attributionInfo,
  base: attributionInfo,
  points: z.array(
    z.object({
      date,
      rank: z.number().int(),
      rankOfficial: z.number().int().nullable(),
      score: z.number(),
      ciLower: num,
      ciUpper: num,
      votes: z.number().int().nullable(),
    }),
  ),
});

export const organizationList = z.array(
  z.object({
    slug: z.string(),
    name: z.string(),
    country: z.string(),
    countryLabel: z.string(),
    kind: z.string(),
    aliases: z.array(z.string()),
    namespaces: z.array(z.string()),
    note: str,
    uncertain: z.boolean(),
    models: z.record(z.string(), z.object({ developer: z.number().int(), base: z.number().int() })),
  }),
);

export const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemaTypeChecks: [
  Same<z.output<typeof standingsResponse>, T.StandingsResponse>,
  Same<z.output<typeof gapResponse>, T.GapResponse>,
  Same<z.output<typeof snapshotList>, T.SnapshotListItem[]>,
  Same<z.output<typeof snapshotTableResponse>, T.SnapshotTableResponse>,
  Same<z.output<typeof modelHistoryResponse>, T.ModelHistoryResponse>,
  Same<z.output<typeof organizationList>, T.OrganizationItem[]>,
] = [true, true, true, true, true, true];
