"use client";
// Progressive hydration: the server HTML of a panel is on screen at once, but React hydrates it only when a visitor
// shows intent to use it (points at it, touches, focuses, types or clicks inside it), or as soon as anything renders it
// again (a new view). On a phone the page's first load then hydrates only its chrome, which is most of what the
// mobile Lighthouse run measured as blocking time.
//
// How: the children sit in a Suspense boundary whose first child reads a "gate" thenable with `use`. While the gate
// is pending during the page's first hydration, React leaves the boundary's server HTML in place, dehydrated. Opening
// the gate marks it fulfilled synchronously (React reads `status` before waiting), so a click that opens it is handled
// by the same click: React hydrates the boundary synchronously before dispatching a discrete event into it. The
// listeners are capture-phase listeners on window, which run before React's own on the root.
//
// Any render of this wrapper after the first hydration opens the gate during that render, before the boundary's new
// props reach it: a dehydrated boundary that receives new props is hydrated first at a higher priority, and it must
// not suspend then (React would throw its server HTML away and show the empty fallback).
import { Suspense, use, useEffect, useRef, useState, type ReactNode } from "react";
import { firstHydrationDone } from "@/lib/view/load/first-hydration";

/** The events that count as intent. Not scroll or wheel: scrolling past a panel should not make the page work. */
const INTENT_EVENTS = [
  "pointerover",
  "pointerdown",
  "touchstart",
  "focusin",
  "keydown",
  "input",
  "change",
  "click",
] as const;

/** A thenable in the shape React's `use` reads: it checks `status` and `value` before it subscribes with `then`. */
interface Gate {
  status: "pending" | "fulfilled";
  value: undefined;
  then(onFulfilled?: () => void): void;
  open(): void;
}

function makeGate(): Gate {
  let listeners: (() => void)[] = [];
  const gate: Gate = {
    // The server renders everything, and after the first hydration this renders like any component.
    status: typeof window === "undefined" || firstHydrationDone() ? "fulfilled" : "pending",
    value: undefined,
    then(onFulfilled) {
      if (gate.status === "fulfilled") onFulfilled?.();
      else if (onFulfilled) listeners.push(onFulfilled);
    },
    open() {
      if (gate.status === "fulfilled") return;
      gate.status = "fulfilled";
      const waiting = listeners;
      listeners = [];
      for (const ping of waiting) ping();
    },
  };
  return gate;
}

function GateReader({ gate }: { gate: Gate }) {
  use(gate as unknown as PromiseLike<void>);
  return null;
}

export function HydrateOnIntent({ children, className }: { children: ReactNode; className?: string }) {
  const [gate] = useState(makeGate);
  const ref = useRef<HTMLDivElement>(null);
  if (firstHydrationDone()) gate.open();

  useEffect(() => {
    const el = ref.current;
    if (!el || gate.status === "fulfilled") return;
    // An empty wrapper means React rendered this on the client while the gate was shut (a hydration error above made
    // it re-render the page from scratch): the fallback (nothing) is showing, so there is nothing to wait for.
    if (el.childElementCount === 0) {
      gate.open();
      return;
    }
    const onEvent = (e: Event) => {
      if (e.target instanceof Node && el.contains(e.target)) gate.open();
      if (gate.status === "fulfilled") stop();
    };
    const stop = () => {
      for (const type of INTENT_EVENTS) window.removeEventListener(type, onEvent, { capture: true });
    };
    for (const type of INTENT_EVENTS) window.addEventListener(type, onEvent, { capture: true, passive: true });
    return stop;
  }, [gate]);

  return (
    <div ref={ref} className={className} data-hydrate-on-intent="">
      <Suspense fallback={null}>
        <GateReader gate={gate} />
        {children}
      </Suspense>
    </div>
  );
}
