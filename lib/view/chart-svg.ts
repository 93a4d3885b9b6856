// A chart spec drawn as a standalone SVG document: the downloadable SVG (title, legend, source line, data date),
// the PNG made from it, and the plot of the Open Graph image. Pure string building, same on server and client.
import { dataBreaks, pivotSeries, withBreaks, yScale } from "./chart-data";
import { formatterFor, rangeText, type ChartSpec } from "./chart-spec";
import { markerIsStroke, markerPath } from "./series-style";
import { timeAxisTicks } from "./time-axis";

const FONT = "Inter, 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif";

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export interface SvgOptions {
  width: number;
  height: number;
  /** Title, subtitle, legend and source line around the plot (downloads); false gives the plot alone (OG image). */
  frame?: boolean;
  /** Font size of tick labels. */
  fontSize?: number;
  /** Line width. */
  stroke?: number;
  /** Tick labels; off for renderers that have no fonts for text inside an image (the OG image draws its own). */
  labels?: boolean;
}

/** The spec as an SVG document. */
export function chartSvg(spec: ChartSpec, { width, height, frame = true, fontSize = 12, stroke = 2, labels = true }: SvgOptions): string {
  const c = spec.colors;
  const parts: string[] = [];
  let top = 12;
  if (frame) {
    parts.push(`<text x="16" y="30" font-size="20" font-weight="700" fill="${c.fg}">${escapeXml(spec.title)}</text>`);
    parts.push(`<text x="16" y="50" font-size="13" fill="${c.muted}">${escapeXml(`${spec.subtitle} · ${spec.boardName} · ${rangeText(spec)}`)}</text>`);
    let x = 16;
    for (const s of spec.series) {
      parts.push(`<line x1="${x}" y1="70" x2="${x + 22}" y2="70" stroke="${s.color}" stroke-width="3" stroke-dasharray="${s.dash}"/>`);
      parts.push(`<text x="${x + 28}" y="74" font-size="13" fill="${c.fg}">${escapeXml(s.label)}</text>`);
      x += 40 + s.label.length * 7.5;
    }
    top = 90;
  }
  const bottomPad = frame ? 62 : labels ? fontSize * 2 + 8 : 8;
  const left = labels ? fontSize * 5 + 8 : 8;
  const right = width - 20;
  const bottom = height - bottomPad;
  const data = pivotSeries(spec.series);
  const stackedKind = spec.kind === "area";
  // Long silences in the data are drawn as gaps, as on the page (lines stop at the all-null row of each break).
  const rows = stackedKind ? data : withBreaks(data, dataBreaks(data));
  const keys = spec.series.map((s) => s.key);
  const stacked = spec.kind === "area";
  const scale = yScale(rows, keys, spec.unit, { stacked });
  const [d0, d1] = scale.domain;
  const t0 = rows[0]?.t ?? 0;
  const t1 = rows[rows.length - 1]?.t ?? 1;
  const xOf = (t: number) => left + ((t - t0) / Math.max(1, t1 - t0)) * (right - left);
  const yOf = (v: number) => {
    const f = (v - d0) / Math.max(1e-12, d1 - d0);
    return spec.lowerIsBetter ? top + f * (bottom - top) : bottom - f * (bottom - top);
  };
  const tick = formatterFor(spec.tick, "tick");

  // Grid and axes.
  for (const v of scale.ticks) {
    const y = r1(yOf(v));
    parts.push(`<line x1="${left}" y1="${y}" x2="${right}" y2="${y}" stroke="${c.border}" stroke-width="1"/>`);
    if (labels) parts.push(`<text x="${left - 8}" y="${y + fontSize / 3}" font-size="${fontSize}" text-anchor="end" fill="${c.muted}">${escapeXml(tick(v))}</text>`);
  }
  for (const { t, label } of timeAxisTicks(t0, t1, { innerWidth: right - left, marginLeft: left, marginRight: width - right })) {
    const x = r1(xOf(t));
    parts.push(`<line x1="${x}" y1="${bottom}" x2="${x}" y2="${bottom + 4}" stroke="${c.muted}"/>`);
    if (labels) parts.push(`<text x="${x}" y="${bottom + fontSize + 6}" font-size="${fontSize}" text-anchor="middle" fill="${c.muted}">${escapeXml(label)}</text>`);
  }
  parts.push(`<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="${c.muted}"/>`);
  if (frame) {
    parts.push(`<text x="12" y="${r1((top + bottom) / 2)}" font-size="12" fill="${c.muted}" text-anchor="middle" transform="rotate(-90 12 ${r1((top + bottom) / 2)})">${escapeXml(spec.yLabel)}</text>`);
  }

  // Series: stacked areas, or lines (steps for ranks) broken where a country has no value.
  const base = new Map(rows.map((r) => [r.t, 0]));
  for (const s of spec.series) {
    const pts = rows.map((r) => ({ t: r.t, v: r.values[s.key] }));
    if (stacked) {
      const lower = pts.map((p) => base.get(p.t) ?? 0);
      const upper = pts.map((p, i) => lower[i] + (p.v ?? 0));
      pts.forEach((p, i) => base.set(p.t, upper[i]));
      const up = pts.map((p, i) => `${r1(xOf(p.t))},${r1(yOf(upper[i]))}`);
      const down = pts.map((p, i) => `${r1(xOf(p.t))},${r1(yOf(lower[i]))}`).reverse();
      parts.push(`<path d="M${up.join("L")}L${down.join("L")}Z" fill="${s.color}" fill-opacity="0.35" stroke="${s.color}" stroke-width="${stroke}" stroke-dasharray="${s.dash}"/>`);
      continue;
    }
    let d = "";
    let prev: { x: number; y: number } | null = null;
    for (const p of pts) {
      if (p.v === null || p.v === undefined) {
        prev = null;
        continue;
      }
      const x = r1(xOf(p.t));
      const y = r1(yOf(p.v));
      if (!prev) d += `M${x},${y}`;
      else d += spec.kind === "step" ? `H${x}V${y}` : `L${x},${y}`;
      prev = { x, y };
    }
    if (d) parts.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="${stroke}" stroke-dasharray="${s.dash}" stroke-linejoin="round"/>`);
    const last = [...pts].reverse().find((p) => p.v !== null && p.v !== undefined);
    if (last) {
      const m = markerPath(s.marker, r1(xOf(last.t)), r1(yOf(last.v!)), stroke * 2.2);
      parts.push(markerIsStroke(s.marker) ? `<path d="${m}" stroke="${s.color}" stroke-width="${stroke}" fill="none"/>` : `<path d="${m}" fill="${s.color}"/>`);
    }
  }
  if (frame) {
    parts.push(`<text x="16" y="${height - 30}" font-size="12" fill="${c.muted}">${escapeXml(spec.xLabel)}</text>`);
    parts.push(`<text x="16" y="${height - 12}" font-size="12" fill="${c.muted}">${escapeXml(`${spec.source} Leaderboard Atlas.`)}</text>`);
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">` +
    (frame ? `<rect width="100%" height="100%" fill="${c.bg}"/>` : "") +
    parts.join("") +
    `</svg>`
  );
}

