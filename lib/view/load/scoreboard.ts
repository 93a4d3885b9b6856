// The /scoreboard page's data: the API's scoreboard answer for the page's state, and each row as the page shows it
// (texts qualified as the rest of the site qualifies them: the date a row is as of, the overlap rule's wording, the
// lag's caveats, concentration flags, retirement), with its sparkline and its link to the board's dashboard view.
import "server-only";
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { categoryLabel, OVERALL } from "@/lib/boards/categories";
import { licenceLine } from "@/lib/boards/upstreams";
import { modelNameText } from "@/lib/boards/model-name";
import { countryLabel } from "@/lib/core/countries";
import { scoreboardCsvPath } from "@/lib/api/scoreboard-csv";
import { getScoreboard } from "@/lib/reads/scoreboard";
import { concentrationText } from "@/lib/standings/concentration-text";
import { formatDateLong, formatRank, formatRelative, formatScore, formatSigned, EMPTY } from "@/lib/standings/format";
import { SCOREBOARD_TOP_N, type ScoreboardResponse, type ScoreboardRow } from "@/lib/standings/scoreboard";
import type { ScoreboardQuery } from "@/lib/standings/scoreboard-query";
import { dataCaveatText, methodChangeText, significanceText } from "@/lib/view/chart/gap-summary";
import { sparkline, type SparklineGeometry } from "@/lib/view/chart/sparkline";
import { seriesSpec, type ChartSpec } from "@/lib/view/chart/spec";
import type { ChartSeries } from "@/lib/view/chart/data";
import type { ShareTarget } from "@/lib/view/chart/panel-share";
import { scoreboardPath } from "@/lib/view/url/scoreboard-state";
import { VIEW_DEFAULTS } from "@/lib/view/url/view-state";
import { downloadName, permalinkPath } from "@/lib/view/url/view-meta";

export interface ScoreboardCell {
  key: string;
  label: string;
  rank: string;
  score: string;
  model: string | null;
}

export interface ScoreboardDisplayRow {
  id: string;
  board: BoardSlug;
  boardName: string;
  /** null on a board's overall row. */
  category: string | null;
  /** "Retired 21 Mar 2025" or null. */
  retired: string | null;
  /** "5 Nov 2025", or null when the board has no snapshot in the category. */
  asOf: string | null;
  leader: { label: string; key: string; model: string; score: string; tied: boolean } | null;
  /** "+2.0" (a − b) in the board's points; "+0.2%" of b's best score. */
  gapPoints: string;
  gapPercent: string;
  /** Who is ahead in words: "United States leads", "level", or null. */
  ahead: string | null;
  /** The overlap rule's verdict: short, and in the site's sentence. */
  significance: { short: string; text: string | null };
  /** "1.1 months", "—" */
  lag: string;
  lagTitle: string | null;
  sides: ScoreboardCell[];
  spark: SparklineGeometry;
  /** The sparkline's text alternative: the gap on its first and last date. */
  sparkLabel: string;
  /** The board's dashboard view for the pair (and category). */
  href: string;
  /** Caveats, concentration flags and the lag's qualifiers, each a sentence. */
  notes: string[];
}

export interface ScoreboardPage {
  query: ScoreboardQuery;
  data: ScoreboardResponse;
  rows: ScoreboardDisplayRow[];
  aLabel: string;
  bLabel: string;
  /** Compared keys in order: a, b, then `also`. */
  keys: string[];
  path: string;
  share: ShareTarget;
  csv: string;
  /** Every source the rows come from, with their licences (the citation's). */
  sources: string[];
  licences: string[];
}

function significance(row: ScoreboardRow): ScoreboardDisplayRow["significance"] {
  const text = significanceText(row.gap);
  if (row.gap.significant === null)
    return {
      short: row.gap.points === null ? EMPTY : boardInfo(row.board).hasCis ? "no interval" : "no CIs published",
      text,
    };
  return { short: row.gap.significant ? "beyond noise" : "statistical tie", text };
}

