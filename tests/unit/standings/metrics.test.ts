import { describe, expect, test } from "vitest";
import { metricAt } from "./oracle";
import type { MetricKind } from "@/lib/standings/metric-kinds";
import type { FrameSnapshot } from "@/lib/frame/objects";
import type { StandingsFilters } from "@/lib/frame/filters";
import { entry, filters } from "./helpers";

// One arena snapshot. Ranks are the published ones, with competition ties at 1 and 4.
const arena: FrameSnapshot = {
  date: "2025-01-01",
  entries: [
    entry("us-b", 1, 1300, "US"),
    entry("us-a", 1, 1300, "US"),
    entry("cn-1", 3, 1290, "CN", { license: "MIT" }),
    entry("de-1", 4, 1279, "DE", { license: "Propretary" }),
    entry("fr-1", 4, 1280, "FR", { license: "Apache 2.0" }),
    entry("jp-1", 6, 1270, "JP", { license: "Llama 3.1 Community" }),
    entry("kr-1", 7, 1260, "KR", { license: null }),
    entry("unk-1", 8, 1250, null, { license: "Other" }),
    entry("ae-1", 9, 1240, "AE", { license: "Apache-2.0" }),
    // A US fine-tune of a Chinese base model.
    entry("us-ft", 10, 1230, "US", { countryBase: "CN", license: "Llama 3 Community" }),
  ],
};

function arenaAt(key: string, metric: MetricKind, n = 10, f: Partial<StandingsFilters> = {}) {
  return metricAt("lmarena-text", arena, { metric, n, key, filters: filters(f) });
}

describe("best-rank and best-score", () => {
  test("tied ranks: the higher score wins, then the model key", () => {
    expect(arenaAt("US", "best-rank")).toEqual({ value: 1, model: "us-a" });
    expect(arenaAt("europe", "best-rank")).toEqual({ value: 4, model: "fr-1" });
    expect(arenaAt("US", "best-score")).toEqual({ value: 1300, model: "us-a" });
  });

  test("a key with no models has null best rank and score, and zero counts", () => {
    expect(arenaAt("BR", "best-rank")).toEqual({ value: null, model: null });
    expect(arenaAt("BR", "best-score")).toEqual({ value: null, model: null });
    expect(arenaAt("BR", "model-count")).toEqual({ value: 0, model: null });
    expect(arenaAt("BR", "top-n-count")).toEqual({ value: 0, model: null });
    expect(arenaAt("BR", "top-n-share")).toEqual({ value: 0, model: null });
  });
});

describe("groups", () => {
  test("europe aggregates FR and DE", () => {
    expect(arenaAt("europe", "model-count")).toEqual({ value: 2, model: "fr-1" });
    expect(arenaAt("FR", "model-count").value).toBe(1);
  });
  test("other is JP, KR and AE", () => {
    expect(arenaAt("other", "model-count")).toEqual({ value: 3, model: "jp-1" });
    expect(arenaAt("other", "best-score")).toEqual({ value: 1270, model: "jp-1" });
  });
  test("unknown is the unattributed entries", () => {
    expect(arenaAt("unknown", "best-rank")).toEqual({ value: 8, model: "unk-1" });
  });
});

describe("top-n", () => {
  test("counts rank ≤ n, including competition ties at the cut-off", () => {
    expect(arenaAt("US", "top-n-count", 4)).toEqual({ value: 2, model: "us-a" });
    expect(arenaAt("europe", "top-n-count", 4)).toEqual({ value: 2, model: "fr-1" });
    expect(arenaAt("europe", "top-n-count", 3)).toEqual({ value: 0, model: null });
  });

  test("share divides by every entry with rank ≤ n, so the headline keys sum to 1", () => {
    expect(arenaAt("US", "top-n-share", 4).value).toBeCloseTo(2 / 5);
    expect(arenaAt("CN", "top-n-share", 4).value).toBeCloseTo(1 / 5);
    for (const n of [1, 4, 7, 10]) {
      const sum = ["US", "CN", "europe", "other", "unknown"].reduce(
        (s, k) => s + arenaAt(k, "top-n-share", n).value!,
        0,
      );
      expect(sum).toBeCloseTo(1);
    }
  });

  test("the share's denominator takes the same license filter", () => {
    // Open entries with rank ≤ 10: cn-1, fr-1, jp-1, unk-1 (Other), ae-1, us-ft.
    expect(arenaAt("CN", "top-n-share", 10, { license: "open" }).value).toBeCloseTo(1 / 6);
  });

  test("share is null when nothing counted is in the top n", () => {
    expect(arenaAt("US", "top-n-share", 2, { license: "open" })).toEqual({ value: null, model: null });
  });
});

