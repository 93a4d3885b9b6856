"use client";
// Server and first client render: the static SVG at two nominal widths (phone, desktop), scaled to fit. After
// mount the width is measured and the static SVG is drawn at the real width. Recharts (a separate chunk, kept
// out of the first-load JS) takes over when a visitor first points at, touches or focuses the chart: until
// then it would draw the same picture at several times the cost, and its tooltip is all it adds. Its chunk (about
// 420 kB of script) is fetched at that first sign of intent, not at load: parsing it while the page starts up
// was one of the longest tasks on a phone. Until it arrives the static SVG stays in place (the Suspense fallback),
// so nothing moves. The box has a fixed height throughout.
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { TimeChartProps } from "./chart-types";
import { StaticTimeChart } from "./static-time-chart";

const RechartsTimeChart = lazy(() => import("./recharts-time-chart"));

/** Widths the server draws at: a phone's and the page's full width; CSS shows the one that fits best. */
const NARROW_WIDTH = 340;
const WIDE_WIDTH = 1080;

function useMeasuredWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(240, Math.floor(el.getBoundingClientRect().width)));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width] as const;
}

export function TimeChart(props: TimeChartProps) {
  const [ref, width] = useMeasuredWidth();
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

  const activate = () => setInteractive(true);
  return (
    <div
      ref={ref}
      className="w-full min-w-0 overflow-hidden"
      style={{ height: props.height }}
      data-chart-box=""
      data-measured={width === null ? undefined : ""}
      onPointerEnter={activate}
      onTouchStart={activate}
      onFocus={() => {
        focusChart.current = true;
        activate();
      }}
      tabIndex={interactive ? undefined : 0}
      role={interactive ? undefined : "group"}
      aria-label={interactive ? undefined : `${props.yLabel} over time: focus to explore the values with the arrow keys`}
    >
      {width === null ? (
        <>
          <div className="h-full sm:hidden">
            <StaticTimeChart {...props} width={NARROW_WIDTH} fluid />
          </div>
          <div className="hidden h-full sm:block">
            <StaticTimeChart {...props} width={WIDE_WIDTH} fluid />
          </div>
        </>
      ) : interactive ? (
        <Suspense fallback={<StaticTimeChart {...props} width={width} />}>
          <RechartsTimeChart {...props} width={width} />
        </Suspense>
      ) : (
        <StaticTimeChart {...props} width={width} />
      )}
    </div>
  );
}
