// The named reads behind the entity pages and their API routes: one model, one organization, one country key.
// Each returns null when the entity does not exist, and is memoised per data version.
import "server-only";
import { countryLabel, countsFor, GROUP_KEYS, isIsoCountry, canonicalCountryKey } from "@/lib/core/countries";
import { indexByFullname, walkLineage } from "@/lib/attribution/hf-lineage";
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { milestoneFilters, populationLabel } from "@/lib/standings/milestones/population";
import { concentrationOn } from "@/lib/standings/concentration-text";
import { concentrationViewHref } from "@/lib/view/url/hrefs";
import { frameFor } from "@/lib/frame/cache";
import { memo } from "@/lib/reads/memo";
import { snapshotTableQuerySchema, standingsQuerySchema } from "@/lib/standings/query-schemas";
import type { RankRule } from "@/lib/frame/rank";
import { getModelHistory, getSnapshotTable, getStandings } from "@/lib/reads/standings";
import { alsoOn, getCatalog, summary, type Catalog, type CatalogModel } from "@/lib/reads/catalog";
import type {
  CountryBoard,
  CountryConcentration,
  CountryDetail,
  ModelDetail,
  ModelSummary,
  OrganizationDetail,
  RankPoint,
  ValuePoint,
} from "@/lib/reads/types/entities";

export const COUNTRY_TOP_N = 10;

export async function getModelDetail(
  board: BoardSlug,
  key: string,
  rule: RankRule = "score",
): Promise<ModelDetail | null> {
  const [history, catalog] = await Promise.all([getModelHistory(board, key, rule), getCatalog()]);
  if (history === null) return null;
  return { ...history, alsoOn: alsoOn(catalog, board, key) };
}

export interface LineageStep {
  fullname: string;
  /** An HF board key for that repo, when the board evaluated it. */
  key: string | null;
}

/** What the model page shows beyond the API's detail: the summary, parameters and the HF base-model chain. */
export interface ModelPageData {
  detail: ModelDetail;
  summary: ModelSummary | null;
  params: number | null;
  /** HF: the model's `Base Model` chain, itself first; empty on the arena. */
  lineage: LineageStep[];
  /** The model's score rank per snapshot (competition rank by score, the charts' default rule): `detail.points`' scoreRank. */
  scoreRanks: { date: string; rank: number }[];
  /** `detail.alsoOn` with display names (an HF twin as fullname plus precision). */
  twins: { board: BoardSlug; key: string; label: string }[];
}

function twinLabel(catalog: Catalog, board: BoardSlug, key: string): string {
  const m = catalog.byKey.get(`${board}|${key}`);
  if (!m) return key;
  if (boardInfo(board).modelKey !== "hub-eval") return m.name;
  const precision = key.slice(m.name.length + 1);
  return precision ? `${m.name} (${precision})` : m.name;
}

const lineageIndexes = new WeakMap<Catalog, Map<BoardSlug, ReturnType<typeof indexByFullname>>>();

/** The `Base Model` chain on boards attributed by namespace (which publish that column); lineage stays on the model's board. */
function lineageOf(catalog: Catalog, m: CatalogModel): LineageStep[] {
  if (boardInfo(m.board).attributedBy !== "namespace") return [];
  let byBoard = lineageIndexes.get(catalog);
  if (!byBoard) lineageIndexes.set(catalog, (byBoard = new Map()));
  let index = byBoard.get(m.board);
  if (!index) {
    const nodes = catalog.models
      .filter((n) => n.board === m.board)
      .map((n) => ({ name: n.name, baseModel: n.baseModel }));
    byBoard.set(m.board, (index = indexByFullname(nodes)));
  }
  const chain = walkLineage({ name: m.name, baseModel: m.baseModel }, index).chain;
  return chain.map((fullname) => ({
    fullname,
    key: catalog.hfByFullname.get(fullname.toLowerCase())?.find((n) => n.board === m.board)?.key ?? null,
  }));
}

