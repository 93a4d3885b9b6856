"use client";
// Server and first client render: the static SVG at two nominal widths (phone, desktop), scaled to fit. After mount: the width is measured
// and recharts (a separate chunk, kept out of the first-load JS) takes over; until it arrives the static SVG is redrawn
// at the real width. The box has a fixed height throughout, so nothing below it moves.
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
  return (
    <div ref={ref} className="w-full min-w-0 overflow-hidden" style={{ height: props.height }}>
      {width === null ? (
        <>
          <div className="h-full sm:hidden">
            <StaticTimeChart {...props} width={NARROW_WIDTH} fluid />
          </div>
          <div className="hidden h-full sm:block">
            <StaticTimeChart {...props} width={WIDE_WIDTH} fluid />
          </div>
        </>
      ) : (
        <Suspense fallback={<StaticTimeChart {...props} width={width} />}>
          <RechartsTimeChart {...props} width={width} />
        </Suspense>
      )}
    </div>
  );
}
