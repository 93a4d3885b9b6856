// The attribution registry as stored (synced from lib/attribution), with how many models each organization has.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { countryLabel } from "@/lib/core/countries";
import { contestedRuleText } from "@/lib/attribution/schema";
import { prisma } from "@/lib/core/db";
import { currentDataVersion } from "@/lib/core/data-version";
import { memo } from "@/lib/reads/memo";
import { boardSlugs } from "@/lib/reads/boards";
import type { OrganizationItem } from "@/lib/standings/types";

interface OrganizationRow {
  slug: string;
  name: string;
  country: string;
  kind: string;
  aliases: string[] | null;
  namespaces: string[] | null;
  note: string | null;
  uncertain: boolean;
  source_url: string | null;
  source_kind: string | null;
  source_reviewed_on: string | null;
  contested_rule: string | null;
  contested_note: string | null;
  developer: Record<string, number> | null;
  base: Record<string, number> | null;
}

async function readOrganizations(): Promise<OrganizationItem[]> {
  const rows = await prisma().$queryRaw<OrganizationRow[]>(Prisma.sql`
    WITH dev AS (
      SELECT developer_org_id AS id, jsonb_object_agg(board_slug, n) AS counts
      FROM (SELECT developer_org_id, board_slug, count(*)::int AS n FROM model
            WHERE developer_org_id IS NOT NULL GROUP BY 1, 2) t
      GROUP BY 1
    ), base AS (
      SELECT base_org_id AS id, jsonb_object_agg(board_slug, n) AS counts
      FROM (SELECT base_org_id, board_slug, count(*)::int AS n FROM model
            WHERE base_org_id IS NOT NULL GROUP BY 1, 2) t
      GROUP BY 1
    )
    SELECT o.slug, o.name, o.country, o.kind, o.aliases, o.namespaces, o.note, o.uncertain,
           o.source_url, o.source_kind, to_char(o.source_reviewed_on, 'YYYY-MM-DD') AS source_reviewed_on,
           o.contested_rule, o.contested_note,
           dev.counts AS developer, base.counts AS base
    FROM organization o
    LEFT JOIN dev ON dev.id = o.id
    LEFT JOIN base ON base.id = o.id
    ORDER BY lower(o.name), o.slug`);
  const boards = await boardSlugs();
  return rows.map((r) => {
    const country = r.country.trim();
    const models: OrganizationItem["models"] = {};
    for (const b of boards) models[b] = { developer: r.developer?.[b] ?? 0, base: r.base?.[b] ?? 0 };
    return {
      slug: r.slug,
      name: r.name,
      country,
      countryLabel: countryLabel(country),
      kind: r.kind,
      aliases: r.aliases ?? [],
      namespaces: r.namespaces ?? [],
      note: r.note,
      uncertain: r.uncertain,
      source:
        r.source_url !== null && r.source_kind !== null && r.source_reviewed_on !== null
          ? { url: r.source_url, kind: r.source_kind, reviewedOn: r.source_reviewed_on }
          : null,
      contested:
        r.contested_rule !== null && r.contested_note !== null
          ? { rule: r.contested_rule, ruleText: contestedRuleText(r.contested_rule), note: r.contested_note }
          : null,
      models,
    };
  });
}

/** Every organization of the registry, by name. */
export async function getOrganizations(): Promise<OrganizationItem[]> {
  const version = await currentDataVersion();
  return memo(version, "organizations", readOrganizations);
}
