// The scoreboard's CSV (one line per row of GET /api/v1/scoreboard) and its metadata sidecar. The scoreboard spans
// boards of more than one source, so its sidecar lists every source its rows come from, each with its licence.
import { boardInfo } from "@/lib/boards/info";
import { dataCaveatById, dataCaveatNote } from "@/lib/boards/data-caveats";
import { boardSource, licenceLine } from "@/lib/boards/upstreams";
import { CSV_DECIMALS, roundTo, toCsv, type CsvCell } from "@/lib/standings/format";
import { concentrationText } from "@/lib/standings/concentration-text";
import { SCOREBOARD_TOP_N, type ScoreboardResponse } from "@/lib/standings/scoreboard";
import { scoreboardQueryString, type ScoreboardQuery } from "@/lib/standings/scoreboard-query";
import type { ColumnDoc, FileMetadata } from "@/lib/view/url/provenance";
import { citation } from "@/lib/view/url/view-meta";
import { safeFilename, type CsvBody } from "./csv";

const score = (v: number | null) => roundTo(v, CSV_DECIMALS.score);

/** The compared keys, in the answer's order: a, b, then `also` without repeats. */
function keysOf(r: Pick<ScoreboardResponse, "a" | "b" | "also">): string[] {
  return [...new Set([r.a, r.b, ...r.also])];
}

/** The CSV's path for a query (what the sidecar describes and the page links). */
export function scoreboardCsvPath(q: Partial<ScoreboardQuery>): string {
  return `/api/v1/scoreboard?${scoreboardQueryString({ ...q, format: "csv" })}`;
}

function columns(r: Pick<ScoreboardResponse, "a" | "b" | "also">): ColumnDoc[] {
  const perKey = keysOf(r).flatMap((k): ColumnDoc[] => [
    { name: `best_score_${k}`, description: `Best score of ${k} on the row's date.`, decimals: CSV_DECIMALS.score },
    { name: `model_${k}`, description: `The model that sets it.` },
    { name: `best_rank_${k}`, description: `Best score rank of ${k} (competition rank by score).` },
  ]);
  return [
    { name: "board", description: "Board slug (GET /api/v1/boards)." },
    { name: "category", description: "Prompt category (overall, or a category of the board)." },
    { name: "retired_on", description: "The board's retirement date, or empty while it publishes." },
    { name: "as_of", description: "The row's date: the board's newest snapshot in the category." },
    { name: "leader", description: "The compared key with the highest best score on that date." },
    { name: "leader_model", description: "Its best model." },
    { name: "leader_score", description: "That model's score.", decimals: CSV_DECIMALS.score },
    ...perKey,
    { name: "gap_points", description: `Best score of ${r.a} − best score of ${r.b}.`, decimals: CSV_DECIMALS.score },
    {
      name: "gap_percent",
      description: `gap_points ÷ best score of ${r.b} × 100.`,
      decimals: CSV_DECIMALS.percent,
    },
    { name: "ci_low", description: "Lower bound of the gap's 95% band, from the two leaders' intervals.", decimals: 2 },
    { name: "ci_high", description: "Upper bound of that band.", decimals: 2 },
    { name: "significant", description: "true when the two leaders' 95% intervals do not overlap; empty without CIs." },
    { name: "lag_days", description: "Days since the leading side of the pair first reached the other's best score." },
    { name: "lag_months", description: "lag_days in months of 30.4375 days.", decimals: 1 },
    { name: "lag_spans_change", description: "A known method change the lag reaches back over, or empty." },
    { name: "lag_data_caveat", description: "A data caveat on a snapshot the lag rests on, or empty: see the notes." },
    { name: "data_caveats", description: "Data caveats on the row's date (ids, separated by spaces): see the notes." },
    {
      name: "concentration",
      description: `Concentration flags on the row's date (top ${SCOREBOARD_TOP_N}), separated by " | ".`,
    },
  ];
}

export function scoreboardCsv(r: ScoreboardResponse): CsvBody {
  const keys = keysOf(r);
  const rows = r.rows.map((row): CsvCell[] => [
    row.board,
    row.category,
    row.retiredOn,
    row.asOf,
    row.leader?.key ?? null,
    row.leader?.model ?? null,
    score(row.leader?.score ?? null),
    ...keys.flatMap((k) => {
      const s = row.sides.find((x) => x.key === k);
      return [score(s?.score ?? null), s?.model ?? null, s?.bestRank ?? null];
    }),
    score(row.gap.points),
    roundTo(row.gap.percent, CSV_DECIMALS.percent),
    score(row.gap.ci?.low ?? null),
    score(row.gap.ci?.high ?? null),
    row.gap.significant === null ? null : String(row.gap.significant),
    row.gap.lagDays,
    row.gap.lagMonths,
    row.gap.lagSpansChange,
    row.gap.lagDataCaveat,
    row.caveats.join(" ") || null,
    row.concentration.map((c) => concentrationText(c, SCOREBOARD_TOP_N)).join(" | ") || null,
  ]);
  return {
    filename: safeFilename(["scoreboard", r.a, r.b, ...(r.asOf ? [r.asOf] : [])]),
    body: toCsv(
      columns(r).map((c) => c.name),
      rows,
    ),
  };
}

/** The sidecar of the scoreboard's CSV: every source its boards come from, the caveats on its rows' dates. */
export function scoreboardMetadata(r: ScoreboardResponse, file: string, accessed: string): FileMetadata {
  const boards = [...new Set(r.rows.map((row) => row.board))];
  const sources = [...new Map(boards.map((b) => [boardSource(b).name, boardSource(b)])).values()];
  const licences = [...new Set(boards.map(licenceLine))];
  const dates = r.rows.flatMap((row) => row.trend.map((p) => p.date)).sort();
  const title = `Scoreboard: ${r.a} vs ${r.b} on every board`;
  const caveats = [...new Set(r.rows.flatMap((row) => [...row.caveats, row.gap.lagDataCaveat ?? []].flat()))];
  const retired = r.rows
    .filter((row) => row.retiredOn !== null && row.category === "overall")
    .map((row) => `${boardInfo(row.board).name} is retired (${row.retiredOn}): its row is dated by its last snapshot.`);
  return {
    title,
    description: `Per board${r.categories ? " and prompt category" : ""}: who leads among ${keysOf(r).join(", ")} on the board's newest snapshot, the gap between ${r.a} and ${r.b} in points and percent with its 95% band, the lag, and each key's best score rank (developer attribution, every licence, official providers only where a board flags them).`,
    file,
    permalink: null,
    dataAsOf: r.asOf,
    range: dates.length ? { from: dates[0], to: dates[dates.length - 1] } : null,
    producer: "Leaderboard Atlas",
    sources: sources.map((s) => ({
      name: s.name,
      publisher: s.publisher,
      url: s.url,
      licence: s.licence,
      licenceUrl: s.licenceUrl,
    })),
    licence: licences.join(" "),
    citation: citation({
      title,
      url: file,
      sources: [...new Set(boards.map((b) => boardInfo(b).source))],
      asOf: r.asOf,
      accessed,
      licence: licences.join(" "),
    }).text,
    columns: columns(r),
    notes: [
      "Rows are dated by each board's own newest snapshot (as_of): boards publish on different days, and a retired board's row is its last.",
      "Scores are on each board's own scale: compare gaps within a row, not across boards.",
      ...retired,
      ...caveats.flatMap((id) => {
        const c = dataCaveatById(id);
        return c ? [dataCaveatNote(c)] : [];
      }),
    ],
  };
}
