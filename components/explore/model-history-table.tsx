"use client";
// A model's history as one table (rank, score, CI, votes per snapshot), shared by its rank and score charts, built
// only when opened (no-JS readers get it in <noscript>).
import type { BoardSlug } from "@/lib/boards/info";
import type { ModelHistoryPoint } from "@/lib/standings/types";
import { EMPTY, formatRank, formatScore } from "@/lib/standings/format";
import { DateTable, type DateColumn } from "@/components/ui/date-table";

const NUMBER = "text-right tabular-nums";

export function ModelHistoryTable(props: { points: ModelHistoryPoint[]; board: BoardSlug; caption: string }) {
  const { points, board } = props;
  // The arena publishes a rank of its own whose rule changed over time; shown beside ours where it differs.
  const published = points.some((p) => p.scoreRank !== p.publishedRank);
  const ci = points.some((p) => p.ciLower !== null);
  const votes = points.some((p) => p.votes !== null);
  const columns: (DateColumn<ModelHistoryPoint> | false)[] = [
    { key: "rank", header: "Rank", headClass: "text-right", cellClass: NUMBER, cell: (p) => formatRank(p.scoreRank) },
    published && {
      key: "published",
      header: "Published rank",
      headClass: "text-right",
      cellClass: NUMBER,
      cell: (p) => formatRank(p.publishedRank),
    },
    {
      key: "score",
      header: "Score",
      headClass: "text-right",
      cellClass: NUMBER,
      cell: (p) => formatScore(p.score, board),
    },
    ci && {
      key: "ci",
      header: "95% CI",
      headClass: "text-right",
      cellClass: `whitespace-nowrap ${NUMBER}`,
      cell: (p) =>
        p.ciLower === null || p.ciUpper === null
          ? EMPTY
          : `${formatScore(p.ciLower, board)}–${formatScore(p.ciUpper, board)}`,
    },
    votes && {
      key: "votes",
      header: "Votes",
      headClass: "text-right",
      cellClass: NUMBER,
      cell: (p) => (p.votes === null ? EMPTY : p.votes.toLocaleString("en-US")),
    },
  ];
  return (
    <DateTable
      caption={props.caption}
      summary="Show data table (rank and score per snapshot)"
      testId="model-history-table"
      rows={[...points].reverse()}
      columns={columns.filter((c) => c !== false)}
    />
  );
}
