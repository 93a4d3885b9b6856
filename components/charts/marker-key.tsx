// Under a time chart: which event markers it shows, as text with their sources (the markers' fallback for readers
// who cannot hover them), and a link that turns them off or on (events=0|1). The data caveats the chart marks are
// said in words above them whatever the toggle: they are about the numbers drawn, not events.
import { scoreScaleChanges, type ChartMarker } from "@/lib/boards/markers";
import { formatDateLong } from "@/lib/standings/format";
import type { ChartUnit } from "@/lib/view/chart/data";
import { MARKER_STYLE } from "./chart-types";

/** The data caveats a chart marks, each as a visible note with its source. */
export function CaveatNotes({ markers }: { markers: readonly ChartMarker[] }) {
  return markers
    .filter((m) => m.kind === "caveat")
    .map((m) => (
      <p
        key={m.id}
        role="note"
        className="mt-1 border-l-2 pl-2 text-xs"
        style={{ borderColor: MARKER_STYLE.caveat.color }}
        data-testid="data-caveat-note"
        data-caveat={m.id}
        data-date={m.date}
      >
        <strong>
          Data caveat on {formatDateLong(m.date)}: {m.label.charAt(0).toLowerCase()}
          {m.label.slice(1)}.
        </strong>{" "}
        {m.description}{" "}
        <a className="underline" href={m.source}>
          source
        </a>
      </p>
    ));
}

/** `unit`: what the chart's values are; on a chart of scores, a change of scoring method is said in words, visibly. */
export function MarkerKey({
  markers,
  onToggle,
  on,
  unit,
}: {
  markers: readonly ChartMarker[];
  on: boolean;
  onToggle?: () => void;
  unit?: ChartUnit;
}) {
  const toggle = onToggle && (
    <button type="button" className="underline" onClick={onToggle} data-testid="events-toggle" aria-pressed={on}>
      {on ? "Hide events" : "Show events"}
    </button>
  );
  const caveats = <CaveatNotes markers={markers} />;
  if (!on || markers.length === 0)
    return (
      <>
        {caveats}
        {toggle ? <p className="mt-1 text-xs">{toggle}</p> : null}
      </>
    );
  const scaleChanges = unit === "score" ? scoreScaleChanges(markers) : [];
  return (
    <>
      {caveats}
      {scaleChanges.map((m) => (
        <p
          key={m.id}
          role="note"
          className="mt-1 border-l-2 border-[#b45309] pl-2 text-xs"
          data-testid="scale-change-note"
          data-scale-change={m.id}
        >
          <strong>
            Scores change method on {formatDateLong(m.date)} ({m.label}).
          </strong>{" "}
          {m.description}{" "}
          <a className="underline" href={m.source}>
            source
          </a>
        </p>
      ))}
      <div className="mt-1 flex flex-wrap items-start gap-x-3 text-xs">
        <details className="min-w-0 flex-1" data-testid="marker-key">
          <summary className="cursor-pointer">
            {markers.some((m) => m.kind === "caveat")
              ? `${markers.length} marker${markers.length === 1 ? "" : "s"} on this chart`
              : `${markers.length} event${markers.length === 1 ? "" : "s"} marked on this chart`}{" "}
            {(Object.keys(MARKER_STYLE) as ChartMarker["kind"][])
              .filter((k) => markers.some((m) => m.kind === k))
              .map((k) => (
                <span key={k} className="ml-2 whitespace-nowrap">
                  <span aria-hidden style={{ color: MARKER_STYLE[k].color }}>
                    {MARKER_STYLE[k].flag === "bottom" ? "▲" : "▼"}
                  </span>{" "}
                  {MARKER_STYLE[k].name}
                </span>
              ))}
          </summary>
          <ul className="mt-1 space-y-0.5">
            {markers.map((m) => (
              <li key={m.id} data-event-id={m.id}>
                <span className="tabular-nums">{m.date}</span> · {MARKER_STYLE[m.kind].name}: <strong>{m.label}</strong>
                . {m.description}{" "}
                <a className="underline" href={m.source}>
                  source
                </a>
              </li>
            ))}
          </ul>
        </details>
        {toggle}
      </div>
    </>
  );
}
