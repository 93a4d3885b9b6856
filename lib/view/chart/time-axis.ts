// The one date-axis tick rule, used by both chart renderers (the server-drawn SVG and recharts) and by anything else
// that draws a time axis. Ticks sit on calendar boundaries (month, quarter, half-year or year starts), the step grows
// until every label fits with room to spare, and a tick whose label would run past the drawing's edge is dropped,
// so labels never overlap and are never cut, at any width.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Calendar steps in months, smallest first. */
const STEPS = [1, 2, 3, 6, 12, 24, 60] as const;

/** Generous width of one character of the 11 px axis font (digits and capitals of a sans-serif run ~6–6.5 px). */
export const TICK_CHAR_PX = 7;
/** Space kept between two labels. */
export const TICK_GAP_PX = 12;

export interface TimeTick {
  /** ms since epoch (UTC midnight of the 1st of a month). */
  t: number;
  label: string;
}

export interface TimeAxisBox {
  /** Width of the plotting area, in px. */
  innerWidth: number;
  /** Room left of the plotting area (the y axis) and right of it that a label may use. */
  marginLeft: number;
  marginRight: number;
}

/**
 * Compact calendar labels: a January tick is the year alone ("2025"); another tick is its month ("Jul"), with the
 * year added on the first tick only ("Jul 2024"), so every label can be read without crowding the axis.
 */
function labelFor(t: number, first: boolean): string {
  const d = new Date(t);
  if (d.getUTCMonth() === 0) return String(d.getUTCFullYear());
  return first ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : MONTHS[d.getUTCMonth()];
}

export function labelWidth(label: string): number {
  return label.length * TICK_CHAR_PX;
}

/** Month starts (UTC) in [t0, t1] that fall on a multiple of `step` months (January-aligned). */
function monthStarts(t0: number, t1: number, step: number): number[] {
  const start = new Date(t0);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  if (Date.UTC(y, m, 1) < t0) m += 1;
  const index = y * 12 + m;
  let i = Math.ceil(index / step) * step;
  const out: number[] = [];
  for (;;) {
    y = Math.floor(i / 12);
    m = i % 12;
    const t = Date.UTC(y, m, 1);
    if (t > t1) return out;
    out.push(t);
    i += step;
  }
}

/**
 * Ticks for a time axis from t0 to t1 (ms) drawn `box.innerWidth` px wide. The smallest calendar step whose labels
 * fit is chosen; labels are centred on their tick and must stay inside the drawing (the plotting area plus its
 * margins). A span shorter than a month gets one tick per distinct month start, or none.
 */
export function timeAxisTicks(t0: number, t1: number, box: TimeAxisBox): TimeTick[] {
  if (!Number.isFinite(t0) || !Number.isFinite(t1) || box.innerWidth <= 0) return [];
  const span = t1 - t0;
  const x = (t: number) => (span <= 0 ? box.innerWidth / 2 : ((t - t0) / span) * box.innerWidth);
  if (monthStarts(t0, t1, 1).length === 0) {
    // Less than a month, with no month start inside: one label for the month in the middle, if it fits at all.
    const mid = t0 + span / 2;
    const d = new Date(mid);
    const label = `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    return labelWidth(label) <= box.innerWidth + box.marginLeft + box.marginRight ? [{ t: mid, label }] : [];
  }
  const inside = ({ t, label }: TimeTick) => {
    const half = labelWidth(label) / 2;
    return x(t) - half >= -box.marginLeft && x(t) + half <= box.innerWidth + box.marginRight;
  };
  for (const step of STEPS) {
    // Drop ticks whose label would be cut at either edge; the first kept one carries the year.
    let times = monthStarts(t0, t1, step);
    let ticks: TimeTick[] = [];
    for (;;) {
      ticks = times.map((t, i) => ({ t, label: labelFor(t, i === 0) }));
      const kept = ticks.filter(inside);
      if (kept.length === ticks.length || kept.length === 0 || kept[0] === ticks[0]) {
        ticks = kept;
        break;
      }
      times = times.slice(1);
    }
    const fits = ticks.every((tick, i) => {
      if (i === 0) return true;
      const prev = ticks[i - 1];
      return x(tick.t) - x(prev.t) >= (labelWidth(tick.label) + labelWidth(prev.label)) / 2 + TICK_GAP_PX;
    });
    if (fits) return ticks;
  }
  return [];
}
