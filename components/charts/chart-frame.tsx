// A chart's card: title saying what it shows, actions (CSV), legend, the chart, its source line and its data table.
import type { ReactNode } from "react";
import { METHODOLOGY_PATH } from "@/lib/view/url/methodology-anchors";

export function ChartFrame(props: {
  id: string;
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  legend?: ReactNode;
  source: ReactNode;
  /** Where /methodology explains this chart's numbers (an anchor of lib/view/url/methodology-anchors.ts). */
  methodology?: { href: string; label: string }[];
  busy?: boolean;
  children: ReactNode;
  table?: ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${props.id}-title`}
      aria-busy={props.busy || undefined}
      className="min-w-0 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4"
    >
      <div className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={`${props.id}-title`} className="text-lg font-semibold">
            {props.title}
          </h2>
          {props.subtitle && <p className="text-sm text-[var(--muted)]">{props.subtitle}</p>}
        </div>
        {props.actions && <div className="flex shrink-0 items-center gap-2 text-sm">{props.actions}</div>}
      </div>
      {props.legend && <div className="mb-2">{props.legend}</div>}
      <div className={props.busy ? "opacity-60 transition-opacity" : "transition-opacity"}>{props.children}</div>
      <p className="mt-1 text-xs text-[var(--muted)]" data-testid="source-line">
        {props.source}{" "}
        {(props.methodology ?? [{ href: METHODOLOGY_PATH, label: "How these numbers are made" }]).map((m, i) => (
          <span key={m.href}>
            {i > 0 && " · "}
            <a href={m.href} className="underline">
              {m.label}
            </a>
          </span>
        ))}
      </p>
      {props.table}
    </section>
  );
}

/** A link to the same data as CSV (the API URL with format=csv). */
export function CsvLink({ href, label }: { href: string; label: string }) {
  return (
    <a
      href={href}
      download
      className="rounded border border-[var(--border)] px-2 py-1 hover:bg-[var(--bg)]"
      aria-label={label}
    >
      CSV
    </a>
  );
}
