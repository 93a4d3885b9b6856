// Every model of every board summarised in one query, plus the cross-board twins, built once per data version.
// The entity pages, their API routes and search all read from it, so a warm request touches no database.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { matchTwins, type TwinIndex } from "@/lib/attribution/identity";
import { boardInfo, compareBoards, type BoardSlug } from "@/lib/boards/info";
import { boardSlugs } from "@/lib/reads/boards";
import { prisma } from "@/lib/core/db";
import { currentDataVersion } from "@/lib/core/data-version";
import { frameFor } from "@/lib/frame/cache";
import { getOrganizations } from "@/lib/reads/organizations";
import type { OrganizationItem } from "@/lib/standings/types";
import type { ModelRef, ModelSummary } from "@/lib/reads/types/entities";

export interface CatalogModel extends ModelSummary {
  namespace: string | null;
  baseModel: string | null;
  /** HF: parameters in billions from the newest entry; null elsewhere or unknown. */
  params: number | null;
}

export interface Catalog {
  version: number;
  /** The stored boards (the runtime list), in list order. */
  boards: BoardSlug[];
  models: CatalogModel[];
  /** `${board}|${key}` → model. */
  byKey: Map<string, CatalogModel>;
  /** Lower-cased Hub fullname → its rows on `hub-eval` boards (one per evaluated precision). */
  hfByFullname: Map<string, CatalogModel[]>;
  twins: TwinIndex;
  organizations: OrganizationItem[];
  orgBySlug: Map<string, OrganizationItem>;
  /** ISO codes of the registry's organizations (the countries the data knows), sorted. */
  countries: string[];
}

interface Row {
  board: string;
  key: string;
  name: string;
  namespace: string | null;
  baseModel: string | null;
  orgSlug: string | null;
  country: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  snapshots: number;
  params: number | null;
}

async function readModels(): Promise<CatalogModel[]> {
  const rows = await prisma().$queryRaw<Row[]>(Prisma.sql`
    SELECT m.board_slug AS board, m.key, m.name, m.namespace, m.base_model AS "baseModel",
           dev.slug AS "orgSlug", dev.country,
           to_char(min(s.date), 'YYYY-MM-DD') AS "firstSeen", to_char(max(s.date), 'YYYY-MM-DD') AS "lastSeen",
           count(e.model_id)::int AS snapshots,
           (array_agg(CASE WHEN jsonb_typeof(e.extra->'params') = 'number' THEN (e.extra->>'params')::float8 END
                      ORDER BY s.date DESC) FILTER (WHERE e.extra IS NOT NULL))[1] AS params
    FROM model m
    LEFT JOIN organization dev ON dev.id = m.developer_org_id
    LEFT JOIN entry e ON e.model_id = m.id
    LEFT JOIN snapshot s ON s.id = e.snapshot_id
    GROUP BY m.id, dev.id
    ORDER BY m.board_slug, m.key`);
  return rows.map((r) => ({
    board: r.board as BoardSlug,
    key: r.key,
    name: r.name,
    namespace: r.namespace,
    baseModel: r.baseModel,
    organizationSlug: r.orgSlug,
    country: r.country?.trim() || null,
    firstSeen: r.firstSeen,
    lastSeen: r.lastSeen,
    snapshots: r.snapshots,
    // Filled from the frames (score rank) by build().
    bestRank: null,
    bestRankDate: null,
    params: r.params,
  }));
}

/**
 * The models of the boards keyed by name (the arena side of lib/attribution/identity.ts), each key once: boards that
 * key by name share one name for one model, so a key on two of them is one model with one set of twins.
 */
function namedModels(models: readonly CatalogModel[]): { key: string; orgSlug: string | null }[] {
  const seen = new Set<string>();
  const out: { key: string; orgSlug: string | null }[] = [];
  for (const m of models) {
    if (boardInfo(m.board).modelKey !== "name" || seen.has(m.key)) continue;
    seen.add(m.key);
    out.push({ key: m.key, orgSlug: m.organizationSlug });
  }
  return out;
}

async function build(version: number): Promise<Catalog> {
  const boards = await boardSlugs();
  const [models, organizations, frames] = await Promise.all([
    readModels(),
    getOrganizations(),
    Promise.all(boards.map((b) => frameFor(b, version))),
  ]);
  const byKey = new Map(models.map((m) => [`${m.board}|${m.key}`, m]));
  // Best rank by the score rank, the rule the charts use by default (one rule on every date); the first date wins.
  for (const frame of frames) {
    const target = frame.modelKeys.map((k) => byKey.get(`${frame.board}|${k}`));
    for (let s = 0; s < frame.dates.length; s++) {
      for (let r = frame.offsets[s]; r < frame.offsets[s + 1]; r++) {
        const m = target[frame.model[r]];
        const rank = frame.scoreRank[r];
        if (m && (m.bestRank === null || rank < m.bestRank))
          Object.assign(m, { bestRank: rank, bestRankDate: frame.dates[s] });
      }
    }
  }
  const hfByFullname = new Map<string, CatalogModel[]>();
  for (const m of models) {
    if (boardInfo(m.board).modelKey !== "hub-eval") continue;
    const k = m.name.toLowerCase();
    hfByFullname.set(k, [...(hfByFullname.get(k) ?? []), m]);
  }
  const twins = matchTwins(
    namedModels(models),
    models.filter((m) => boardInfo(m.board).modelKey === "hub-eval").map((m) => ({ key: m.key, fullname: m.name })),
  );
  const countries = [...new Set(organizations.map((o) => o.country))].sort();
  return {
    version,
    boards,
    models,
    byKey,
    hfByFullname,
    twins,
    organizations,
    orgBySlug: new Map(organizations.map((o) => [o.slug, o])),
    countries,
  };
}

let current: { version: number; catalog: Promise<Catalog> } | null = null;

/** The catalog for the current data version; concurrent callers share one build, a failed build is not kept. */
export async function getCatalog(): Promise<Catalog> {
  const version = await currentDataVersion();
  if (current?.version === version) return current.catalog;
  const catalog = build(version);
  const entry = { version, catalog };
  current = entry;
  catalog.catch(() => {
    if (current === entry) current = null;
  });
  return catalog;
}

/**
 * The same model on the other boards, in list order: under its own key on the other boards that key models the same
 * way by name (an arena key names one model on every arena, its style-controlled variant included), and each twin on
 * the boards that key models the other way (by name ⇄ by Hub repo).
 */
export function alsoOn(catalog: Catalog, board: BoardSlug, key: string): ModelRef[] {
  const modelKey = boardInfo(board).modelKey;
  const same =
    modelKey === "name"
      ? catalog.boards
          .filter((b) => b !== board && boardInfo(b).modelKey === modelKey && catalog.byKey.has(`${b}|${key}`))
          .map((b) => ({ board: b, key }))
      : [];
  const keys = (modelKey === "name" ? catalog.twins.arenaToHf : catalog.twins.hfToArena).get(key) ?? [];
  const others = catalog.boards.filter((b) => boardInfo(b).modelKey !== modelKey);
  const twins = keys.flatMap((k) =>
    others.filter((b) => catalog.byKey.has(`${b}|${k}`)).map((b) => ({ board: b, key: k })),
  );
  return [...same, ...twins].sort((x, y) => compareBoards(x.board, y.board));
}

export function summary(m: CatalogModel): ModelSummary {
  const { namespace: _n, baseModel: _b, params: _p, ...rest } = m;
  return rest;
}
