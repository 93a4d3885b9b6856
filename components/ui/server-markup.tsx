"use client";
// Keeps a large, non-interactive piece of server HTML (a static SVG chart) as it is during the page's first
// hydration, instead of hydrating it node by node. React does not compare or walk what `dangerouslySetInnerHTML`
// holds when it hydrates, so the thousand-odd nodes of a chart cost nothing on a phone's first load. The markup is
// read back from the document, so that if React has to render this client-side instead (a hydration error above),
// it writes the same picture rather than an empty box. Any later render (new data, a new view) draws the children.
// Only for content without event handlers or state: nothing inside is hydrated until that later render, so links
// inside are plain links (a full page load rather than a client-side navigation) until then.
import { useId, useState, type ReactNode } from "react";
import { firstHydrationDone } from "@/lib/view/load/first-hydration";

/** The element that holds the markup: a `div`, or a table's `tbody` (rows of links). */
type Holder = "div" | "tbody";

export function ServerMarkup({
  as: Tag = "div",
  className,
  children,
}: {
  as?: Holder;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  const [kept] = useState(() =>
    typeof document === "undefined" || firstHydrationDone() ? null : (document.getElementById(id)?.innerHTML ?? null),
  );
  if (kept !== null && !firstHydrationDone()) {
    return <Tag id={id} className={className} dangerouslySetInnerHTML={{ __html: kept }} suppressHydrationWarning />;
  }
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
