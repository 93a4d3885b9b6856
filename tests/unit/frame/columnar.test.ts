// The columnar frame must answer exactly what the definitions over entry objects answer (`population` + `metricOf`,
// and the gap built from them): random frames with ties, inconsistent published ranks, official rows, licences and
// countries of every kind, random filters and keys.
import fc from "fast-check";
import { describe, expect, test, vi } from "vitest";
import type { CountryKey } from "@/lib/core/countries";
import type { BoardSlug } from "@/lib/boards/info";
import { columnarOf } from "@/lib/frame/build";
import { countryBests } from "@/lib/frame/walkers";
import { keyRanks, scoreOrder } from "@/lib/frame/frame";
import type { BoardFrame, FrameEntry } from "@/lib/frame/objects";
import type { StandingsFilters } from "@/lib/frame/filters";
import { population, metricOf, objectView } from "@/tests/unit/standings/oracle";
import { computeGap } from "@/lib/standings/gap";
import { computeSeries } from "@/lib/standings/metrics";
import { METRICS } from "@/lib/standings/metric-kinds";
import { rowsToFrame } from "@/lib/frame/load";
import { scoreRanksOf } from "@/lib/frame/rank";
import { standingsFromFrame, standingsJson } from "@/lib/standings/answers";
import { computeConcentration } from "@/lib/standings/concentration";
import { rankingRows, type StoredEntryRow } from "@/tests/unit/standings/stored-rows";
import { framePage, frameRows, tablePage } from "@/lib/standings/table";
import { SORT_VALUES, type SnapshotTableQuery, type StandingsQuery } from "@/lib/standings/query";

vi.mock("server-only", () => ({}));

const COUNTRIES = ["US", "CN", "FR", "DE", "GB", "JP", "AE", null] as const;
const LICENSES = ["Proprietary", "MIT", "Apache 2.0", null, "", "Propretary", "Llama 3.1 Community"] as const;
const KEYS: CountryKey[] = ["US", "CN", "FR", "europe", "other", "unknown", "BR"];

/**
 * A snapshot's frame entries as the stored rows the table rule reads (tests/unit/standings/stored-rows.ts): names from
 * `name`, and, when `organizations`, each side's country as its organization name (so a sort by organization is seen).
 */
function storedRows(
  board: BoardSlug,
  entries: FrameEntry[],
  name: (model: string) => string,
  organizations: boolean,
): StoredEntryRow[] {
  const arena = board === "lmarena-text";
  return entries.map((e) => ({
    model: e.model,
    name: name(e.model),
    rank: e.rank,
    rankOfficial: arena ? null : e.rankOfficial,
    score: e.score,
    ciLower: e.ciLower ?? null,
    ciUpper: e.ciUpper ?? null,
    votes: null,
    license: e.license,
    official: arena ? null : e.official,
    devName: organizations ? e.countryDeveloper : null,
    devSlug: null,
    devCountry: e.countryDeveloper,
    devWhy: null,
    baseName: organizations ? e.countryBase : null,
    baseSlug: null,
    baseCountry: e.countryBase,
    baseWhy: null,
  }));
}

const entryArb = (model: number) =>
  fc
    .record({
      rank: fc.integer({ min: 1, max: 12 }),
      score: fc.integer({ min: 0, max: 8 }).map((s) => 1200 + s * 0.5),
      ci: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
      official: fc.constantFrom(true, false, null),
      rankOfficial: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
      license: fc.constantFrom(...LICENSES),
      dev: fc.constantFrom(...COUNTRIES),
      base: fc.constantFrom(...COUNTRIES),
    })
    .map((e): FrameEntry => ({
      model: `m${model}`,
      rank: e.rank,
      rankOfficial: e.rankOfficial,
      score: e.score,
      scoreRank: 0,
      scoreRankOfficial: null,
      ciLower: e.ci === null ? null : e.score - e.ci,
      ciUpper: e.ci === null ? null : e.score + e.ci,
      official: e.official,
      license: e.license,
      countryDeveloper: e.dev,
      countryBase: e.base,
    }));

const snapshotArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 14 }), { maxLength: 9 })
  .chain((models) =>
    fc.tuple(models.length ? fc.tuple(...models.map(entryArb)) : fc.constant([] as FrameEntry[]), fc.boolean()),
  )
  .map(([entries, handSet]) => {
    // Score ranks as the loader computes them, or hand-set ones that ignore the scores (as fixtures do).
    scoreRanksOf(entries).forEach((r, i) => Object.assign(entries[i], r));
    if (handSet)
      for (const e of entries)
        Object.assign(e, { scoreRank: e.rank, scoreRankOfficial: e.official ? e.rankOfficial : null });
    return entries;
  });

