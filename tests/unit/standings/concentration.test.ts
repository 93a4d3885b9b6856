// When one account carries a country key: the rule (more than half of the key's top-N slots from one supplier, the key
// holding at least two), the supplier (organization, else the Hub namespace), the base family, and the stretches.
import { describe, expect, test } from "vitest";
import { computeConcentration } from "@/lib/standings/concentration";
import { concentrationOn, concentrationText } from "@/lib/standings/concentration-text";
import type { FrameEntry } from "@/lib/frame/objects";
import { entry, filters, frame } from "./helpers";

const MAZIYAR = { slug: "maziyar-panahi", name: "Maziyar Panahi" };
const ALIBABA = { slug: "alibaba", name: "Alibaba (Qwen)" };
const META = { slug: "meta", name: "Meta" };
const MISTRAL = { slug: "mistral-ai", name: "Mistral AI" };
const VAGO = { slug: "vago-solutions", name: "VAGO solutions" };

/** An HF row: key `<namespace>_<repo>_bfloat16`, developer and base organizations with their countries. */
function hf(
  repo: string,
  rank: number,
  dev: { org: { slug: string; name: string } | null; country: string | null },
  base: { org: { slug: string; name: string } | null; country: string | null } = dev,
  more: Partial<FrameEntry> = {},
): FrameEntry {
  return entry(`${repo.replace("/", "_")}_bfloat16`, rank, 100 - rank, dev.country, {
    countryBase: base.country,
    orgDeveloper: dev.org,
    orgBase: base.org,
    license: "apache-2.0",
    ...more,
  });
}
const maziyar = { org: MAZIYAR, country: "FR" };
const qwenBase = { org: ALIBABA, country: "CN" };

// Europe's slots in the top 5: all Maziyar Panahi's Qwen fine-tunes on the second and third dates.
const board = frame("hf-open-llm-v2", {
  "2024-08-01": [
    hf("MaziyarPanahi/calme-a", 1, maziyar, qwenBase),
    hf("VAGOsolutions/sauerkraut", 2, { org: VAGO, country: "DE" }, { org: META, country: "US" }),
    hf("meta-llama/Llama-3-70B", 3, { org: META, country: "US" }),
    hf("MaziyarPanahi/calme-b", 4, maziyar, { org: META, country: "US" }),
    hf("mistralai/Mixtral", 6, { org: MISTRAL, country: "FR" }),
  ],
  "2024-09-01": [
    hf("MaziyarPanahi/calme-a", 1, maziyar, qwenBase),
    hf("MaziyarPanahi/calme-c", 2, maziyar, qwenBase),
    hf("meta-llama/Llama-3-70B", 3, { org: META, country: "US" }),
    hf("MaziyarPanahi/calme-d", 4, maziyar, qwenBase),
    hf("mistralai/Mixtral", 5, { org: MISTRAL, country: "FR" }),
  ],
  "2024-10-01": [
    hf("MaziyarPanahi/calme-a", 1, maziyar, qwenBase),
    hf("MaziyarPanahi/calme-c", 2, maziyar, qwenBase),
    hf("MaziyarPanahi/calme-e", 3, maziyar, { org: null, country: null }),
    hf("meta-llama/Llama-3-70B", 4, { org: META, country: "US" }),
    hf("mistralai/Mixtral", 6, { org: MISTRAL, country: "FR" }),
  ],
});

