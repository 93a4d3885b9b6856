"use client";
// Every control of the dashboard, wired to the URL state.
import { boardInfo, type BoardSlug } from "@/lib/boards/info";
import { boardHasOfficial } from "@/lib/frame/filters";
import type { SetView } from "@/lib/view/url/use-view-state";
import type { ViewState } from "@/lib/view/url/search-params";
import type { CategoryInfo } from "@/lib/boards/categories";
import { styleToggle, switchBoards, switchedBoard } from "@/lib/view/url/board-variants";
import { BoardSwitch } from "./board-switch";
import { CategoryControl } from "./category-control";
import { CountryPicker } from "./country-picker";
import { FilterControls } from "./filter-controls";
import { MetricControls } from "./metric-controls";
import { RangeControl } from "./range-control";
import { StyleControlToggle } from "./style-control-toggle";

export function Controls({
  view,
  setView,
  countryOptions,
  categories,
  boards,
}: {
  view: ViewState;
  /** The boards the board switch offers, in list order. */
  boards: readonly BoardSlug[];
  setView: SetView;
  countryOptions: string[];
  /** The board's prompt categories; the control shows when there is more than overall. */
  categories: CategoryInfo[];
}) {
  const toggle = styleToggle(view.board, boards);
  return (
    <section aria-label="View controls" className="space-y-4 rounded-lg border border-[var(--border)] p-4">
      <div className="flex flex-wrap items-end gap-x-6 gap-y-4">
        {/* A table date or country chip of one board means nothing on the other. */}
        <BoardSwitch
          board={switchedBoard(view.board, boards)}
          boards={switchBoards(boards)}
          onChange={(board) => setView({ board, date: null, only: null, category: null })}
        />
        {/* The same arena's battles with style control: only the board changes, the rest of the view stays. */}
        {toggle && <StyleControlToggle toggle={toggle} onChange={(board) => setView({ board })} />}
        {categories.length > 1 && (
          // A table date of one category may not exist in another: the table falls back to the newest.
          <CategoryControl
            value={view.category}
            options={categories}
            onChange={(category) => setView({ category, date: null })}
          />
        )}
        <MetricControls
          metric={view.metric}
          n={view.n}
          onMetric={(metric) => setView({ metric })}
          onN={(n) => setView({ n })}
        />
        <RangeControl
          range={view.range}
          from={view.from}
          to={view.to}
          onPreset={(range) => setView({ range, from: null, to: null })}
          onCustom={(from, to) => setView({ from, to })}
        />
      </div>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-4">
        <CountryPicker
          selected={view.countries}
          options={countryOptions}
          onChange={(countries) => setView({ countries })}
        />
        <FilterControls
          license={view.license}
          attribution={view.attribution}
          official={view.official}
          showOfficial={boardHasOfficial(view.board)}
          rank={view.rank}
          showRank={boardInfo(view.board).publishedRank}
          onRank={(rank) => setView({ rank })}
          onLicense={(license) => setView({ license })}
          onAttribution={(attribution) => setView({ attribution })}
          onOfficial={(official) => setView({ official })}
        />
      </div>
    </section>
  );
}