/** A row as the page shows it. */
export function displayRow(row: ScoreboardRow, q: ScoreboardQuery, keys: string[]): ScoreboardDisplayRow {
  const info = boardInfo(row.board);
  const { gap } = row;
  const [aLabel, bLabel] = [countryLabel(q.a), countryLabel(q.b)];
  const ahead =
    gap.leader === "a"
      ? `${aLabel} ahead`
      : gap.leader === "b"
        ? `${bLabel} ahead`
        : gap.leader === "tie"
          ? "level"
          : null;
  const lagDetails = [
    gap.lagDays !== null ? `${gap.lagDays} days` : null,
    gap.lagSpansChange ? `spans the ${methodChangeText(gap.lagSpansChange)}` : null,
    gap.lagDataCaveat ? `rests on ${dataCaveatText(gap.lagDataCaveat)}` : null,
  ].filter((x): x is string => x !== null);
  const leaderSide = gap.leader === "a" ? aLabel : bLabel;
  const trailerSide = gap.leader === "a" ? bLabel : aLabel;
  const notes = [
    ...(gap.lagMonths !== null && gap.lagMonths > 0
      ? [`${trailerSide} is where ${leaderSide} was ${gap.lagMonths} months earlier (${lagDetails.join("; ")}).`]
      : []),
    ...row.caveats.map((id) => `Data caveat: ${dataCaveatText(id)}.`),
    ...row.concentration.map((c) => `${concentrationText(c, SCOREBOARD_TOP_N)}.`),
  ];
  const trendPoints = row.trend.map((p) => ({ date: p.date, value: p.points }));
  const drawn = trendPoints.filter((p) => p.value !== null);
  const sparkLabel = drawn.length
    ? `Gap ${q.a} − ${q.b} over time: ${formatSigned(drawn[0].value, info.scoreDecimals)} on ${formatDateLong(drawn[0].date)}, ${formatSigned(drawn[drawn.length - 1].value, info.scoreDecimals)} on ${formatDateLong(drawn[drawn.length - 1].date)}`
    : "No gap to draw: one side has no model on this board";
  const category = row.category === OVERALL ? null : row.category;
  return {
    id: `${row.board}--${row.category}`,
    board: row.board,
    boardName: info.name,
    category: category && categoryLabel(category),
    retired: row.retiredOn ? `Retired ${formatDateLong(row.retiredOn)}` : null,
    asOf: row.asOf && formatDateLong(row.asOf),
    leader: row.leader && {
      label: row.leader.label,
      key: row.leader.key,
      model: modelNameText(row.board, row.leader.model),
      score: formatScore(row.leader.score, row.board),
      tied: row.leader.tied,
    },
    gapPoints: formatSigned(gap.points, info.scoreDecimals),
    gapPercent: formatRelative(gap.percent),
    ahead,
    significance: significance(row),
    lag: gap.lagMonths === null ? EMPTY : `${gap.lagMonths} months`,
    lagTitle: lagDetails.length ? lagDetails.join("; ") : null,
    sides: keys.map((key) => {
      const s = row.sides.find((x) => x.key === key);
      return {
        key,
        label: countryLabel(key),
        rank: formatRank(s?.bestRank ?? null),
        score: formatScore(s?.score ?? null, row.board),
        model: s?.model ? modelNameText(row.board, s.model) : null,
      };
    }),
    spark: sparkline(trendPoints),
    sparkLabel,
    href: `${permalinkPath("/", {
      ...VIEW_DEFAULTS,
      board: row.board,
      countries: keys,
      a: q.a,
      b: q.b,
      category: row.category,
    })}#gap-title`,
    notes,
  };
}

export async function loadScoreboard(query: ScoreboardQuery): Promise<ScoreboardPage> {
  const data = await getScoreboard(query);
  const keys = [...new Set([query.a, query.b, ...query.also])];
  const boards = [...new Set(data.rows.map((r) => r.board))];
  const path = scoreboardPath(query);
  const csv = scoreboardCsvPath(query);
  const sources = [...new Set(boards.map((b) => boardInfo(b).source))];
  const licences = [...new Set(boards.map(licenceLine))];
  const title = `Scoreboard: ${countryLabel(query.a)} vs ${countryLabel(query.b)} on every board`;
  return {
    query,
    data,
    rows: data.rows.map((r) => displayRow(r, query, keys)),
    aLabel: countryLabel(query.a),
    bLabel: countryLabel(query.b),
    keys,
    path,
    csv,
    sources,
    licences,
    share: {
      anchor: "scoreboard-title",
      title,
      link: path,
      // Each row is dated by its board's newest snapshot, which the citation names; the page has no past state to pin.
      cite: path,
      embed: scoreboardPath(query, { embed: true }),
      board: boards[0] ?? VIEW_DEFAULTS.board,
      asOf: data.asOf,
      base: downloadName(["scoreboard", query.a, query.b], data.asOf),
      apiCsv: csv,
      sources,
      licence: licences.join(" "),
    },
  };
}

/**
 * The scoreboard's preview chart: on each board (overall rows), the gap between the pair in percent of the b side's
 * best score over the board's dates. Percent, since the boards' scores are on different scales; one line per board,
 * with every source the boards come from in its source and licence lines.
 */
export async function scoreboardChartSpec(query: ScoreboardQuery): Promise<ChartSpec> {
  const data = await getScoreboard({ ...query, categories: false, format: "json" });
  const [a, b] = [countryLabel(query.a), countryLabel(query.b)];
  const series: ChartSeries[] = data.rows.map((r) => ({
    key: r.board,
    label: boardInfo(r.board).shortName,
    points: r.trend.map((p) => ({ date: p.date, value: p.percent, model: null })),
  }));
  const boards = data.rows.map((r) => r.board);
  const spec = seriesSpec({
    title: `Gap: ${a} vs ${b}, board by board`,
    subtitle: `Best score of ${a} minus that of ${b}, in percent of the best score on the ${b} side on each date (positive: ${a} ahead).`,
    kind: "line",
    unit: "score",
    lowerIsBetter: false,
    includeZero: true,
    yLabel: "Gap (%)",
    value: { kind: "number", decimals: 1, signed: true },
    series,
    board: boards[0] ?? VIEW_DEFAULTS.board,
    asOf: data.asOf,
  });
  const sources = [...new Set(boards.map((x) => boardInfo(x).source))];
  return {
    ...spec,
    // Each board's caveats are its own: a chart of several boards marks none, and the page's rows name them.
    markers: [],
    asOf: data.asOf,
    source: `Sources: ${sources.join("; ")}${data.asOf ? `; data as of ${formatDateLong(data.asOf)}` : ""}.`,
    licence: [...new Set(boards.map(licenceLine))].join(" "),
    boardName: "every board",
  };
}
