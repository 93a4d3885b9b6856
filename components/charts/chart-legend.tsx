// The legend, drawn from the same series config as the lines: colour, dash pattern and marker per key.
import { Flag } from "@/components/ui/flag";
import { markerIsStroke, markerPath, type SeriesStyle } from "./series-config";

export function SeriesSwatch({ style }: { style: SeriesStyle }) {
  const stroke = markerIsStroke(style.marker);
  return (
    <svg width={30} height={12} aria-hidden className="shrink-0">
      <line x1={1} x2={29} y1={6} y2={6} stroke={style.color} strokeWidth={2} strokeDasharray={style.dash} />
      <path
        d={markerPath(style.marker, 15, 6, 4)}
        fill={stroke ? "none" : style.color}
        stroke={style.color}
        strokeWidth={stroke ? 2 : 1}
      />
    </svg>
  );
}

export function ChartLegend({
  items,
}: {
  items: { key: string; label: string; style: SeriesStyle; note?: string; flag?: string }[];
}) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
      {items.map((it) => (
        <li key={it.key} className="flex items-center gap-1.5" data-legend={it.key}>
          <SeriesSwatch style={it.style} />
          {it.flag !== undefined && <Flag code={it.flag} />}
          <span>{it.label}</span>
          {it.note && <span className="text-[var(--muted)]">{it.note}</span>}
        </li>
      ))}
    </ul>
  );
}
