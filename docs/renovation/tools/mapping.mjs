// Target layout of issue 23 "Renovation": old path → new path. "DELETE" = removed (dead code or shim; callers
// rewritten to the named target). "TESTS:<path>" = moved to tests/ as an oracle. Split files list symbol targets.
export const FILE_MAP = {
  // ---- core: env, db, log, dates, countries, the one data-version read, process-wide registries
  "lib/env.ts": "lib/core/env.ts",
  "lib/db.ts": "lib/core/db.ts",
  "lib/log.ts": "lib/core/log.ts",
  "lib/iso-date.ts": "lib/core/dates.ts",
  "lib/version.ts": "lib/core/version.ts",
  "lib/attribution/countries.ts": "lib/core/countries.ts",
  "lib/explore/country-key.ts": "lib/core/countries.ts",
  "lib/flags.ts": "lib/core/flags.ts",
  "lib/observability/registry.mjs": "lib/core/observability.mjs",
  "lib/http/deployment.mjs": "lib/core/deployment.mjs",
  "lib/store/health.ts": "lib/core/data-version.ts",
  "lib/standings/quote-input.ts": "lib/core/quote-input.ts",
  // ---- boards: facts, categories, licences, method changes, releases, markers, upstream sources
  "lib/boards.ts": "lib/boards/info.ts",
  "lib/standings/categories.ts": "lib/boards/categories.ts",
  "lib/standings/license.ts": "lib/boards/license.ts",
  "lib/standings/license-label.ts": "lib/boards/license.ts",
  "lib/events/method-changes.ts": "lib/boards/method-changes.ts",
  "lib/events/releases.ts": "lib/boards/releases.ts",
  "lib/events/markers.ts": "lib/boards/markers.ts",
  "lib/methodology/sources.ts": "lib/boards/upstreams.ts",
  "lib/methodology/reconciliation.ts": "lib/boards/reconciliation.ts",
  "lib/methodology/reconciliation-brief.ts": "lib/boards/reconciliation-brief.ts",
  // ---- sources: unchanged
  // ---- ingest (+ status reads and rules, + history bundle)
  "lib/store/freshness.ts": "lib/ingest/freshness.ts",
  "lib/status/freshness.ts": "lib/ingest/freshness-rules.ts",
  "lib/store/status.ts": "lib/ingest/recent-runs.ts",
  "lib/bundle/columns.ts": "lib/ingest/bundle/columns.ts",
  "lib/bundle/export.ts": "lib/ingest/bundle/export.ts",
  "lib/bundle/format.ts": "lib/ingest/bundle/format.ts",
  "lib/bundle/import.ts": "lib/ingest/bundle/import.ts",
  "lib/bundle/validate.ts": "lib/ingest/bundle/validate.ts",
  // ---- attribution: unchanged but countries.ts (→ core)
  // ---- jobs (write-side orchestration: ingest, then re-attribute): stays lib/jobs, one layer after attribution
  // ---- frame
  "lib/standings/columnar.ts": "lib/frame/frame.ts", // split: build.ts, frame.ts, walkers.ts (see SPLIT)
  "lib/standings/load-frame.ts": "lib/frame/load.ts",
  "lib/standings/rank.ts": "lib/frame/rank.ts",
  "lib/standings/frame.ts": "lib/frame/filters.ts", // split (see SPLIT)
  // ---- standings: pure metrics, gap, table, lenses, milestones, query vocabulary, response shapes
  "lib/standings/table-frame.ts": "lib/standings/table.ts",
  "lib/standings/table-page.ts": "lib/standings/table.ts",
  "lib/standings/shape.ts": "lib/standings/answers.ts",
  "lib/events/milestones.ts": "lib/standings/milestones/detect.ts",
  "lib/events/population.ts": "lib/standings/milestones/population.ts",
  "lib/standings/lenses/defaults.ts": "lib/standings/query.ts",
  "lib/standings/api-query.ts": "lib/standings/query-schemas.ts",
  // ---- reads: named server-only reads
  "lib/standings/service.ts": "lib/reads/standings.ts",
  "lib/standings/snapshot-table.ts": "lib/reads/snapshot-table.ts",
  "lib/standings/model-history.ts": "lib/reads/model-history.ts",
  "lib/standings/organizations.ts": "lib/reads/organizations.ts",
  "lib/standings/category-list.ts": "lib/reads/categories.ts",
  "lib/standings/attribution-columns.ts": "lib/reads/attribution-columns.ts",
  "lib/standings/lenses/service.ts": "lib/reads/lenses.ts",
  "lib/standings/lenses/load.ts": "lib/reads/lens-inputs.ts",
  "lib/standings/cache.ts": "lib/frame/cache.ts", // split (see SPLIT)
  "lib/events/service.ts": "lib/reads/events.ts",
  "lib/events/types.ts": "lib/reads/types/events.ts",
  "lib/explore/catalog.ts": "lib/reads/catalog.ts",
  "lib/explore/entities.ts": "lib/reads/entities.ts",
  "lib/explore/search.ts": "lib/reads/search.ts",
  "lib/explore/search-index.ts": "lib/reads/search-index.ts",
  "lib/explore/types.ts": "lib/reads/types/entities.ts",
  "lib/observability/data-age.ts": "lib/reads/data-age.ts",
  // ---- api
  "lib/explore/params.ts": "lib/api/params.ts",
  "lib/explore/csv.ts": "lib/api/csv.ts",
  "lib/api/lens-csv.ts": "lib/api/csv.ts",
  "lib/events/feed.ts": "lib/api/feed.ts",
  "lib/api/etag.ts": "DELETE:lib/server/hot-path.mjs",
  "lib/api/hot-cache.ts": "DELETE:lib/server/hot-path.mjs",
  // ---- view/url: URL state, permalinks, hrefs, page metadata
  "lib/view/search-params.ts": "lib/view/url/search-params.ts",
  "lib/view/view-state.ts": "lib/view/url/view-state.ts",
  "lib/view/use-view-state.ts": "lib/view/url/use-view-state.ts",
  "lib/view/api-requests.ts": "lib/view/url/api-requests.ts",
  "lib/view/lens-requests.ts": "lib/view/url/lens-requests.ts",
  "lib/view/lens-slugs.ts": "lib/view/url/lens-slugs.ts",
  "lib/view/ranking.ts": "lib/view/url/ranking.ts",
  "lib/view/snapshot-picker.ts": "lib/view/url/snapshot-picker.ts",
  "lib/explore/hrefs.ts": "lib/view/url/hrefs.ts",
  "lib/events/links.ts": "lib/view/url/hrefs.ts",
  "lib/methodology/sections.ts": "lib/view/url/methodology-anchors.ts",
  "lib/share/view-meta.ts": "lib/view/url/view-meta.ts",
  "lib/share/metadata.ts": "lib/view/url/metadata.ts",
  "lib/share/provenance.ts": "lib/view/url/provenance.ts",
  "lib/view/as-of.ts": "lib/view/url/as-of.ts",
  // ---- view/chart: chart description, shaping, labels, the one renderer, OG
  "lib/view/chart-spec.ts": "lib/view/chart/spec.ts",
  "lib/view/chart-data.ts": "lib/view/chart/data.ts",
  "lib/view/chart-export.ts": "lib/view/chart/export.ts",
  "lib/view/chart-svg.ts": "lib/view/chart/svg.ts",
  "lib/view/chart-layout.ts": "lib/view/chart/layout.ts",
  "lib/share/panel-share.ts": "lib/view/chart/panel-share.ts",
  "lib/view/series-style.ts": "lib/view/chart/series-style.ts",
  "lib/view/share-remainder.ts": "lib/view/chart/share-remainder.ts",
  "lib/view/thinning.ts": "lib/view/chart/thinning.ts",
  "lib/view/time-axis.ts": "lib/view/chart/time-axis.ts",
  "lib/view/labels.ts": "lib/view/url/labels.ts",
  "lib/view/gap-summary.ts": "lib/view/chart/gap-summary.ts",
  "lib/view/empty-state.ts": "lib/view/chart/empty-state.ts",
  "lib/view/entity-series.ts": "lib/view/chart/entity-series.ts",
  "lib/view/lens-charts.ts": "lib/view/chart/lens-charts.ts",
  "lib/share/og.ts": "lib/view/chart/og.ts",
  "lib/share/og-fonts.ts": "lib/view/chart/og-fonts.ts",
  "lib/flags-svg.ts": "lib/view/chart/flags-svg.ts",
  "lib/view/license-label.ts": "DELETE:lib/boards/license.ts",
  // ---- view/load: loaders of pages, previews and shares; react-query factories; client fetches
  "lib/view/dashboard-loader.ts": "lib/view/load/dashboard.ts",
  "lib/view/entity-loaders.ts": "lib/view/load/entities.ts",
  "lib/view/lens-loaders.ts": "lib/view/load/lenses.ts",
  "lib/view/stale-banner-loader.ts": "lib/view/load/stale-banner.ts",
  "lib/view/queries.ts": "lib/view/load/queries.ts",
  "lib/view/search-client.ts": "lib/view/load/search-client.ts",
  "lib/view/first-hydration.ts": "lib/view/load/first-hydration.ts",
  "lib/share/entities.ts": "lib/view/load/shared-views.ts",
  "lib/share/entity-page.ts": "lib/view/load/entity-page.ts",
  "lib/share/load.ts": "lib/view/load/share.ts",
  // ---- server: the custom server's modules (plain JS), out of scripts/lib and lib/http
  "lib/http/hot-path.mjs": "lib/server/hot-path.mjs", // split: request store + version slot → lib/core/request-context.mjs
  "scripts/lib/fast-path.mjs": "lib/server/fast-path.mjs",
  "scripts/lib/guard.mjs": "lib/server/guard.mjs",
  "scripts/lib/render-limit.mjs": "lib/server/render-limit.mjs",
};
// Split files: symbol → target (others go to FILE_MAP's target).
export const SPLIT = {
  "lib/standings/columnar.ts": {
    ColumnarBuilder: "lib/frame/build.ts", ColumnarRow: "lib/frame/build.ts", FrameMetaFields: "lib/frame/build.ts", columnarOf: "lib/frame/build.ts",
    rankAt: "lib/frame/walkers.ts", KeyQuery: "lib/frame/walkers.ts", keyQuery: "lib/frame/walkers.ts", countOf: "lib/frame/walkers.ts",
    bestRankRow: "lib/frame/walkers.ts", bestScoreRow: "lib/frame/walkers.ts", topN: "lib/frame/walkers.ts", topNAll: "lib/frame/walkers.ts", countryBests: "lib/frame/walkers.ts",
  },
  "lib/standings/cache.ts": {
    currentDataVersion: "lib/core/data-version.ts", dataVersionReadAt: "lib/core/data-version.ts", VERSION_TTL_MS: "lib/core/data-version.ts",
    memo: "lib/reads/memo.ts", Lru: "DELETE:lru-cache", LruBytes: "DELETE:lru-cache",
  },
  "lib/standings/frame.ts": {
    FrameEntry: "lib/frame/objects.ts", FrameSnapshot: "lib/frame/objects.ts", BoardFrame: "lib/frame/objects.ts",
    population: "TESTS:tests/unit/standings/oracle.ts", countedRank: "TESTS:tests/unit/standings/oracle.ts", CountedEntry: "TESTS:tests/unit/standings/oracle.ts", RankedRow: "TESTS:tests/unit/standings/oracle.ts",
    inRange: "lib/core/dates.ts", daysBetween: "lib/core/dates.ts", boardHasOfficial: "lib/boards/info.ts",
  },
  "lib/http/hot-path.mjs": { requestStore: "lib/core/request-context.mjs", requestStorage: "lib/core/request-context.mjs", publishVersion: "lib/core/request-context.mjs", setVersionSource: "lib/core/request-context.mjs" },
  "lib/standings/service.ts": { currentDataVersion: "lib/core/data-version.ts" },
};
// Layer order of the target (an import may go only to the same or an earlier layer).
// lib/server is plain JS fed through globalThis by Next's side: it imports only core, and api publishes into it.
export const LAYERS = [
  ["lib/core"],
  ["lib/server"],
  ["lib/boards"],
  ["lib/sources"],
  ["lib/ingest"],
  ["lib/attribution"],
  ["lib/jobs"],
  ["lib/frame"],
  ["lib/standings"],
  ["lib/view/url"],
  ["lib/reads"],
  ["lib/api"],
  ["lib/view/chart"],
  ["lib/view/load"],
];
export function targetOf(file, names) {
  const t = FILE_MAP[file] ?? file;
  const s = SPLIT[file];
  if (!s || !names || names.length === 0) return [t];
  return [...new Set(names.map((n) => s[n] ?? t))];
}
export function layerOf(file) {
  for (let i = 0; i < LAYERS.length; i++) for (const p of LAYERS[i]) if (file === p || file.startsWith(p + "/")) return i;
  if (file.startsWith("lib/generated")) return 0;
  return null;
}
Object.assign(FILE_MAP, {
  "lib/http/deployment.d.mts": "lib/core/deployment.d.mts",
  "lib/http/hot-path.d.mts": "lib/server/hot-path.d.mts",
  "lib/observability/registry.d.mts": "lib/core/observability.d.mts",
});
