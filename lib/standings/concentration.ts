// Concentration: when one account carries a country key's standing. On a snapshot, a key holds some of the top-N
// slots (rows ranked N or better in the view's population); when one supplier, the organization that published the
// rows (or, for rows of no known organization on a board keyed by Hub repo, the Hub namespace), supplies more than
// half of them, and the key holds at least CONCENTRATION_MIN_SLOTS, the standing rests on that one account. The Open
// LLM Leaderboard's Europe is the case in point: its top-10 slots are one individual's merges for months.
//
// Pure, over the columnar frame's walk of counted rows (lib/frame/walkers.ts), so the standings answer, the dashboard
// and the country pages read one computation. The words are in ./concentration-text.ts.
import { columnarOf, type FrameInput } from "@/lib/frame/build";
import type { StandingsFilters } from "@/lib/frame/filters";
import { forEachCounted, rankAt } from "@/lib/frame/walkers";
import { boardInfo } from "@/lib/boards/info";
import type { CountryKey } from "@/lib/core/countries";
import { indexRange } from "./metrics";
import type { ConcentrationRun } from "./concentration-text";

export type { ConcentrationRun, ConcentrationSupplier, ConcentrationBase } from "./concentration-text";

/** A key holding fewer slots than this is never flagged: a single slot always comes from one account. */
export const CONCENTRATION_MIN_SLOTS = 2;

export interface ConcentrationQuery {
  /** The top-N cut-off the view uses. */
  n: number;
  countries: CountryKey[];
  from?: string;
  to?: string;
  filters: StandingsFilters;
}

/** Per key on one snapshot: its slots, and per supplier its slots and their base organization (-1: mixed or unknown). */
interface Tally {
  slots: number;
  bySupplier: Map<string, { supplied: number; base: number }>;
}

/**
 * The stretches of consecutive snapshots in [from, to] on which one supplier holds more than half of a key's top-N
 * slots, per requested key in request order, oldest first. A stretch ends where the supplier changes or no longer
 * holds; its figures (`supplied`, `slots`, `base`) are those of its last snapshot.
 */
export function computeConcentration(frame: FrameInput, q: ConcentrationQuery): ConcentrationRun[] {
  const f = columnarOf(frame);
  const p = f.population(q.filters);
  const [start, end] = indexRange(f.dates, q.from, q.to);
  const masks = q.countries.map((key) => f.keyMask(key));
  const hubKeys = boardInfo(f.board).modelKey === "hub-eval";
  // Supplier ids: an organization by its index, else (Hub boards) the repo's namespace.
  const supplierOf = (m: number): string | null => {
    const org = f.modelDevOrg[m];
    if (org !== 0) return `o${org}`;
    if (!hubKeys) return null;
    const key = f.modelKeys[m];
    const cut = key.indexOf("_");
    return cut > 0 ? `n${key.slice(0, cut)}` : null;
  };
  /** A slot's base organization when it is another's than its supplier's; -1 when unknown or its own. */
  const baseOf = (m: number): number => {
    const base = f.modelBaseOrg[m];
    return base !== 0 && base !== f.modelDevOrg[m] ? base : -1;
  };
  const runs: ConcentrationRun[][] = q.countries.map(() => []);
  const open: (ConcentrationRun | null)[] = q.countries.map(() => null);
  /** Per key, the supplier its open stretch is of. */
  const openOf: string[] = q.countries.map(() => "");
  for (let s = start; s < end; s++) {
    const tallies: Tally[] = q.countries.map(() => ({ slots: 0, bySupplier: new Map() }));
    forEachCounted(p, s, (r) => {
      if (rankAt(p, r) > q.n) return false;
      const m = f.model[r];
      const c = p.countryOf[m];
      let supplier: string | null | undefined;
      let base = 0;
      for (let k = 0; k < masks.length; k++) {
        if (!masks[k][c]) continue;
        const t = tallies[k];
        t.slots++;
        if (supplier === undefined) {
          supplier = supplierOf(m);
          base = baseOf(m);
        }
        if (supplier === null) continue;
        const entry = t.bySupplier.get(supplier);
        if (!entry) t.bySupplier.set(supplier, { supplied: 1, base });
        else {
          entry.supplied++;
          if (entry.base !== base) entry.base = -1;
        }
      }
    });
    tallies.forEach((t, k) => {
      let found: { id: string; supplied: number; base: number } | null = null;
      if (t.slots >= CONCENTRATION_MIN_SLOTS)
        for (const [id, e] of t.bySupplier) if (2 * e.supplied > t.slots) found = { id, ...e };
      if (found === null) {
        open[k] = null;
        return;
      }
      const baseOrg = found.base > 0 ? f.orgs[found.base] : null;
      const base = baseOrg ? { slug: baseOrg.slug, name: baseOrg.name } : null;
      const run = open[k];
      // The previous snapshot's stretch goes on while the same supplier holds; its figures become this snapshot's.
      if (run && openOf[k] === found.id) {
        run.to = f.dates[s];
        run.snapshots++;
        run.supplied = found.supplied;
        run.slots = t.slots;
        run.base = base;
        return;
      }
      const next: ConcentrationRun = {
        key: q.countries[k],
        supplier: supplierInfo(found.id, f.orgs),
        base,
        from: f.dates[s],
        to: f.dates[s],
        snapshots: 1,
        supplied: found.supplied,
        slots: t.slots,
      };
      runs[k].push(next);
      open[k] = next;
      openOf[k] = found.id;
    });
  }
  return runs.flat();
}

type Orgs = readonly ({ slug: string; name: string } | null)[];

function supplierInfo(id: string, orgs: Orgs): ConcentrationRun["supplier"] {
  if (id.startsWith("o")) {
    const org = orgs[Number(id.slice(1))]!;
    return { kind: "organization", id: org.slug, name: org.name };
  }
  return { kind: "namespace", id: id.slice(1), name: id.slice(1) };
}
