// Entity data shaped into chart series (pure; the entity pages draw them with the shared time chart).
import type { RankPoint, ValuePoint } from "@/lib/reads/types/entities";
import type { ModelHistoryPoint } from "@/lib/standings/types";
import type { ChartSeries } from "@/lib/view/chart/data";

/** A model's rank per snapshot. */
export function modelRankSeries(points: { date: string; rank: number }[], label = "Rank"): ChartSeries[] {
  return [{ key: "rank", label, points: points.map((p) => ({ date: p.date, value: p.rank, model: null })) }];
}

/** A model's score per snapshot, with the 95% CI bounds as two more series where any is known. */
export function modelScoreSeries(points: ModelHistoryPoint[]): ChartSeries[] {
  const series: ChartSeries[] = [
    { key: "score", label: "Score", points: points.map((p) => ({ date: p.date, value: p.score, model: null })) },
  ];
  if (points.some((p) => p.ciUpper !== null && p.ciLower !== null)) {
    series.push(
      {
        key: "ci-upper",
        label: "95% CI upper",
        points: points.map((p) => ({ date: p.date, value: p.ciUpper, model: null })),
      },
      {
        key: "ci-lower",
        label: "95% CI lower",
        points: points.map((p) => ({ date: p.date, value: p.ciLower, model: null })),
      },
    );
  }
  return series;
}

export function rankHistorySeries(key: string, label: string, points: RankPoint[]): ChartSeries {
  return { key, label, points: points.map((p) => ({ date: p.date, value: p.rank, model: p.model })) };
}

export function valueSeries(key: string, label: string, points: ValuePoint[]): ChartSeries {
  return { key, label, points };
}

/** The best rank in a history and the first date it was held. */
export function bestOf(points: { date: string; rank: number | null }[]): { rank: number; date: string } | null {
  let best: { rank: number; date: string } | null = null;
  for (const p of points)
    if (p.rank !== null && (best === null || p.rank < best.rank)) best = { rank: p.rank, date: p.date };
  return best;
}
