// Says, under a chart's legend, that a long history is drawn one point per week/month/… (lib/view/chart/thinning.ts), and
// where the rest is. Draws nothing when the chart shows every snapshot date.
import { thinningNote, type Thinning } from "@/lib/view/chart/thinning";

export function ThinningNote({ thinning }: { thinning: Thinning }) {
  const note = thinningNote(thinning);
  return note ? (
    <p
      className="mt-1 w-full text-xs text-[var(--muted)]"
      data-testid="thinning-note"
      data-resolution={thinning.resolution}
    >
      {note}
    </p>
  ) : null;
}
