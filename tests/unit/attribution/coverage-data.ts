// Reads the shared real-data CSVs and measures how much of them the registry attributes.
// Used by coverage.test.ts; kept apart so the numbers can also be printed outside vitest.
import { readdirSync } from "node:fs";
import path from "node:path";
import { attributeArena, attributeHf, type ModelAttribution, type ModelFacts } from "@/lib/attribution/attribute";
import { namespaceOf } from "@/lib/attribution/hf-lineage";
import { organizationByAlias } from "@/lib/attribution/registry";
import { readCsvRecords } from "./csv";

export const CSV_DIR = path.resolve(process.cwd(), "../shared/data/csv");

export type ArenaCoverage = {
  organizations: string[];
  unmatchedOrganizations: string[];
  nullOrgTop30: string[];
  unattributedNullOrgTop30: string[];
  /** Model keys (any rank) with no developer attribution. */
  unattributedModels: string[];
};

/** `file` is one arena config's CSV twin: `arena_text_full.csv`, `arena_vision_full.csv`, … */
export function measureArena(dir = CSV_DIR, file = "arena_text_full.csv"): ArenaCoverage {
  const rows = readCsvRecords(path.join(dir, file));
  const facts = new Map<string, ModelFacts>();
  const bestRank = new Map<string, number>();
  for (const r of rows) {
    const key = r.model_name!;
    if (!facts.has(key) || r.organization !== null) {
      facts.set(key, { key, name: key, organization: r.organization, namespace: null, baseModel: null });
    }
    bestRank.set(key, Math.min(bestRank.get(key) ?? Infinity, Number(r.rank)));
  }
  const result = attributeArena([...facts.values()]);
  const organizations = [...new Set(rows.map((r) => r.organization).filter((o): o is string => o !== null))].sort();
  const unmatchedOrganizations = organizations.filter((o) => organizationByAlias(o) === undefined);
  const nullOrgTop30 = [...facts.values()]
    .filter((f) => f.organization === null && (bestRank.get(f.key) ?? Infinity) <= 30)
    .map((f) => f.key)
    .sort();
  const unattributedNullOrgTop30 = nullOrgTop30.filter((k) => result.get(k)?.developer.orgSlug == null);
  const unattributedModels = [...result].filter(([, a]) => a.developer.orgSlug === null).map(([k]) => k);
  return { organizations, unmatchedOrganizations, nullOrgTop30, unattributedNullOrgTop30, unattributedModels };
}

export type HfSnapshotCoverage = {
  file: string;
  top: number;
  /** Top-100 rows attributed in developer mode (namespace, or re-upload resolution). */
  developer: number;
  /** Top-100 rows attributed in base mode (lineage). */
  base: number;
  /** Top-100 rows attributed in developer or base mode (lineage). */
  developerOrBase: number;
  unattributedNamespaces: Record<string, number>;
  /**
   * Namespaces of the rows with a score rank of 100 or better (competition rank, so ties at 100 are all in) whose
   * developer is unattributed, with their row counts: the "every top-100 namespace attributed or reviewed" rule.
   */
  developerUnattributedTop100: Record<string, number>;
};

export type HfCoverage = {
  snapshots: HfSnapshotCoverage[];
  officialRows: number;
  /** Official rows with no developer attribution, by namespace. */
  officialUnattributed: Record<string, number>;
};

export type HfSnapshotRows = { file: string; rows: Record<string, string | null>[] };

/** Every HF snapshot file's rows, oldest first (the final snapshot last). */
export function readHfSnapshots(dir = CSV_DIR): HfSnapshotRows[] {
  return readdirSync(dir)
    .filter((f) => /^hf_v2_contents_.*\.csv$/.test(f))
    .sort()
    .map((file) => ({ file, rows: readCsvRecords(path.join(dir, file)) }));
}

/**
 * Every HF snapshot attributed together, as the database holds one model per key across snapshots: the first usable
 * `Base Model` a key had, and its latest architecture and type (what the sync reads from the entries).
 */
export function attributeHfSnapshots(snapshots: readonly HfSnapshotRows[]): Map<string, ModelAttribution> {
  const facts = new Map<string, ModelFacts>();
  for (const { rows } of snapshots) {
    for (const r of rows) {
      const key = r.eval_name!;
      const prev = facts.get(key);
      const architecture = r.Architecture ?? prev?.architecture ?? null;
      const type = r.Type ?? prev?.type ?? null;
      if (prev && prev.baseModel !== null && prev.baseModel !== "Removed") {
        facts.set(key, { ...prev, architecture, type });
        continue;
      }
      const name = r.fullname!;
      facts.set(key, {
        key,
        name,
        organization: null,
        namespace: namespaceOf(name),
        baseModel: r["Base Model"] ?? prev?.baseModel ?? null,
        architecture,
        type,
      });
    }
  }
  return attributeHf([...facts.values()]);
}

/** Every HF snapshot attributed together (see attributeHfSnapshots), measured per snapshot. */
export function measureHf(dir = CSV_DIR, topN = 100): HfCoverage {
  const snapshots = readHfSnapshots(dir);
  const result = attributeHfSnapshots(snapshots);
  let officialRows = 0;
  const officialUnattributed: Record<string, number> = {};
  const out: HfSnapshotCoverage[] = [];
  for (const { file, rows } of snapshots) {
    for (const r of rows) {
      if ((r["Official Providers"] ?? r["Maintainer's Highlight"]) !== "true") continue;
      officialRows++;
      if (result.get(r.eval_name!)?.developer.orgSlug == null) {
        const ns = namespaceOf(r.fullname!);
        officialUnattributed[ns] = (officialUnattributed[ns] ?? 0) + 1;
      }
    }
    const top = [...rows].sort((a, b) => Number(b["Average ⬆️"]) - Number(a["Average ⬆️"])).slice(0, topN);
    let developer = 0;
    let base = 0;
    let developerOrBase = 0;
    const unattributedNamespaces: Record<string, number> = {};
    for (const r of top) {
      const a = result.get(r.eval_name!)!;
      if (a.developer.orgSlug !== null) developer++;
      if (a.base.orgSlug !== null) base++;
      if (a.developer.orgSlug !== null || a.base.orgSlug !== null) developerOrBase++;
      else {
        const ns = namespaceOf(r.fullname!);
        unattributedNamespaces[ns] = (unattributedNamespaces[ns] ?? 0) + 1;
      }
    }
    const developerUnattributedTop100: Record<string, number> = {};
    const sorted = [...rows].sort((a, b) => Number(b["Average ⬆️"]) - Number(a["Average ⬆️"]));
    const cutoff = Number(sorted[Math.min(99, sorted.length - 1)]?.["Average ⬆️"]);
    for (const r of sorted) {
      if (!(Number(r["Average ⬆️"]) >= cutoff)) break;
      if (result.get(r.eval_name!)!.developer.orgSlug !== null) continue;
      const ns = namespaceOf(r.fullname!);
      developerUnattributedTop100[ns] = (developerUnattributedTop100[ns] ?? 0) + 1;
    }
    out.push({
      file,
      top: top.length,
      developer,
      base,
      developerOrBase,
      unattributedNamespaces,
      developerUnattributedTop100,
    });
  }
  return { snapshots: out, officialRows, officialUnattributed };
}
