// The concentration flag on the real Open LLM Leaderboard (../shared/data/csv; skipped when absent): Europe's top-10
// slots among all rows are one individual's (MaziyarPanahi's) on every snapshot from 2024-08-01 to the final one of
// 2025-03-21. Rows are attributed by the registry as the sync does (coverage-data's attributeHfSnapshots), every snapshot together.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { findOrganization } from "@/lib/attribution/attribute";
import type { BoardFrame, FrameEntry } from "@/lib/frame/objects";
import { scoreRanksOf } from "@/lib/frame/rank";
import { computeConcentration } from "@/lib/standings/concentration";
import { concentrationOn, concentrationText } from "@/lib/standings/concentration-text";
import { attributeHfSnapshots, readHfSnapshots } from "../attribution/coverage-data";
import { filters } from "./helpers";

const CSV_DIR = path.resolve(process.cwd(), "../shared/data/csv");
const hasData = existsSync(CSV_DIR);

/** The ten snapshots as a frame; the final file is the 2025-03-21 snapshot. */
function realFrame(): BoardFrame {
  const files = readHfSnapshots(CSV_DIR);
  const snapshots = files.map(({ file, rows }) => ({
    date: file === "hf_v2_contents_final.csv" ? "2025-03-21" : file.slice("hf_v2_contents_".length, -4),
    rows,
  }));
  const attribution = attributeHfSnapshots(files);
  const org = (slug: string | null) => {
    const o = slug ? findOrganization(slug) : undefined;
    return o ? { ref: { slug: o.slug, name: o.name }, country: o.country } : { ref: null, country: null };
  };
  return {
    board: "hf-open-llm-v2",
    snapshots: snapshots.map(({ date, rows }) => {
      const scored = rows.map((r) => ({
        r,
        score: Number(r["Average ⬆️"]),
        official: (r["Official Providers"] ?? r["Maintainer's Highlight"]) === "true",
      }));
      const ranks = scoreRanksOf(scored);
      const entries: FrameEntry[] = scored.map(({ r, score, official }, i) => {
        const a = attribution.get(r.eval_name!)!;
        const dev = org(a.developer.orgSlug);
        const base = org(a.base.orgSlug);
        return {
          model: r.eval_name!,
          rank: ranks[i].scoreRank,
          rankOfficial: ranks[i].scoreRankOfficial,
          ...ranks[i],
          score,
          official,
          license: r["Hub License"] ?? null,
          countryDeveloper: dev.country,
          countryBase: base.country,
          orgDeveloper: dev.ref,
          orgBase: base.ref,
        };
      });
      return { date, entries };
    }),
  };
}

describe.skipIf(!hasData)("concentration on the real Open LLM Leaderboard", { timeout: 120_000 }, () => {
  const board = hasData ? realFrame() : null;

  test("2025-03-21: every one of Europe's top-10 slots (all rows) is MaziyarPanahi's, since 2024-08-01", () => {
    const runs = computeConcentration(board!, {
      n: 10,
      countries: ["US", "CN", "europe"],
      filters: filters({ rank: "score" }),
    });
    const [europe] = concentrationOn(runs, "2025-03-21");
    expect(europe).toMatchObject({
      key: "europe",
      supplier: { kind: "organization", id: "maziyar-panahi", name: "Maziyar Panahi" },
      from: "2024-08-01",
      to: "2025-03-21",
      snapshots: 9,
    });
    expect(europe.slots).toBeGreaterThanOrEqual(2);
    expect(europe.supplied).toBe(europe.slots);
    // The base family is named only when the lineage resolves every slot to one other organization: base-mode lineage
    // places every one of these calme merges on Qwen (Alibaba).
    expect(europe.base?.slug).toBe("alibaba");
    expect(concentrationText(europe, 10)).toMatch(
      new RegExp(`^Europe's top-10 slots on 21 Mar 2025: ${europe.slots} of ${europe.slots} from Maziyar Panahi`),
    );
    // On 2024-07-13 Europe holds one slot (Mistral AI's), which is no concentration.
    expect(runs.some((r) => r.key === "europe" && r.from < "2024-08-01")).toBe(false);
  });

  test("among official providers only, Europe's standing rests on no single account", () => {
    const runs = computeConcentration(board!, {
      n: 10,
      countries: ["europe"],
      to: "2025-03-21",
      filters: filters({ official: true, rank: "score" }),
    });
    expect(concentrationOn(runs, "2025-03-21")).toEqual([]);
  });
});
