// One model's history on a board: who it is attributed to in both modes, and its rank and score per snapshot.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BoardSlug } from "@/lib/boards";
import { prisma } from "@/lib/db";
import { ATTRIBUTION_COLUMNS } from "./attribution-columns";
import { currentDataVersion, memo } from "./cache";
import { entryLicenseClass } from "./license";
import type { AttributionColumns } from "./shape";
import type { ModelAttributionInfo, ModelHistoryResponse } from "./types";

interface HistoryRow extends AttributionColumns {
  key: string;
  name: string;
  organization: string | null;
  baseModel: string | null;
  date: string | null;
  rank: number | null;
  rankOfficial: number | null;
  score: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  votes: number | null;
  license: string | null;
}

function side(organization: string | null, slug: string | null, country: string | null, why: string | null): ModelAttributionInfo {
  return { organization, organizationSlug: slug, country: country?.trim() || null, why };
}

async function readHistory(board: BoardSlug, key: string): Promise<ModelHistoryResponse | null> {
  // Model columns repeat on every row; a model with no entries still yields one row (LEFT JOIN).
  const rows = await prisma().$queryRaw<HistoryRow[]>(Prisma.sql`
    SELECT m.key, m.name, m.organization, m.base_model AS "baseModel", ${ATTRIBUTION_COLUMNS},
           to_char(s.date, 'YYYY-MM-DD') AS date, e.rank, e.rank_official AS "rankOfficial", e.score,
           e.ci_lower AS "ciLower", e.ci_upper AS "ciUpper", e.votes, e.license
    FROM model m
    LEFT JOIN organization dev ON dev.id = m.developer_org_id
    LEFT JOIN organization base ON base.id = m.base_org_id
    LEFT JOIN entry e ON e.model_id = m.id
    LEFT JOIN snapshot s ON s.id = e.snapshot_id
    WHERE m.board_slug = ${board} AND m.key = ${key}
    ORDER BY s.date`);
  const m = rows[0];
  if (!m) return null;
  const points = rows.filter((r) => r.date !== null && r.rank !== null && r.score !== null);
  const license = points.at(-1)?.license ?? null;
  return {
    board,
    key: m.key,
    name: m.name,
    upstreamOrganization: m.organization,
    baseModel: m.baseModel,
    license,
    licenseClass: entryLicenseClass(board, license),
    developer: side(m.devName, m.devSlug, m.devCountry, m.devWhy),
    base: side(m.baseName, m.baseSlug, m.baseCountry, m.baseWhy),
    points: points.map((r) => ({
      date: r.date!,
      rank: r.rank!,
      rankOfficial: r.rankOfficial,
      score: r.score!,
      ciLower: r.ciLower,
      ciUpper: r.ciUpper,
      votes: r.votes,
    })),
  };
}

/** The model's history, or null when the board has no model with that key. */
export async function getModelHistory(board: BoardSlug, key: string): Promise<ModelHistoryResponse | null> {
  const version = await currentDataVersion();
  return memo(version, `model:${board}:${key}`, () => readHistory(board, key));
}
