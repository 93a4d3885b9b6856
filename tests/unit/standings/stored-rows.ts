// The reference for the ranking table's rows: the table rule applied to a snapshot's stored rows, one by one.
import type { BoardSlug } from "@/lib/boards/info";
import { boardHasOfficial } from "@/lib/frame/filters";
import { countedRank } from "./oracle";
import { entryLicenseClass } from "@/lib/boards/license";
import type { SnapshotTableQuery } from "@/lib/standings/query";
import { rankUnder, scoreRanksOf } from "@/lib/frame/rank";
import { filtersOf, type AttributionColumns } from "@/lib/standings/answers";
import type { RankingRow } from "@/lib/standings/types";

/** One stored entry of a snapshot with its model and both attributions, as the snapshot-table query returns it. */
export interface StoredEntryRow extends AttributionColumns {
  model: string;
  name: string;
  rank: number;
  rankOfficial: number | null;
  score: number;
  ciLower: number | null;
  ciUpper: number | null;
  votes: number | null;
  license: string | null;
  official: boolean | null;
}

/**
 * The ranking table under the filters (the same entry rule as the metrics: `countedRank`). `rank` is the rank under
 * the requested rule; `scoreRank` and `publishedRank` give both, in the population `official` chooses.
 * The rule as it reads on stored rows, the way the API once built its tables: the API now cuts them from the columnar
 * frame (lib/standings/table-frame.ts), and columnar.test.ts holds those rows to these.
 */
export function rankingRows(board: BoardSlug, rows: StoredEntryRow[], q: SnapshotTableQuery): RankingRow[] {
  const filters = filtersOf(q);
  const base = q.attribution === "base";
  const officialOnly = filters.official && boardHasOfficial(board);
  const scoreRanks = scoreRanksOf(rows);
  const out: RankingRow[] = [];
  rows.forEach((r, i) => {
    const ranked = { ...r, ...scoreRanks[i] };
    const rank = countedRank(board, ranked, filters);
    if (rank === null) return;
    const licenseClass = entryLicenseClass(board, r.license);
    out.push({
      rank,
      scoreRank: rankUnder("score", officialOnly, ranked),
      publishedRank: rankUnder("published", officialOnly, ranked),
      model: r.model,
      name: r.name,
      organization: base ? r.baseName : r.devName,
      organizationSlug: base ? r.baseSlug : r.devSlug,
      country: (base ? r.baseCountry : r.devCountry)?.trim() || null,
      score: r.score,
      ciLower: r.ciLower,
      ciUpper: r.ciUpper,
      votes: r.votes,
      license: r.license,
      licenseClass,
      official: r.official,
      why: base ? r.baseWhy : r.devWhy,
    });
  });
  return out.sort(
    (a, b) => a.rank - b.rank || b.score - a.score || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0),
  );
}
