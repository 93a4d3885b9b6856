// A chart spec drawn as a standalone SVG document: the downloadable SVG (title, legend, source line, data date),
// the PNG made from it, and the plot of the Open Graph image. Pure string building, same on server and client.
import { chartLayout, type PlotBox } from "@/lib/view/chart/layout";
import { rangeText, type ChartSpec } from "@/lib/view/chart/spec";
import { markerIsStroke, markerPath } from "@/lib/view/chart/series-style";

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

/**
 * The lines under an exported chart: the x axis's label, the source with the data's date, and the data's licence
 * with its credit, the same provenance the citation and the CSV's metadata carry.
 */
export function exportFooter(spec: ChartSpec): [string, string, string] {
  return [spec.xLabel, `${spec.source} Chart: Leaderboard Atlas.`, spec.licence];
}

/** The plot's box inside a drawing of the given size: what `chartSvg` draws in, and what an overlay (the OG card's axes) lines up with. */
export function plotBox({ width, height, frame = true, labels = true, fontSize = 12 }: Pick<SvgOptions, "width" | "height" | "frame" | "labels" | "fontSize">): PlotBox {
  const top = frame ? 90 : 12;
  const bottomPad = frame ? 80 : labels ? fontSize * 2 + 8 : 8;
  return { width, left: labels ? fontSize * 5 + 8 : 8, right: width - 20, top, bottom: height - bottomPad };
}

/** The spec as an SVG document. */
export function chartSvg(spec: ChartSpec, { width, height, frame = true, fontSize = 12, stroke = 2, labels = true }: SvgOptions): string {
  const c = spec.colors;
  const parts: string[] = [];
  const top = plotBox({ width, height, frame, labels, fontSize }).top;
  if (frame) {
    parts.push(`<text x="16" y="30" font-size="20" font-weight="700" fill="${c.fg}">${escapeXml(spec.title)}</text>`);
    parts.push(`<text x="16" y="50" font-size="13" fill="${c.muted}">${escapeXml(`${spec.subtitle} · ${spec.boardName} · ${rangeText(spec)}`)}</text>`);
    let x = 16;
    for (const s of spec.series) {
      parts.push(`<line x1="${x}" y1="70" x2="${x + 22}" y2="70" stroke="${s.color}" stroke-width="3" stroke-dasharray="${s.dash}"/>`);
      parts.push(`<text x="${x + 28}" y="74" font-size="13" fill="${c.fg}">${escapeXml(s.label)}</text>`);
      x += 40 + s.label.length * 7.5;
    }
  }
  const box = plotBox({ width, height, frame, labels, fontSize });
  const { left, right, bottom } = box;
  const layout = chartLayout(spec, box);
  const { rows, xOf, yOf } = layout;
  const stacked = spec.kind === "area";

  // Data breaks: a shaded band between the last snapshot before and the first after, as the page shades them.
  for (const b of layout.breaks) {
    parts.push(`<rect x="${b.x0}" y="${top}" width="${r1(b.x1 - b.x0)}" height="${r1(bottom - top)}" fill="${c.muted}" fill-opacity="0.12"><title>${escapeXml(`No snapshots for ${b.days} days`)}</title></rect>`);
    if (labels && b.x1 - b.x0 > 40) parts.push(`<text x="${r1((b.x0 + b.x1) / 2)}" y="${top + fontSize + 2}" font-size="${fontSize}" text-anchor="middle" fill="${c.muted}">no data</text>`);
  }
  // Grid and axes.
  for (const { y, label } of layout.yTicks) {
    parts.push(`<line x1="${left}" y1="${y}" x2="${right}" y2="${y}" stroke="${c.border}" stroke-width="1"/>`);
    if (labels) parts.push(`<text x="${left - 8}" y="${y + fontSize / 3}" font-size="${fontSize}" text-anchor="end" fill="${c.muted}">${escapeXml(label)}</text>`);
  }
  for (const { x, label } of layout.xTicks) {
    parts.push(`<line x1="${x}" y1="${bottom}" x2="${x}" y2="${bottom + 4}" stroke="${c.muted}"/>`);
    if (labels) parts.push(`<text x="${x}" y="${bottom + fontSize + 6}" font-size="${fontSize}" text-anchor="middle" fill="${c.muted}">${escapeXml(label)}</text>`);
  }
  parts.push(`<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="${c.muted}"/>`);
  if (frame) {
    parts.push(`<text x="12" y="${r1((top + bottom) / 2)}" font-size="12" fill="${c.muted}" text-anchor="middle" transform="rotate(-90 12 ${r1((top + bottom) / 2)})">${escapeXml(spec.yLabel)}</text>`);
  }

  // Series: stacked areas, or lines (steps for ranks) broken where a country has no value.
  const base = new Map(rows.map((r) => [r.t, 0]));
  // Stacked areas: one polygon per stretch between data breaks.
  const stretches: (typeof rows)[] = [[]];
  for (const r of rows) {
    if (r.gap) stretches.push([]);
    else stretches[stretches.length - 1].push(r);
  }
  for (const s of spec.series) {
    const pts = rows.map((r) => ({ t: r.t, v: r.values[s.key] }));
    if (stacked) {
      let d = "";
      for (const stretch of stretches.filter((x) => x.length > 0)) {
        const lower = stretch.map((r) => base.get(r.t) ?? 0);
        const upper = stretch.map((r, i) => lower[i] + (r.values[s.key] ?? 0));
        stretch.forEach((r, i) => base.set(r.t, upper[i]));
        const up = stretch.map((r, i) => `${r1(xOf(r.t))},${r1(yOf(upper[i]))}`);
        const down = stretch.map((r, i) => `${r1(xOf(r.t))},${r1(yOf(lower[i]))}`).reverse();
        d += `M${up.join("L")}L${down.join("L")}Z`;
      }
      if (d) parts.push(`<path d="${d}" fill="${s.color}" fill-opacity="0.35" stroke="${s.color}" stroke-width="${stroke}" stroke-dasharray="${s.dash}"/>`);
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
    // Under the plot: the x label, then what a reuser must carry along: the source with its date, and the licence.
    for (const [i, line] of exportFooter(spec).entries()) {
      parts.push(`<text x="16" y="${height - 48 + i * 18}" font-size="12" fill="${i === 0 ? c.muted : c.fg}">${escapeXml(line)}</text>`);
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">` +
    (frame ? `<rect width="100%" height="100%" fill="${c.bg}"/>` : "") +
    parts.join("") +
    `</svg>`
  );
}

