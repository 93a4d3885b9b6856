"use client";
// Which entries count: license class, attribution mode and (HF only) official providers.
import type { AttributionMode, LicenseFilter } from "@/lib/frame/filters";
import type { RankRule } from "@/lib/frame/rank";
import { Field } from "./field";
import { selectClass } from "./styles";

export function FilterControls(props: {
  license: LicenseFilter;
  attribution: AttributionMode;
  official: boolean;
  showOfficial: boolean;
  rank: RankRule;
  /** Only boards that publish a rank of their own have a choice to make. */
  showRank: boolean;
  onRank: (r: RankRule) => void;
  onLicense: (l: LicenseFilter) => void;
  onAttribution: (a: AttributionMode) => void;
  onOfficial: (o: boolean) => void;
}) {
  return (
    <div className="flex flex-wrap items-end gap-3">
      <Field label="License">
        {(id) => (
          <select
            id={id}
            className={selectClass}
            value={props.license}
            onChange={(e) => props.onLicense(e.target.value as LicenseFilter)}
          >
            <option value="all">All models</option>
            <option value="open">Open weights</option>
            <option value="proprietary">Proprietary</option>
          </select>
        )}
      </Field>
      <Field label="Attribute to">
        {(id) => (
          <select
            id={id}
            className={selectClass}
            value={props.attribution}
            onChange={(e) => props.onAttribution(e.target.value as AttributionMode)}
          >
            <option value="developer">Developer</option>
            <option value="base">Base-model lineage</option>
          </select>
        )}
      </Field>
      {props.showRank && (
        <Field label="Rank by">
          {(id) => (
            <select
              id={id}
              className={selectClass}
              value={props.rank}
              onChange={(e) => props.onRank(e.target.value as RankRule)}
            >
              <option value="score">Score (one rule on every date)</option>
              <option value="published">The arena&apos;s published rank</option>
            </select>
          )}
        </Field>
      )}
      {props.showOfficial && (
        <label className="flex items-center gap-2 py-1 text-sm">
          <input
            type="checkbox"
            checked={props.official}
            onChange={(e) => props.onOfficial(e.target.checked)}
            className="h-4 w-4 accent-[var(--accent)]"
          />
          Official providers only
        </label>
      )}
    </div>
  );
}
