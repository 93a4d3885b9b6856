// One model's history on a board: who it is attributed to in both modes, and its ranks and score per snapshot. Each
// point names both ranks (`scoreRank`, the site's default rule, read from the board's frame as every chart does;
// `publishedRank`, the board's own), and `rank` is the one the rule asks for (score unless rank=published).
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BoardSlug } from "@/lib/boards/info";
import { prisma } from "@/lib/core/db";
import { ATTRIBUTION_COLUMNS } from "@/lib/reads/attribution-columns";
import { currentDataVersion } from "@/lib/core/data-version";
import { frameFor } from "@/lib/frame/cache";
import { memo } from "@/lib/reads/memo";
import type { ColumnarFrame } from "@/lib/frame/frame";
import type { RankRule } from "@/lib/frame/rank";
import { entryLicenseClass } from "@/lib/boards/license";
import type { AttributionColumns } from "@/lib/standings/answers";
import type { ModelAttributionInfo, ModelHistoryResponse } from "@/lib/standings/types";

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

function side(
  organization: string | null,
  slug: string | null,
  country: string | null,
  why: string | null,
): ModelAttributionInfo {
  return { organization, organizationSlug: slug, country: country?.trim() || null, why };
}

/** The model's score rank (among all rows) per snapshot date, from the frame the charts read. */
function scoreRanksIn(frame: ColumnarFrame, key: string): Map<string, number> {
  const id = frame.modelKeys.indexOf(key);
  const out = new Map<string, number>();
  if (id === -1) return out;
  for (let s = 0; s < frame.dates.length; s++) {
    for (let r = frame.offsets[s]; r < frame.offsets[s + 1]; r++) {
      if (frame.model[r] === id) {
        out.set(frame.dates[s], frame.scoreRank[r]);
        break;
      }
    }
  }
  return out;
}

async function readHistory(board: BoardSlug, key: string, version: number): Promise<ModelHistoryResponse | null> {
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
  const scoreRanks = scoreRanksIn(await frameFor(board, version), key);
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
    rankRule: "score",
    points: points.map((r) => ({
      date: r.date!,
      // The frame holds every stored entry of this data version; a date it lacks would mean the two disagree.
      rank: scoreRanks.get(r.date!) ?? r.rank!,
      scoreRank: scoreRanks.get(r.date!) ?? r.rank!,
      publishedRank: r.rank!,
      rankOfficial: r.rankOfficial,
      score: r.score!,
      ciLower: r.ciLower,
      ciUpper: r.ciUpper,
      votes: r.votes,
    })),
  };
}

/**
 * The model's history, or null when the board has no model with that key. `rank` on each point follows `rule`: the
 * score rank by default, as on every chart, table and milestone; the board's published rank on request.
 */
export async function getModelHistory(
  board: BoardSlug,
  key: string,
  rule: RankRule = "score",
): Promise<ModelHistoryResponse | null> {
  const version = await currentDataVersion();
  const history = await memo(version, `model:${board}:${key}`, () => readHistory(board, key, version));
  if (history === null || rule === "score") return history;
  return { ...history, rankRule: rule, points: history.points.map((p) => ({ ...p, rank: p.publishedRank })) };
}
