// The curated markers a board's time charts show: its retirement, its changes of method, and notable releases; and
// beside them the data caveats (./data-caveats.ts), which charts mark whether or not event markers are on.
// Serialisable, so the page, the API and the table fallback all read the same list.
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { dataCaveatsFor } from "@/lib/boards/data-caveats";
import { METHOD_CHANGES, methodChangesFor } from "@/lib/boards/method-changes";
import { RELEASES } from "@/lib/boards/releases";

export const MARKER_KINDS = ["retirement", "method-change", "release"] as const;
export type MarkerKind = (typeof MARKER_KINDS)[number];

export interface EventMarker {
  id: string;
  kind: MarkerKind;
  date: string;
  label: string;
  description: string;
  source: string;
}

/** What a chart marks: the events above, and data caveats (a fault of the data on a snapshot, not an event). */
export type ChartMarkerKind = MarkerKind | "caveat";

/** A marker as charts draw it: an event marker, or a data caveat's marker on one of its dates. */
export interface ChartMarker extends Omit<EventMarker, "kind"> {
  kind: ChartMarkerKind;
}

const RETIREMENT_SOURCE = "https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard";

export function markersFor(board: BoardSlug): EventMarker[] {
  const info = boardInfo(board);
  const out: EventMarker[] = [];
  if (info.retiredOn) {
    out.push({
      id: `retired-${board}`,
      kind: "retirement",
      date: info.retiredOn,
      label: "Board retired",
      description: `${info.name} stopped publishing; its history ends here.`,
      source: RETIREMENT_SOURCE,
    });
  }
  for (const c of methodChangesFor(board)) {
    out.push({
      id: c.id,
      kind: "method-change",
      date: c.date,
      label: c.label,
      description: c.description,
      source: c.source,
    });
  }
  for (const r of info.ratesLanguageModels ? RELEASES : []) {
    out.push({
      id: `release-${r.id}`,
      kind: "release",
      date: r.date,
      label: r.label,
      description: `${r.developer} (${r.country}) released ${r.label}.`,
      source: r.source,
    });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The markers among `markers` that change what a score means (online Elo → Bradley-Terry, the late-2025 scale
 * shift): a chart of scores or score gaps says these in words under the plot, where the jump shows, not only on hover.
 */
export function scoreScaleChanges<M extends ChartMarker>(markers: readonly M[]): M[] {
  const score = new Set(METHOD_CHANGES.filter((c) => c.effect === "score").map((c) => c.id));
  return markers.filter((m) => m.kind === "method-change" && score.has(m.id));
}

/**
 * A board's data caveats as chart markers, one per caveated snapshot date (ids `<caveat id>` for a caveat of one
 * date, `<caveat id>@<date>` for each date of a longer one).
 */
export function caveatMarkersFor(board: BoardSlug): ChartMarker[] {
  return dataCaveatsFor(board).flatMap((c) =>
    c.dates.map((date) => ({
      id: c.dates.length === 1 ? c.id : `${c.id}@${date}`,
      kind: "caveat" as const,
      date,
      label: c.label,
      description: c.description,
      source: c.source,
    })),
  );
}

/** The data caveats of one snapshot as chart markers (a ranking table of that date states them). */
export function caveatMarkersOn(board: BoardSlug, date: string): ChartMarker[] {
  return caveatMarkersFor(board).filter((m) => m.date === date);
}
