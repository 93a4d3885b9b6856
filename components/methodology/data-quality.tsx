// Two parts of /methodology about how far a figure can be trusted: the rule that flags a country key whose standing
// rests on one account (lib/standings/concentration.ts), and the data caveats (lib/boards/data-caveats.ts) the charts
// mark. Kept apart from methodology.tsx, which lays the page out.
import { DATA_CAVEATS } from "@/lib/boards/data-caveats";
import { CONCENTRATION_MIN_SLOTS } from "@/lib/standings/concentration";
import { concentrationText } from "@/lib/standings/concentration-text";
import { SECTION_IDS } from "@/lib/view/url/methodology-anchors";

const link = "underline";

/** The example the section gives, measured on the real history (tests/unit/standings/concentration-real.test.ts). */
export const CONCENTRATION_EXAMPLE = concentrationText(
  {
    key: "europe",
    supplier: { kind: "organization", id: "maziyar-panahi", name: "Maziyar Panahi" },
    base: null,
    from: "2024-08-01",
    to: "2025-03-21",
    snapshots: 9,
    supplied: 4,
    slots: 4,
  },
  10,
  { since: true },
);

export function ConcentrationRule() {
  return (
    <>
      <p>
        A country&apos;s place in a top N can rest on one account. On a snapshot, a country key holds some of the top-N
        slots (the rows ranked N or better, in the view&apos;s population: official providers only or every row, the
        licence filter, the rank rule and the attribution mode all apply). When one <strong>supplier</strong> holds more
        than half of those slots, and the key holds at least {CONCENTRATION_MIN_SLOTS} (a single slot always comes from
        one account), the standings panel and the country page say so. N is the view&apos;s own N (the dashboard&apos;s{" "}
        <code>n</code>, 10 by default; 10 on country pages, which state it in their own population and, on the Open LLM
        Leaderboard, among every row as well).
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <strong>Supplier.</strong> The organization that published the model, as the registry attributes it; on the
          Open LLM Leaderboard a model of no known organization is supplied by its Hugging Face namespace. An individual
          who publishes under their own name is one supplier like any lab.
        </li>
        <li>
          <strong>Whose models they are.</strong> When every supplied slot&apos;s base model (base-model attribution)
          comes from one other organization, the flag names it: &ldquo;fine-tunes of Alibaba (Qwen) models&rdquo;. When
          the bases are unknown, mixed, or the supplier&apos;s own, it says nothing about them. Each flag links to the
          same view under base-model attribution.
        </li>
        <li>
          <strong>Example.</strong> Counting every row of the Open LLM Leaderboard: &ldquo;{CONCENTRATION_EXAMPLE}
          &rdquo;. Among the official providers alone, Europe&apos;s slots rest on no single account.
        </li>
      </ul>
      <p>
        The API gives the flag with every standings answer (<code>concentration</code>: each stretch of snapshots, with
        its supplier and, on its last date, the slots), and with each board of a country (
        <a className={link} href={`#${SECTION_IDS.caveats}`}>
          caveats
        </a>{" "}
        below say what else to keep in mind).
      </p>
    </>
  );
}

/** The data caveats, with their sources: each is marked on every chart whose span includes one of its dates. */
export function DataCaveatsTable() {
  return (
    <>
      <p id="data-caveats">
        <strong>Data caveats.</strong> Some snapshots are not what their date says. Every chart whose span includes one
        of these dates marks it (a rule with its flag at the foot, shown even with <code>events=0</code>), its data
        table lists it, downloads name it under the chart and in their metadata, and the API&apos;s CSV metadata notes
        it. A milestone found on such a snapshot, or ending on one, carries its id (<code>caveats</code>), and so does a
        lag that starts or ends on one (<code>lagDataCaveat</code>):
      </p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Known data caveats</caption>
        <thead>
          <tr className="border-b border-[var(--border)]">
            <th className="py-1 pr-3">Date</th>
            <th className="py-1 pr-3">Caveat</th>
            <th className="py-1">Source</th>
          </tr>
        </thead>
        <tbody>
          {DATA_CAVEATS.map((c) => (
            <tr key={c.id} id={`caveat-${c.id}`} className="border-b border-[var(--border)] align-top">
              <td className="py-1 pr-3 tabular-nums">{c.dates.join(", ")}</td>
              <td className="py-1 pr-3">
                <strong>{c.label}.</strong> {c.description}
              </td>
              <td className="py-1">
                <a className={link} href={c.source}>
                  source
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
