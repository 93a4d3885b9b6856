// A lens page's view, by the lens its loader resolved (lib/view/load/lenses.ts `loadLens`).
import type { LensData } from "@/lib/view/load/lenses";
import { EfficiencyView } from "./efficiency-view";
import { LanguageView } from "./language-view";
import { PriceView } from "./price-view";

export function LensPage({ lens }: { lens: LensData }) {
  switch (lens.lens) {
    case "language":
      return (
        <LanguageView
          data={lens.data}
          query={lens.query}
          categories={lens.categories}
          boards={lens.boards}
          notices={lens.notices}
        />
      );
    case "price":
      return (
        <PriceView
          data={lens.data}
          query={lens.query}
          dates={lens.dates}
          categories={lens.categories}
          notices={lens.notices}
        />
      );
    case "efficiency":
      return <EfficiencyView data={lens.data} query={lens.query} notices={lens.notices} />;
  }
}
