// A list of models on one board with their best rank and first and last seen dates, linked to their pages.
import type { ModelSummary } from "@/lib/reads/types/entities";
import { EMPTY, formatDateLong, formatRank } from "@/lib/standings/format";
import { ModelLink } from "./links";

export function ModelsTable({ models, caption }: { models: ModelSummary[]; caption: string }) {
  return (
    <div
      className="max-h-[28rem] max-w-full overflow-auto rounded border border-[var(--border)]"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-[var(--card)]">
          <tr>
            <th scope="col" className="px-2 py-1">
              Model
            </th>
            <th scope="col" className="px-2 py-1 text-right">
              Best rank
            </th>
            <th scope="col" className="hidden px-2 py-1 sm:table-cell">
              Best on
            </th>
            <th scope="col" className="px-2 py-1">
              First seen
            </th>
            <th scope="col" className="px-2 py-1">
              Last seen
            </th>
          </tr>
        </thead>
        <tbody>
          {models.map((m) => (
            <tr key={m.key} className="border-t border-[var(--border)]" data-model={m.key}>
              <td className="max-w-[16rem] break-words px-2 py-1">
                <ModelLink board={m.board} model={m.key}>
                  {m.name}
                </ModelLink>
              </td>
              <td className="px-2 py-1 text-right tabular-nums">{formatRank(m.bestRank)}</td>
              <td className="hidden whitespace-nowrap px-2 py-1 sm:table-cell">
                {m.bestRankDate ? formatDateLong(m.bestRankDate) : EMPTY}
              </td>
              <td className="whitespace-nowrap px-2 py-1">{m.firstSeen ?? EMPTY}</td>
              <td className="whitespace-nowrap px-2 py-1">{m.lastSeen ?? EMPTY}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
