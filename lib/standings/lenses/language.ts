// Language lens: each country's best rank and best score in two prompt categories (default Chinese against English
// prompts), and the "home advantage": best rank on the first minus best rank on the second. Pure: frames in, rows out.
import { countryLabel, type CountryKey } from "@/lib/attribution/countries";
import { inRange, population, type BoardFrame, type StandingsFilters } from "../frame";
import { metricOf } from "../metrics";

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
 * compares the same publish in both.
 */
export function languageLens(a: BoardFrame, b: BoardFrame, q: LanguageQuery): LanguageSeries[] {
  const bByDate = new Map(b.snapshots.map((s) => [s.date, s]));
  const series: LanguageSeries[] = q.countries.map((key) => ({ key, label: countryLabel(key), points: [] }));
  for (const sa of a.snapshots) {
    const sb = bByDate.get(sa.date);
    if (!sb || !inRange(sa.date, q.from, q.to)) continue;
    const popA = population(a.board, sa, q.filters);
    const popB = population(b.board, sb, q.filters);
    for (const s of series) {
      const rankA = metricOf(popA, s.key, "best-rank", 0);
      const rankB = metricOf(popB, s.key, "best-rank", 0);
      const scoreA = metricOf(popA, s.key, "best-score", 0);
      const scoreB = metricOf(popB, s.key, "best-score", 0);
      s.points.push({
        date: sa.date,
        rankA: rankA.value,
        rankB: rankB.value,
        scoreA: scoreA.value,
        scoreB: scoreB.value,
        modelA: rankA.model,
        modelB: rankB.model,
        advantage: rankA.value !== null && rankB.value !== null ? rankA.value - rankB.value : null,
      });
    }
  }
  return series;
}
