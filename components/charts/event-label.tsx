// The label of an event marker, shown on hover and keyboard focus of its group, in both time-chart renderers
// (recharts and the server-drawn SVG): one element, so the two cannot drift apart.

/** At (x, y) (x may be a percent of the width), written towards the plot's inside: leftwards from a marker on the right half, else rightwards. */
export function EventLabel({ x, y, right, text }: { x: number | string; y: number; right: boolean; text: string }) {
  return (
    <text
      x={x}
      y={y}
      dx={right ? -8 : 8}
      textAnchor={right ? "end" : "start"}
      fontSize={11}
      fill="var(--fg)"
      stroke="var(--bg)"
      strokeWidth={3}
      paintOrder="stroke"
      className="pointer-events-none opacity-0 group-hover:opacity-100 group-focus:opacity-100"
      data-event-label=""
    >
      {text}
    </text>
  );
}