describe("computeConcentration", () => {
  test("flags a key when one supplier holds more than half of its top-N slots, as one stretch per supplier", () => {
    const runs = computeConcentration(board, { n: 5, countries: ["europe", "US", "FR"], filters: filters() });
    expect(runs).toEqual([
      {
        key: "europe",
        supplier: { kind: "organization", id: "maziyar-panahi", name: "Maziyar Panahi" },
        // On its last date one of the three slots has no known base: the phrase is hidden.
        base: null,
        from: "2024-08-01",
        to: "2024-10-01",
        snapshots: 3,
        supplied: 3,
        slots: 3,
      },
      {
        key: "FR",
        supplier: { kind: "organization", id: "maziyar-panahi", name: "Maziyar Panahi" },
        base: null,
        from: "2024-08-01",
        to: "2024-10-01",
        snapshots: 3,
        supplied: 3,
        slots: 3,
      },
    ]);
    // 2024-08-01: Europe holds 3 slots (Maziyar 2, VAGO 1): 2 of 3 is more than half; the US holds one slot only.
  });

  test("names the base family only when every supplied slot's base is one other organization", () => {
    const [sep] = computeConcentration(board, {
      n: 5,
      countries: ["europe"],
      from: "2024-09-01",
      to: "2024-09-01",
      filters: filters(),
    });
    expect(sep).toMatchObject({ supplied: 3, slots: 4, base: { slug: "alibaba", name: "Alibaba (Qwen)" } });
    expect(concentrationText(sep, 5)).toBe(
      "Europe's top-5 slots on 1 Sep 2024: 3 of 4 from Maziyar Panahi, fine-tunes of Alibaba (Qwen) models",
    );
    // 2024-08-01: one slot built on Alibaba's base, one on Meta's: mixed, so no phrase.
    const [aug] = computeConcentration(board, { n: 5, countries: ["europe"], to: "2024-08-01", filters: filters() });
    expect(aug).toMatchObject({ supplied: 2, slots: 3, base: null });
    expect(concentrationText(aug, 5)).toBe("Europe's top-5 slots on 1 Aug 2024: 2 of 3 from Maziyar Panahi");
  });

  test("a model built on its own developer's base names no family", () => {
    const own = frame("hf-open-llm-v2", {
      "2025-01-01": [
        hf("mistralai/a", 1, { org: MISTRAL, country: "FR" }),
        hf("mistralai/b", 2, { org: MISTRAL, country: "FR" }),
      ],
    });
    const [run] = computeConcentration(own, { n: 10, countries: ["europe"], filters: filters() });
    expect(run).toMatchObject({ supplier: { id: "mistral-ai" }, base: null, supplied: 2, slots: 2 });
  });

  test("exactly half is not more than half, and a single slot is never flagged", () => {
    const half = frame("hf-open-llm-v2", {
      "2025-01-01": [
        hf("MaziyarPanahi/a", 1, maziyar, qwenBase),
        hf("mistralai/b", 2, { org: MISTRAL, country: "FR" }),
        hf("meta-llama/c", 3, { org: META, country: "US" }),
      ],
    });
    expect(computeConcentration(half, { n: 3, countries: ["europe", "US"], filters: filters() })).toEqual([]);
  });

  test("the top N follows the view: its n, and ties at the cut", () => {
    // With n = 2 Europe holds calme-a and calme-c on 2024-09-01 (2 of 2); with n = 1 a single slot.
    const two = computeConcentration(board, { n: 2, countries: ["europe"], from: "2024-09-01", filters: filters() });
    expect(two.map((r) => [r.from, r.to, r.supplied, r.slots])).toEqual([["2024-09-01", "2024-10-01", 2, 2]]);
    expect(computeConcentration(board, { n: 1, countries: ["europe"], filters: filters() })).toEqual([]);
  });

  test("the population follows the view: official rows only, licence filter, base attribution", () => {
    const official = frame("hf-open-llm-v2", {
      "2025-01-01": [
        hf("MaziyarPanahi/a", 1, maziyar, qwenBase, { official: false, rankOfficial: null }),
        hf("MaziyarPanahi/b", 2, maziyar, qwenBase, { official: false, rankOfficial: null }),
        hf("mistralai/c", 3, { org: MISTRAL, country: "FR" }, undefined, { official: true, rankOfficial: 1 }),
        hf("mistralai/d", 4, { org: MISTRAL, country: "FR" }, undefined, { official: true, rankOfficial: 2 }),
      ],
    });
    const all = computeConcentration(official, { n: 10, countries: ["europe"], filters: filters({ rank: "score" }) });
    expect(all).toEqual([]); // 2 of 4 each
    const only = computeConcentration(official, {
      n: 10,
      countries: ["europe"],
      filters: filters({ official: true, rank: "score" }),
    });
    expect(only).toMatchObject([{ supplier: { id: "mistral-ai" }, supplied: 2, slots: 2 }]);
    // Under base attribution Maziyar's rows count for China, where they are two of two.
    const base = computeConcentration(official, {
      n: 10,
      countries: ["CN", "europe"],
      filters: filters({ attribution: "base", rank: "score" }),
    });
    expect(base.map((r) => [r.key, r.supplier.id, r.supplied, r.slots])).toEqual([
      ["CN", "maziyar-panahi", 2, 2],
      ["europe", "mistral-ai", 2, 2],
    ]);
  });

  test("a row of no known organization is supplied by its Hub namespace on a board keyed by repo, by nobody elsewhere", () => {
    const loose = frame("hf-open-llm-v2", {
      "2025-01-01": [
        hf("someone/a", 1, { org: null, country: null }, { org: META, country: "US" }),
        hf("someone/b", 2, { org: null, country: null }, { org: META, country: "US" }),
        hf("meta-llama/c", 3, { org: META, country: "US" }),
      ],
    });
    const [run] = computeConcentration(loose, {
      n: 3,
      countries: ["US"],
      filters: filters({ attribution: "base" }),
    });
    expect(run).toMatchObject({
      supplier: { kind: "namespace", id: "someone", name: "someone" },
      base: { slug: "meta" },
      supplied: 2,
      slots: 3,
    });
    const arena = frame("lmarena-text", {
      "2025-01-01": [entry("x", 1, 1300, "US"), entry("y", 2, 1290, "US")],
    });
    expect(computeConcentration(arena, { n: 3, countries: ["US"], filters: filters() })).toEqual([]);
  });

  test("a stretch ends when the supplier no longer holds, and starts again after", () => {
    const gaps = frame("lmarena-text", {
      "2025-01-01": [
        entry("a", 1, 1300, "US", { orgDeveloper: META }),
        entry("b", 2, 1290, "US", { orgDeveloper: META }),
      ],
      "2025-02-01": [
        entry("a", 1, 1300, "US", { orgDeveloper: META }),
        entry("c", 2, 1295, "US", { orgDeveloper: MISTRAL }),
      ],
      "2025-03-01": [
        entry("a", 1, 1300, "US", { orgDeveloper: META }),
        entry("b", 2, 1290, "US", { orgDeveloper: META }),
      ],
    });
    const runs = computeConcentration(gaps, { n: 2, countries: ["US"], filters: filters() });
    expect(runs.map((r) => [r.from, r.to, r.snapshots])).toEqual([
      ["2025-01-01", "2025-01-01", 1],
      ["2025-03-01", "2025-03-01", 1],
    ]);
    expect(concentrationOn(runs, "2025-03-01")).toHaveLength(1);
    expect(concentrationOn(runs, "2025-02-01")).toEqual([]);
  });

  test("the sentence says since when a stretch has held", () => {
    const [run] = computeConcentration(board, { n: 5, countries: ["europe"], filters: filters() });
    expect(concentrationText(run, 5, { since: true })).toBe(
      "Europe's top-5 slots on 1 Oct 2024: 3 of 3 from Maziyar Panahi (one supplier on every snapshot since 1 Aug 2024, 3 in all)",
    );
    expect(concentrationText({ ...run, key: "US" }, 10)).toMatch(/^United States' top-10 slots/);
  });
});
