// Pure formatters shared by charts, tables and CSV export. No locale lookups: output is the same on server and client.
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { METRIC_INFO, type MetricKind } from "./metric-kinds";

/** Shown where a value is null. */
export const EMPTY = "—";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Decimals a board's scores are shown with: arena ratings (~1300) need 1, HF averages (0–100) need 2. */
export function scoreDecimals(board: BoardSlug): number {
  return boardInfo(board).scoreDecimals;
}

/**
 * Decimals of numbers in downloads: what the sources publish. Scores, their interval bounds and gaps in points carry
 * two, percentages two, shares (fractions of 1) four; ranks and counts are whole.
 */
export const CSV_DECIMALS = { score: 2, percent: 2, share: 4 } as const;

/** A number rounded to `decimals` places for a file (null stays null; no float noise such as 1364.8213000000001). */
export function roundTo(value: number | null, decimals: number): number | null {
  if (value === null || !Number.isFinite(value)) return value;
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** Decimals a metric's values are written with in a file. */
export function metricCsvDecimals(metric: MetricKind): number {
  switch (METRIC_INFO[metric].unit) {
    case "score":
      return CSV_DECIMALS.score;
    case "share":
      return CSV_DECIMALS.share;
    default:
      return 0;
  }
}

function fixed(value: number, decimals: number): string {
  const s = value.toFixed(decimals);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s; // never print "-0.0"
}

/**
 * A score's 95% interval as offsets from the score: "±4.0" when symmetric (to display precision), else
 * "+5.0/−3.0"; "" when a bound is unknown.
 */
export function formatCi(score: number, lower: number | null, upper: number | null, decimals: number): string {
  if (lower === null || upper === null) return "";
  const up = upper - score;
  const down = score - lower;
  return Math.abs(up - down) < 0.5 * 10 ** -decimals
    ? `±${fixed(up, decimals)}`
    : `+${fixed(up, decimals)}/−${fixed(down, decimals)}`;
}

/** 3 → "#3". */
export function formatRank(rank: number | null): string {
  return rank === null ? EMPTY : `#${rank}`;
}

/** 1312.456 → "1312.5" on the arena; 42.1234 → "42.12" on HF. */
export function formatScore(score: number | null, board: BoardSlug): string {
  return score === null ? EMPTY : fixed(score, scoreDecimals(board));
}

/** A fraction as a percentage: 0.125 → "12.5%". */
export function formatPercent(fraction: number | null, decimals = 1): string {
  return fraction === null ? EMPTY : `${fixed(fraction * 100, decimals)}%`;
}

/** "$0.1", "$1", "$10": prices (the price lens) without float noise. */
export function formatUsd(v: number | null): string {
  if (v === null) return "–";
  if (v >= 1) return `$${Number(v.toFixed(2))}`;
  return `$${Number(v.toPrecision(2))}`;
}

/** A signed number, for absolute gaps: 12.34 → "+12.3", -5 → "-5.0", 0 → "0.0". */
export function formatSigned(value: number | null, decimals = 1): string {
  if (value === null) return EMPTY;
  const s = fixed(value, decimals);
  return Number(s) > 0 ? `+${s}` : s;
}

/** A value already in percent (gap.relative), signed: 2.345 → "+2.3%". */
export function formatRelative(percent: number | null, decimals = 1): string {
  return percent === null ? EMPTY : `${formatSigned(percent, decimals)}%`;
}

/** Days under 60 as days ("1 day", "45 days"); from 60 on as months of 30.44 days ("3.2 months"). */
export function formatDays(days: number | null): string {
  if (days === null) return EMPTY;
  if (Math.abs(days) < 60) return `${days} ${Math.abs(days) === 1 ? "day" : "days"}`;
  return `${fixed(days / 30.4375, 1)} months`;
}

function dateParts(date: string): [number, number, number] {
  const [y, m, d] = date.split("-").map(Number);
  return [y, m, d];
}

/** "2025-03-14" → "Mar 2025", for axis ticks. */
export function formatDate(date: string): string {
  const [y, m] = dateParts(date);
  return `${MONTHS[m - 1]} ${y}`;
}

/** "2025-03-04" → "4 Mar 2025", for tooltips and tables. */
export function formatDateLong(date: string): string {
  const [y, m, d] = dateParts(date);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A metric value as its unit shows it: "#3", "1312.5", "4", "12.5%". */
export function formatMetricValue(metric: MetricKind, value: number | null, board: BoardSlug): string {
  switch (METRIC_INFO[metric].unit) {
    case "rank":
      return formatRank(value);
    case "score":
      return formatScore(value, board);
    case "share":
      return formatPercent(value);
    case "count":
      return value === null ? EMPTY : String(value);
  }
}

export type CsvCell = string | number | null;

/** Cells a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @, tab, CR, LF. */
const FORMULA_START = /^[=+\-@\t\r\n]/;

function csvCell(cell: CsvCell): string {
  if (cell === null || (typeof cell === "number" && !Number.isFinite(cell))) return "";
  // Numbers are data, so a negative number keeps its sign; only strings are neutralised.
  let s = typeof cell === "number" ? String(cell) : FORMULA_START.test(cell) ? `'${cell}` : cell;
  // Quoted too: `;` and `|` (the separators of other locales' spreadsheets, after which a formula could start) and a
  // leading or trailing space (which some importers strip, exposing a formula character behind it).
  if (/[",;|\r\n]|^\s|\s$/.test(s)) s = `"${s.replaceAll('"', '""')}"`;
  return s;
}

/**
 * RFC 4180 CSV: fields with a comma, quote, CR or LF are quoted and quotes doubled; every record, the last included,
 * ends in CRLF; null (and NaN/Infinity) is an empty field. A string cell starting with = + - @ or a tab/CR/LF gets a
 * leading `'` so spreadsheets show it as text.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",") + "\r\n").join("");
}