export async function getModelPageData(board: BoardSlug, key: string): Promise<ModelPageData | null> {
  const [detail, catalog] = await Promise.all([getModelDetail(board, key), getCatalog()]);
  if (detail === null) return null;
  const m = catalog.byKey.get(`${board}|${key}`);
  return {
    detail,
    summary: m ? summary(m) : null,
    params: m?.params ?? null,
    lineage: m ? memoLineage(catalog, m) : [],
    twins: detail.alsoOn.map((t) => ({ ...t, label: twinLabel(catalog, t.board, t.key) })),
    scoreRanks: detail.points.map((p) => ({ date: p.date, rank: p.scoreRank })),
  };
}

const lineages = new WeakMap<Catalog, Map<string, LineageStep[]>>();
function memoLineage(catalog: Catalog, m: CatalogModel): LineageStep[] {
  let byKey = lineages.get(catalog);
  if (!byKey) lineages.set(catalog, (byKey = new Map()));
  const id = `${m.board}|${m.key}`;
  let hit = byKey.get(id);
  if (!hit) byKey.set(id, (hit = lineageOf(catalog, m)));
  return hit;
}

const byBestRank = (a: ModelSummary, b: ModelSummary) =>
  (a.bestRank ?? Infinity) - (b.bestRank ?? Infinity) || a.key.localeCompare(b.key);

async function bestRankHistory(
  board: BoardSlug,
  version: number,
  counts: (m: CatalogModel | undefined) => boolean,
  catalog: Catalog,
): Promise<RankPoint[]> {
  const frame = await frameFor(board, version);
  const counted = Uint8Array.from(frame.modelKeys, (k) => (counts(catalog.byKey.get(`${board}|${k}`)) ? 1 : 0));
  return frame.dates.map((date, s) => {
    // The lowest score rank; on a tie the better published rank, then the model key (rows are stored by score, then key).
    let best = -1;
    for (let r = frame.offsets[s]; r < frame.offsets[s + 1]; r++) {
      if (!counted[frame.model[r]]) continue;
      if (
        best === -1 ||
        frame.scoreRank[r] < frame.scoreRank[best] ||
        (frame.scoreRank[r] === frame.scoreRank[best] && frame.rank[r] < frame.rank[best])
      )
        best = r;
    }
    return {
      date,
      rank: best === -1 ? null : frame.scoreRank[best],
      model: best === -1 ? null : frame.modelKeys[frame.model[best]],
    };
  });
}

async function readOrganization(catalog: Catalog, slug: string): Promise<OrganizationDetail | null> {
  const organization = catalog.orgBySlug.get(slug);
  if (!organization) return null;
  const models: Record<string, ModelSummary[]> = {};
  const history: Record<string, RankPoint[]> = {};
  for (const board of catalog.boards) {
    models[board] = catalog.models
      .filter((m) => m.board === board && m.organizationSlug === slug)
      .map(summary)
      .sort(byBestRank);
    history[board] = await bestRankHistory(board, catalog.version, (m) => m?.organizationSlug === slug, catalog);
  }
  return { organization, rankRule: "score", models, history };
}

/** One organization of the registry with its models and best-rank history, or null for an unknown slug. */
export async function getOrganizationDetail(slug: string): Promise<OrganizationDetail | null> {
  const catalog = await getCatalog();
  if (!catalog.orgBySlug.has(slug)) return null;
  return memo(catalog.version, `org-detail:${slug}`, () => readOrganization(catalog, slug));
}

/** Whether the data knows the key: a group, or the country of some organization in the registry. */
export function knownCountry(catalog: Catalog, key: string): boolean {
  return (GROUP_KEYS as readonly string[]).includes(key) || catalog.countries.includes(key);
}

function points(series: { points: ValuePoint[] }[] | undefined): ValuePoint[] {
  return series?.[0]?.points ?? [];
}

