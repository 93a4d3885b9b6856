"use client";
// Server and first client render: the static SVG drawn for three widths (phone, column, desktop), stretched to fit, kept as the
// server drew it through the first hydration (ServerMarkup: hydrating its thousand nodes was a large part of a
// phone's first-load work). Recharts (a separate chunk, kept out of the first-load JS) takes over when a visitor first
// points at, touches or focuses the chart: until then it would draw the same picture at several times the cost, and
// its tooltip is all it adds. Only then is the box measured, for recharts' width. Its chunk (the largest script the page loads)
// is fetched at that first sign of intent, not at load: parsing it while the page starts up was one of the longest
// tasks on a phone. Until it arrives a static SVG at the measured width stays in place (the Suspense fallback), so
// nothing moves. The box has a fixed height throughout.
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { TimeChartProps } from "./chart-types";
import { ServerMarkup } from "@/components/ui/server-markup";
import { ChartSvg } from "./chart-svg";

const RechartsTimeChart = lazy(() => import("./recharts-time-chart"));

/**
 * Widths the server draws for: a phone's and the page's full width. Each stretches to fill its box
 * (chart-svg.tsx, `fluid`), so a lens's small multiple or an embed is drawn at full size on first paint; the box's own
 * width (a container query, not the window's) picks the one whose date ticks suit it. The wide one's ticks fit down
 * to about 70% of its width (760 px); below that the phone's, stretched, have room to spare. A third width in between
 * cost the home page about 190 elements for no tick a reader would miss.
 */
const RENDITIONS = [
  { width: 340, className: "h-full @min-[760px]:hidden" },
  { width: 1080, className: "hidden h-full @min-[760px]:block" },
] as const;

const widthOf = (el: HTMLElement) => Math.max(240, Math.floor(el.getBoundingClientRect().width));

/** The box's width: null until `start` (the first sign of intent) measures it, then kept up to date on resize. */
function useMeasuredWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  const measuring = width !== null;
  useEffect(() => {
    const el = ref.current;
    if (!el || !measuring) return;
    const ro = new ResizeObserver(() => setWidth(widthOf(el)));
    ro.observe(el);
    return () => ro.disconnect();
  }, [measuring]);
  const start = () => {
    if (ref.current) setWidth(widthOf(ref.current));
  };
  return [ref, width, start] as const;
}

export function TimeChart(props: TimeChartProps) {
  const [ref, width, startMeasuring] = useMeasuredWidth();
  const [interactive, setInteractive] = useState(false);
  const focusChart = useRef(false);

  // Keyboard users who focused the box continue in the interactive chart's own focusable surface.
  useEffect(() => {
    if (!interactive || !focusChart.current) return;
    const id = window.setInterval(() => {
      const surface = ref.current?.querySelector<SVGElement>("svg[tabindex]");
      if (surface) {
        surface.focus();
        window.clearInterval(id);
      }
    }, 50);
    return () => window.clearInterval(id);
  }, [interactive, ref]);

  const activate = () => {
    startMeasuring();
    setInteractive(true);
  };
  return (
    <div
      ref={ref}
      className="@container w-full min-w-0 overflow-hidden"
      style={{ height: props.height }}
      data-chart-box=""
      onPointerEnter={activate}
      onTouchStart={activate}
      onFocus={() => {
        focusChart.current = true;
        activate();
      }}
      tabIndex={interactive ? undefined : 0}
      role={interactive ? undefined : "group"}
      aria-label={
        interactive ? undefined : `${props.spec.yLabel} over time: focus to explore the values with the arrow keys`
      }
    >
      {width === null ? (
        <>
          {RENDITIONS.map((r) => (
            <ServerMarkup key={r.width} className={r.className}>
              <ChartSvg spec={props.spec} width={r.width} height={props.height} target="page" fluid />
            </ServerMarkup>
          ))}
        </>
      ) : interactive ? (
        <Suspense fallback={<ChartSvg spec={props.spec} width={width} height={props.height} target="page" />}>
          <RechartsTimeChart {...props} width={width} />
        </Suspense>
      ) : (
        <ChartSvg spec={props.spec} width={width} height={props.height} target="page" />
      )}
    </div>
  );
}
