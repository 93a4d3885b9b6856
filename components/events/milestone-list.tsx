// A country's milestones, newest first, each linking to the view that shows it.
import type { MilestoneItem } from "@/lib/events/types";
import { methodologyHref, SECTION_IDS } from "@/lib/methodology/sections";

const KIND_LABEL: Record<MilestoneItem["kind"], string> = {
  "first-top-n": "First in a top N",
  "lead-change": "Lead change",
  "best-rank": "Best-ever rank",
};

export function MilestoneList({ milestones, limit = 30 }: { milestones: readonly MilestoneItem[]; limit?: number }) {
  return (
    <section aria-labelledby="milestones-h" className="space-y-2" data-testid="milestones">
      <h2 id="milestones-h" className="text-lg font-semibold">
        Milestones
      </h2>
      <p className="text-sm text-[var(--muted)]">
        Found in the data, newest first (<a className="underline" href={methodologyHref(SECTION_IDS.milestones)}>how</a>;{" "}
        <a className="underline" href="/feed.xml">Atom feed</a>).
      </p>
      {milestones.length === 0 ? (
        <p className="text-sm">No milestone yet.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {milestones.slice(0, limit).map((m) => (
            <li key={m.id} data-milestone={m.kind}>
              <span className="tabular-nums text-[var(--muted)]">{m.date}</span> · {KIND_LABEL[m.kind]}:{" "}
              <a className="underline" href={m.href}>
                {m.title}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