async function countryBoard(board: BoardSlug, key: string): Promise<CountryBoard> {
  // One population for everything a country page says about a board, the one its milestones are found in: every
  // row, or on the Open LLM Leaderboard the official providers' rows ranked among themselves; score rank throughout.
  const filters = milestoneFilters(board);
  const official = String(filters.official);
  // The queries are the code's own, so they are parsed directly: a failure here is a bug, not a bad request.
  const standings = (metric: string, population = official) =>
    getStandings(
      standingsQuerySchema.parse({
        board,
        metric,
        countries: key,
        n: String(COUNTRY_TOP_N),
        official: population,
        rank: filters.rank,
      }),
    );
  // Every row as well as the page's official providers: one account can carry a key among all rows only (the Open
  // LLM Leaderboard's Europe), and the page says so, naming the population.
  const [bestRank, bestScore, topShare, allRows] = await Promise.all([
    standings("best-rank"),
    standings("best-score"),
    standings("top-n-share"),
    filters.official ? standings("top-n-count", "false") : null,
  ]);
  const asOf = bestRank.asOf;
  const table = asOf
    ? await getSnapshotTable(board, asOf, snapshotTableQuerySchema.parse({ official, rank: filters.rank }))
    : null;
  const flags = (answer: typeof topShare | null, isOfficial: boolean): CountryConcentration[] =>
    answer && asOf
      ? concentrationOn(answer.concentration, asOf).map((run) => ({
          ...run,
          n: COUNTRY_TOP_N,
          population: {
            official: isOfficial,
            label: isOfficial ? populationLabel(board) : "every model on the board, not only official providers'",
          },
          href: concentrationViewHref({ board, key, n: COUNTRY_TOP_N, official: isOfficial, date: asOf }),
        }))
      : [];
  return {
    board,
    population: { official: filters.official, label: populationLabel(board) },
    retiredOn: boardInfo(board).retiredOn,
    bestRank: points(bestRank.series),
    bestScore: points(bestScore.series),
    topShare: points(topShare.series),
    topN: COUNTRY_TOP_N,
    asOf,
    leading: (table?.rows ?? []).filter((r) => countsFor(r.country, key)).slice(0, 10),
    concentration: [...flags(topShare, filters.official), ...flags(allRows, false)],
  };
}

async function readCountry(catalog: Catalog, key: string): Promise<CountryDetail> {
  const group = (GROUP_KEYS as readonly string[]).includes(key);
  const organizations = catalog.organizations
    .filter((o) => countsFor(o.country, key))
    .map((o) => {
      const models: Record<string, number> = {};
      const bestRank: Record<string, number | null> = {};
      for (const board of catalog.boards) {
        const own = catalog.models.filter((m) => m.board === board && m.organizationSlug === o.slug);
        models[board] = own.length;
        const ranks = own.map((m) => m.bestRank).filter((r): r is number => r !== null);
        bestRank[board] = ranks.length ? Math.min(...ranks) : null;
      }
      return { slug: o.slug, name: o.name, country: o.country, models, bestRank };
    })
    .filter((o) => Object.values(o.models).some((n) => n > 0))
    .sort(
      (a, b) =>
        Object.values(b.models).reduce((x, y) => x + y, 0) - Object.values(a.models).reduce((x, y) => x + y, 0) ||
        a.name.localeCompare(b.name),
    );
  return {
    key,
    rankRule: "score",
    label: countryLabel(key),
    kind: group ? "group" : "country",
    members: group ? catalog.countries.filter((c) => countsFor(c, key)) : [],
    organizations,
    boards: await Promise.all(catalog.boards.map((b) => countryBoard(b, key))),
  };
}

/**
 * One country key (ISO code or group) with its organizations, series and current leaders; null when unknown. With
 * `anyIso` (the country page), every valid ISO code is known: one with no model in the data gets its empty detail, so
 * its page can say so.
 */
export async function getCountryDetail(
  rawKey: string,
  { anyIso = false }: { anyIso?: boolean } = {},
): Promise<CountryDetail | null> {
  const key = canonicalCountryKey(rawKey);
  if (key === null) return null;
  const catalog = await getCatalog();
  if (!knownCountry(catalog, key) && !(anyIso && isIsoCountry(key))) return null;
  return memo(catalog.version, `country-detail:${key}`, () => readCountry(catalog, key));
}