describe("license filter", () => {
  test("open keeps open weights and never renumbers ranks", () => {
    expect(arenaAt("US", "best-rank", 10, { license: "open" })).toEqual({ value: 10, model: "us-ft" });
    expect(arenaAt("europe", "best-rank", 10, { license: "open" })).toEqual({ value: 4, model: "fr-1" });
  });
  test("proprietary includes the 'Propretary' typo", () => {
    expect(arenaAt("europe", "best-rank", 10, { license: "proprietary" })).toEqual({ value: 4, model: "de-1" });
  });
  test("unknown licenses are excluded by both filters", () => {
    expect(arenaAt("KR", "model-count", 10, { license: "open" }).value).toBe(0);
    expect(arenaAt("KR", "model-count", 10, { license: "proprietary" }).value).toBe(0);
    expect(arenaAt("KR", "model-count", 10, { license: "all" }).value).toBe(1);
  });
});

describe("attribution mode", () => {
  test("developer counts the fine-tune for its developer, base for its base model's country", () => {
    expect(arenaAt("US", "model-count").value).toBe(3);
    expect(arenaAt("CN", "model-count").value).toBe(1);
    expect(arenaAt("US", "model-count", 10, { attribution: "base" }).value).toBe(2);
    expect(arenaAt("CN", "model-count", 10, { attribution: "base" })).toEqual({ value: 2, model: "cn-1" });
  });
});

describe("HF official population", () => {
  const hf: FrameSnapshot = {
    date: "2024-10-01",
    entries: [
      entry("hf-x", 1, 45.5, "CN", { official: false }),
      entry("hf-y", 2, 44, "US", { official: true, rankOfficial: 1 }),
      entry("hf-z", 2, 44, "FR", { official: true, rankOfficial: 1 }),
      entry("hf-w", 4, 40, "US", { official: false }),
      entry("hf-v", 5, 39, "CN", { official: true, rankOfficial: 3 }),
    ].map((e) => ({ ...e, license: null })),
  };
  const at = (key: string, metric: MetricKind, n: number, f: Partial<StandingsFilters> = {}) =>
    metricAt("hf-open-llm-v2", hf, { metric, n, key, filters: filters(f) });

  test("without official every row counts at its overall rank", () => {
    expect(at("CN", "best-rank", 10)).toEqual({ value: 1, model: "hf-x" });
    expect(at("US", "model-count", 10).value).toBe(2);
  });
  test("official=true uses rankOfficial and drops non-official rows", () => {
    expect(at("CN", "best-rank", 10, { official: true })).toEqual({ value: 3, model: "hf-v" });
    expect(at("US", "best-rank", 10, { official: true })).toEqual({ value: 1, model: "hf-y" });
    expect(at("US", "model-count", 10, { official: true }).value).toBe(1);
    expect(at("US", "top-n-share", 1, { official: true }).value).toBeCloseTo(0.5);
    expect(at("europe", "top-n-share", 1, { official: true }).value).toBeCloseTo(0.5);
  });
  test("every HF row is open weights, even untagged", () => {
    expect(at("US", "model-count", 10, { license: "open" }).value).toBe(2);
    expect(at("US", "model-count", 10, { license: "proprietary" }).value).toBe(0);
  });
  test("official=true changes nothing on the arena", () => {
    expect(arenaAt("US", "model-count", 10, { official: true }).value).toBe(3);
    expect(arenaAt("CN", "best-rank", 10, { official: true }).value).toBe(3);
  });
});
