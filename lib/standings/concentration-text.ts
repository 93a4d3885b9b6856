// A concentration flag (./concentration.ts) as data and as the sentence every surface shows: the standings panel, the
// country pages and the methodology's example say it with these words. Pure and client-safe (no frame code).
import { countryLabel, type CountryKey } from "@/lib/core/countries";
import { formatDateLong } from "@/lib/standings/format";

/** Who supplied the slots: an organization of the registry, or a Hub namespace no organization claims. */
export interface ConcentrationSupplier {
  kind: "organization" | "namespace";
  /** The organization's slug (/orgs/{slug}), or the namespace as spelled. */
  id: string;
  name: string;
}

/** The organization whose base models every supplied slot was built on. */
export interface ConcentrationBase {
  slug: string;
  name: string;
}

/** A stretch of consecutive snapshots on which one supplier holds more than half of a key's top-N slots. */
export interface ConcentrationRun {
  key: CountryKey;
  supplier: ConcentrationSupplier;
  /**
   * Under base-model attribution, the one organization every supplied slot's base model comes from, when it is
   * another's than the supplier's; null when the bases are unknown, mixed, or the supplier's own.
   */
  base: ConcentrationBase | null;
  /** First and last snapshot dates of the stretch, and how many snapshots it spans. */
  from: string;
  to: string;
  snapshots: number;
  /** On `to`: the supplier's slots, and all of the key's slots in the top N. */
  supplied: number;
  slots: number;
}

/** "Europe's", "United States'". */
function possessive(label: string): string {
  return label.endsWith("s") ? `${label}'` : `${label}'s`;
}

/**
 * "Europe's top-10 slots on 21 Mar 2025: 4 of 4 from Maziyar Panahi, fine-tunes of Alibaba (Qwen) models": the flag on
 * its last date. `since` adds how long it has held when the stretch began earlier.
 */
export function concentrationText(run: ConcentrationRun, n: number, opts: { since?: boolean } = {}): string {
  const head = `${possessive(countryLabel(run.key))} top-${n} slots on ${formatDateLong(run.to)}: ${run.supplied} of ${run.slots} from ${run.supplier.name}`;
  const base = run.base ? `, fine-tunes of ${run.base.name} models` : "";
  const since =
    opts.since && run.from !== run.to
      ? ` (one supplier on every snapshot since ${formatDateLong(run.from)}, ${run.snapshots} in all)`
      : "";
  return `${head}${base}${since}`;
}

/** The runs that hold on `date` (a view's last snapshot), in the answer's order. */
export function concentrationOn(
  runs: readonly ConcentrationRun[] | undefined,
  date: string | null,
): ConcentrationRun[] {
  return date === null ? [] : (runs ?? []).filter((r) => r.to === date);
}
