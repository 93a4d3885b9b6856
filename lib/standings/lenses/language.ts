// Language lens: each country's best rank and best score in two prompt categories (default Chinese against English
// prompts), and the "home advantage": best rank on the first minus best rank on the second. Pure: frames in, rows out.
import type { CountryKey } from "@/lib/core/countries";
import type { StandingsFilters } from "@/lib/frame/filters";
import { computeSeries } from "../metrics";
import type { FrameInput } from "@/lib/frame/build";

export interface LanguagePoint {
  date: string;
  /** Best rank and best score in category a / b, with the models that set them; null where the key has none. */
  rankA: number | null;
  rankB: number | null;
  scoreA: number | null;
  scoreB: number | null;
  modelA: string | null;
  modelB: string | null;
  /**
   * rankA − rankB. Negative: the key ranks better on a's prompts than on b's (on Chinese against English prompts, a
   * home advantage for a Chinese lab). null unless the key has a rank in both.
   */
  advantage: number | null;
}

export interface LanguageSeries {
  key: CountryKey;
  label: string;
  points: LanguagePoint[];
}

export interface LanguageQuery {
  countries: CountryKey[];
  from?: string;
  to?: string;
  filters: StandingsFilters;
}

/**
 * One point per date that both categories have, in [from, to]. A date only one category has is left out: the lens
 * compares the same publish in both. Best rank and best score come from the standings' one metric implementation.
 */
export function languageLens(a: FrameInput, b: FrameInput, q: LanguageQuery): LanguageSeries[] {
  const run = (frame: FrameInput, metric: "best-rank" | "best-score") =>
    computeSeries(frame, { metric, n: 0, countries: q.countries, from: q.from, to: q.to, filters: q.filters });
  const [rankA, scoreA, rankB, scoreB] = [
    run(a, "best-rank"),
    run(a, "best-score"),
    run(b, "best-rank"),
    run(b, "best-score"),
  ];
  return rankA.map((ra, k) => {
    const indexInB = new Map(rankB[k].points.map((p, j) => [p.date, j]));
    const points: LanguagePoint[] = [];
    ra.points.forEach((pa, i) => {
      const j = indexInB.get(pa.date);
      if (j === undefined) return;
      const pb = rankB[k].points[j];
      points.push({
        date: pa.date,
        rankA: pa.value,
        rankB: pb.value,
        scoreA: scoreA[k].points[i].value,
        scoreB: scoreB[k].points[j].value,
        modelA: pa.model,
        modelB: pb.model,
        advantage: pa.value !== null && pb.value !== null ? pa.value - pb.value : null,
      });
    });
    return { key: ra.key, label: ra.label, points };
  });
}