const frameArb = (board: BoardSlug) =>
  fc.array(snapshotArb, { maxLength: 6 }).map((snaps): BoardFrame => ({
    board,
    snapshots: snaps.map((entries, i) => ({ date: `2025-0${1 + Math.floor(i / 3)}-1${i % 3}`, entries })),
  }));

const filtersArb: fc.Arbitrary<StandingsFilters> = fc.record({
  attribution: fc.constantFrom("developer", "base"),
  license: fc.constantFrom("all", "open", "proprietary"),
  official: fc.boolean(),
  rank: fc.constantFrom("score", "published"),
});

const boardArb = fc.constantFrom<BoardSlug>("lmarena-text", "hf-open-llm-v2");

describe("columnar frame", () => {
  test("series equal metricOf over the population, for every metric, key and filter", () => {
    fc.assert(
      fc.property(
        boardArb.chain((b) => frameArb(b)),
        filtersArb,
        fc.constantFrom(...METRICS),
        fc.integer({ min: 1, max: 8 }),
        fc.subarray(KEYS, { minLength: 1 }),
        (frame, filters, metric, n, countries) => {
          const got = computeSeries(frame, { metric, n, countries, filters });
          const want = countries.map((key) =>
            [...frame.snapshots]
              .sort((a, b) => (a.date < b.date ? -1 : 1))
              .map((s) => ({ date: s.date, ...metricOf(population(frame.board, s, filters), key, metric, n) })),
          );
          expect(got.map((s) => s.points)).toEqual(want);
        },
      ),
      { numRuns: 400 },
    );
  });

  test("gap: best scores, leaders' CIs and lags equal the object definitions", () => {
    fc.assert(
      fc.property(
        boardArb.chain((b) => frameArb(b)),
        filtersArb,
        fc.constantFrom(...KEYS),
        fc.constantFrom(...KEYS),
        (frame, filters, a, b) => {
          const points = computeGap(frame, { a, b, filters });
          const snaps = [...frame.snapshots].sort((x, y) => (x.date < y.date ? -1 : 1));
          points.forEach((p, i) => {
            const pop = population(frame.board, snaps[i], filters);
            const wa = metricOf(pop, a, "best-score", 0);
            const wb = metricOf(pop, b, "best-score", 0);
            expect([p.a.score, p.a.model, p.b.score, p.b.model]).toEqual([wa.value, wa.model, wb.value, wb.model]);
            const ea = snaps[i].entries.find((e) => e.model === wa.model);
            const eb = snaps[i].entries.find((e) => e.model === wb.model);
            const known = ea?.ciLower != null && eb?.ciLower != null;
            expect(p.ci).toEqual(
              known ? { low: ea!.ciLower! - eb!.ciUpper!, high: ea!.ciUpper! - eb!.ciLower! } : null,
            );
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  test("the object view gives back every entry", () => {
    fc.assert(
      fc.property(
        boardArb.chain((b) => frameArb(b)),
        (frame) => {
          const f = columnarOf(frame);
          const snaps = [...frame.snapshots].sort((x, y) => (x.date < y.date ? -1 : 1));
          objectView(f).snapshots.forEach((s, i) => {
            const byModel = (x: FrameEntry, y: FrameEntry) => (x.model < y.model ? -1 : 1);
            const want = snaps[i].entries.map((e) => ({
              ...e,
              // Boards without the official flag keep none of its columns.
              ...(frame.board === "lmarena-text"
                ? { official: null, rankOfficial: null, scoreRankOfficial: null }
                : {}),
            }));
            expect([...s.entries].sort(byModel)).toEqual(want.sort(byModel));
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  test("country bests carry each key's best rank and best score", () => {
    fc.assert(
      fc.property(
        boardArb.chain((b) => frameArb(b)),
        filtersArb,
        (frame, filters) => {
          const f = columnarOf(frame);
          const p = f.population(filters);
          const snaps = [...frame.snapshots].sort((x, y) => (x.date < y.date ? -1 : 1));
          snaps.forEach((s, i) => {
            const few = countryBests(p, i);
            const all = population(frame.board, s, filters);
            for (const key of KEYS.filter((k) => k !== "unknown")) {
              const best = (entries: typeof all) => {
                const mine = entries.filter(
                  (e) => e.country !== null && metricOf([e], key, "model-count", 0).value === 1,
                );
                const rank = Math.min(...mine.map((e) => e.rank));
                const score = Math.max(...mine.map((e) => e.score));
                return [
                  rank,
                  mine
                    .filter((e) => e.rank === rank)
                    .map((e) => e.model)
                    .sort()[0],
                  score,
                  mine
                    .filter((e) => e.score === score)
                    .map((e) => e.model)
                    .sort()[0],
                ];
              };
              expect(best(few)).toEqual(best(all));
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  test("rowsToFrame computes score ranks among all rows and among official ones", () => {
    const base = {
      date: "2025-01-01",
      created_at: new Date(0),
      rank_official: null,
      license: null,
      country_developer: "US",
      country_base: null,
    };
    const f = rowsToFrame("hf-open-llm-v2", [
      { ...base, model: "a", rank: 1, score: 9, official: false },
      { ...base, model: "b", rank: 2, score: 9, official: true },
      { ...base, model: "c", rank: 3, score: 8, official: true },
    ]);
    const byModel = Object.fromEntries(
      objectView(f).snapshots[0].entries.map((e) => [e.model, [e.scoreRank, e.scoreRankOfficial]]),
    );
    expect(byModel).toEqual({ a: [1, null], b: [1, 1], c: [3, 2] });
  });

  test("the whole table from the frame (frameRows + tablePage) equals rankingRows + tablePage, for every sort", () => {
    fc.assert(
      fc.property(
        boardArb.chain((b) => frameArb(b)),
        filtersArb,
        fc.constantFrom(...SORT_VALUES),
        fc.option(fc.subarray(KEYS, { minLength: 1 }), { nil: undefined }),
        (frame, filters, sort, only) => {
          for (const s of frame.snapshots) scoreRanksOf(s.entries).forEach((r, i) => Object.assign(s.entries[i], r));
          const f = columnarOf(frame);
          const q = { ...filters, sort, only, category: "overall", format: "json" } as SnapshotTableQuery;
          // Names that sort differently from the keys, so a sort by model name is told apart from the key order.
          const nameOf = (model: string) => `N${999 - Number(model.slice(1))}`;
          f.dates.forEach((date, i) => {
            const entries = frame.snapshots.find((s) => s.date === date)!.entries;
            const got = tablePage(
              frameRows(f, i, q).map((r) => ({
                ...r,
                name: nameOf(r.model),
                organization: r.country,
                organizationSlug: null,
                votes: r.rank * 3,
                why: null,
              })),
              q,
            );
            const stored = storedRows(frame.board, entries, nameOf, true);
            const want = tablePage(
              rankingRows(frame.board, stored, q).map((r) => ({ ...r, votes: r.rank * 3 })),
              q,
            );
            const pick = (r: {
              model: string;
              name: string;
              organization: string | null;
              rank: number;
              scoreRank: number;
              publishedRank: number;
              score: number;
              country: string | null;
              license: string | null;
              licenseClass: string;
              official: boolean | null;
              ciLower: number | null;
              ciUpper: number | null;
            }) => [
              r.model,
              r.name,
              r.organization,
              r.rank,
              r.scoreRank,
              r.publishedRank,
              r.score,
              r.country,
              r.license,
              r.licenseClass,
              r.official,
              r.ciLower,
              r.ciUpper,
            ];
            expect(got.rows.map(pick)).toEqual(want.rows.map(pick));
            expect(got.countries).toEqual(want.countries);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  test("a table page from the frame equals rankingRows + tablePage on the snapshot's rows", () => {
    fc.assert(
      fc.property(
        boardArb.chain((b) => frameArb(b)),
        filtersArb,
        fc.constantFrom(...SORT_VALUES),
        fc.option(fc.subarray(KEYS, { minLength: 1 }), { nil: undefined }),
        fc.integer({ min: 1, max: 3 }),
        (frame, filters, sort, only, page) => {
          // Score ranks as the loader computes them, which is what rankingRows computes from the rows.
          for (const s of frame.snapshots) scoreRanksOf(s.entries).forEach((r, i) => Object.assign(s.entries[i], r));
          const f = columnarOf(frame);
          const q = { ...filters, sort, only, page, category: "overall", format: "json" } as SnapshotTableQuery & {
            page: number;
          };
          f.dates.forEach((date, i) => {
            const got = framePage(f, i, q);
            if (got === null) return;
            const entries = frame.snapshots.find((s) => s.date === date)!.entries;
            const stored = storedRows(frame.board, entries, (m) => m, false);
            const want = tablePage(rankingRows(frame.board, stored, q), q);
            const pick = (r: {
              model: string;
              rank: number;
              scoreRank: number;
              publishedRank: number;
              score: number;
              country: string | null;
              license: string | null;
              licenseClass: string;
              official: boolean | null;
              ciLower: number | null;
              ciUpper: number | null;
            }) => [
              r.model,
              r.rank,
              r.scoreRank,
              r.publishedRank,
              r.score,
              r.country,
              r.license,
              r.licenseClass,
              r.official,
              r.ciLower,
              r.ciUpper,
            ];
            expect(got.rows.map(pick)).toEqual(want.rows.map(pick));
            expect(got.countries).toEqual(want.countries);
            expect(got.page).toEqual(want.page);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("scoreOrder", () => {
  const keysArb = fc.array(fc.constantFrom("a", "b", "B", "a-1", "z", "é", "\u{1F600}", "\uE000", "m/x"), {
    minLength: 1,
    maxLength: 9,
  });
  test("puts rows by score, then key as JavaScript compares strings, as a plain sort does; null when already so", () => {
    fc.assert(
      fc.property(
        keysArb,
        fc.array(fc.tuple(fc.nat(8), fc.integer({ min: 0, max: 4 })), { maxLength: 40 }),
        fc.boolean(),
        (keys, rows, presort) => {
          const models = rows.map(([m]) => m % keys.length);
          const scores = rows.map(([, s]) => s / 2);
          const cmp = (x: number, y: number) =>
            scores[y] - scores[x] ||
            (keys[models[x]] < keys[models[y]] ? -1 : keys[models[x]] > keys[models[y]] ? 1 : 0);
          if (presort) {
            // By score only, ties in any order: the case load-frame.ts reads.
            const by = rows.map((_, i) => i).sort((x, y) => scores[y] - scores[x]);
            const [m2, s2] = [by.map((i) => models[i]), by.map((i) => scores[i])];
            models.splice(0, models.length, ...m2);
            scores.splice(0, scores.length, ...s2);
          }
          const expected = rows.map((_, i) => i).sort(cmp);
          const got = scoreOrder(0, rows.length, scores, models, keyRanks(keys)) ?? rows.map((_, i) => i);
          // Rows equal under the comparator (same score, same key) may come in either order.
          expect(got.map((i) => `${scores[i]}|${keys[models[i]]}`)).toEqual(
            expected.map((i) => `${scores[i]}|${keys[models[i]]}`),
          );
          if (expected.every((v, i) => v === i))
            expect(scoreOrder(0, rows.length, scores, models, keyRanks(keys))).toBeNull();
        },
      ),
    );
  });
});

describe("standingsJson", () => {
  test("is JSON.stringify of the answer built from objects, byte for byte, for every metric, key set, filter and range", () => {
    fc.assert(
      fc.property(
        boardArb.chain((b) => frameArb(b)),
        filtersArb,
        fc.constantFrom(...METRICS),
        fc.integer({ min: 1, max: 12 }),
        fc.uniqueArray(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 4 }),
        fc.option(fc.constantFrom("2025-01-11", "2025-02-10"), { nil: undefined }),
        fc.option(fc.constantFrom("2025-01-12", "2025-02-11"), { nil: undefined }),
        fc.constantFrom('odd "key" \\ é \u{1F600}', "m"),
        (f, filters, metric, n, countries, from, to, odd) => {
          // One model with a key that JSON must escape.
          const frame = {
            ...f,
            snapshots: f.snapshots.map((s) => ({
              ...s,
              entries: s.entries.map((e) => (e.model === "m1" ? { ...e, model: odd } : e)),
            })),
            updatedAt: "2025-03-01T00:00:00.000Z",
            asOf: null,
          };
          const q = {
            board: f.board,
            category: "overall",
            metric,
            n,
            countries,
            from,
            to,
            ...filters,
            format: "json",
          } as StandingsQuery;
          // The answer as objects, field by field in the documented order (the reference the text is held to).
          const series = computeSeries(frame, { metric, n, countries, from, to, filters });
          const objects = {
            board: f.board,
            category: "overall",
            metric,
            n,
            attribution: filters.attribution,
            license: filters.license,
            official: filters.official,
            series,
            updatedAt: frame.updatedAt,
            asOf: frame.asOf,
            concentration: computeConcentration(frame, { n, countries, from, to, filters }),
          };
          expect(standingsJson(frame, q)).toBe(JSON.stringify(objects));
          expect(standingsFromFrame(frame, q)).toEqual(objects);
        },
      ),
      { numRuns: 300 },
    );
  });
});
