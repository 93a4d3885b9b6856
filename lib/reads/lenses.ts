// The named reads behind the lens routes and pages, memoised per data version like the standings.
import "server-only";
import { countryLabel, countsFor } from "@/lib/core/countries";
import { currentDataVersion } from "@/lib/core/data-version";
import { frameFor } from "@/lib/frame/cache";
import { memo, memoKey } from "@/lib/reads/memo";
import { categoryLabel } from "@/lib/boards/categories";
import { bestByParamClass, scorePerCo2 } from "@/lib/standings/lenses/efficiency";
import { languageLens } from "@/lib/standings/lenses/language";
import { getModelFacts, getPriceTables } from "@/lib/reads/lens-inputs";
import {
  cheapestWithin,
  hasPriceHistory,
  priceFrontier,
  pricedEntries,
  priceTableFor,
} from "@/lib/standings/lenses/price";
import type { EfficiencyQuery, LanguageQuery, PriceQuery } from "@/lib/standings/lenses/query";
import type { EfficiencyResponse, LanguageResponse, PriceLensPoint, PriceResponse } from "@/lib/standings/lenses/types";
import { columnarOf } from "@/lib/frame/build";
import { countedEntries } from "@/lib/frame/walkers";
import { filtersOf } from "@/lib/standings/answers";

export async function getLanguageLens(q: LanguageQuery): Promise<LanguageResponse> {
  const version = await currentDataVersion();
  return memo(version, memoKey("lens-language", q), async () => {
    const [a, b] = await Promise.all([frameFor(q.board, version, q.a), frameFor(q.board, version, q.b)]);
    const series = languageLens(a, b, { countries: q.countries, from: q.from, to: q.to, filters: filtersOf(q) });
    const updated =
      [a.updatedAt, b.updatedAt]
        .filter((x): x is string => x !== null)
        .sort()
        .at(-1) ?? null;
    const asOf =
      [a.asOf, b.asOf]
        .filter((x): x is string => x !== null)
        .sort()
        .at(-1) ?? null;
    return {
      board: q.board,
      a: q.a,
      b: q.b,
      aLabel: categoryLabel(q.a),
      bLabel: categoryLabel(q.b),
      attribution: q.attribution,
      license: q.license,
      series,
      updatedAt: updated,
      asOf,
    };
  });
}

/** null when `date` names no snapshot of the board in that category. */
export async function getPriceLens(q: PriceQuery): Promise<PriceResponse | null> {
  const version = await currentDataVersion();
  return memo(version, memoKey("lens-price", q), async () => {
    const [frame, stored, overall] = await Promise.all([
      frameFor(q.board, version, q.category),
      getPriceTables(),
      frameFor(q.board, version),
    ]);
    const filters = filtersOf(q);
    const f = columnarOf(frame);
    const s = q.date ? f.dates.indexOf(q.date) : f.dates.length - 1;
    if (q.date && s === -1) return null;
    const date = s === -1 ? null : f.dates[s];
    const pop = s === -1 ? [] : countedEntries(f.population(filters), s);
    const table = date ? priceTableFor(stored.tables, date) : null;
    const prices = table?.prices ?? new Map();
    const priced = pricedEntries(pop, prices);
    const keyFor = (country: string | null) => q.countries.find((k) => countsFor(country, k)) ?? null;
    const frontiers = q.countries.map((key) => {
      const mine = priced.filter((p) => countsFor(p.country, key));
      return { key, label: countryLabel(key), models: priceFrontier(mine).map((p) => p.model) };
    });
    const onFrontier = new Set(frontiers.flatMap((f) => f.models.map((m) => `${f.key}|${m}`)));
    const points: PriceLensPoint[] = priced.map((p) => {
      const key = keyFor(p.country);
      return { ...p, name: p.model, key, frontier: key !== null && onFrontier.has(`${key}|${p.model}`) };
    });
    // Every model the overall board has had a row for: the frame interns each once.
    const boardKeys = new Set(columnarOf(overall).modelKeys);
    const listed = table ? stored.listed.get(table.date) : undefined;
    const cheapest = cheapestWithin(frame, (date) => priceTableFor(stored.tables, date), {
      countries: q.countries,
      within: q.within,
      from: q.from,
      to: q.to,
      filters,
    });
    return {
      board: q.board,
      category: q.category,
      date,
      within: q.within,
      attribution: q.attribution,
      license: q.license,
      points,
      frontiers,
      cheapest,
      join: {
        priceDate: table?.date ?? null,
        priceDatedBy: table?.datedBy ?? null,
        history: hasPriceHistory(stored.tables),
        firstPriceDate: stored.tables.reduce<string | null>((m, t) => (m === null || t.date < m ? t.date : m), null),
        priceRows: listed?.rows ?? 0,
        pricedRows: listed?.priced ?? 0,
        matchedRows: [...prices.keys()].filter((k) => boardKeys.has(k)).length,
        entries: pop.length,
        pricedEntries: priced.length,
      },
      updatedAt: frame.updatedAt,
      asOf: frame.asOf,
    };
  });
}

export async function getEfficiencyLens(q: EfficiencyQuery): Promise<EfficiencyResponse> {
  const version = await currentDataVersion();
  return memo(version, memoKey("lens-efficiency", q), async () => {
    const [frame, facts] = await Promise.all([frameFor(q.board, version), getModelFacts(q.board)]);
    const lensQuery = { countries: q.countries, from: q.from, to: q.to, filters: filtersOf(q) };
    return {
      board: q.board,
      attribution: q.attribution,
      license: q.license,
      official: q.official,
      classes: bestByParamClass(frame, facts, lensQuery),
      co2: scorePerCo2(frame, facts, lensQuery),
      updatedAt: frame.updatedAt,
      asOf: frame.asOf,
    };
  });
}
