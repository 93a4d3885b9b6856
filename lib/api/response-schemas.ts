// Response bodies of API v1 as zod schemas, for the OpenAPI document. The `Same<>` checks below fail the type
// check when a schema and its TypeScript type in lib/standings/types.ts drift apart.
// About 400 lines on purpose: one document of every response body, read top to bottom beside the OpenAPI builder.
import { z } from "zod";
import { CONTESTED_RULE_KEYS, SOURCE_KINDS } from "@/lib/attribution/schema";
import { BOARD_SLUG_PATTERN, KNOWN_BOARDS, LENS_BOARDS } from "@/lib/boards/info";
import { ATTRIBUTION_MODES, LICENSE_FILTERS } from "@/lib/frame/filters";
import { METRICS } from "@/lib/standings/metric-kinds";
import { RANK_RULES } from "@/lib/frame/rank";
import type * as E from "@/lib/reads/types/entities";
import type * as T from "@/lib/standings/types";
import type * as L from "@/lib/standings/lenses/types";
import type { CategoryInfo } from "@/lib/boards/categories";
import type { EventsResponse } from "@/lib/reads/types/events";
import type { BoardItem } from "@/lib/reads/types/boards";
import { MILESTONE_KINDS } from "@/lib/standings/milestones/types";
import { DATA_CAVEAT_KINDS } from "@/lib/boards/data-caveats";
import type { FileMetadata } from "@/lib/view/url/provenance";
import type { ScoreboardResponse } from "@/lib/standings/scoreboard";

/**
 * A board's slug: one of the boards this release knows, or one that upstream added later and ingest discovered
 * (lib/boards/info.ts). Which boards a database holds is GET /api/v1/boards's answer.
 */
export const boardSlug = z
  .union([z.enum(KNOWN_BOARDS as [string, ...string[]]), z.string().regex(BOARD_SLUG_PATTERN)])
  .describe("Board slug: a known board, or one upstream added later (GET /api/v1/boards lists the stored boards)");
const board = boardSlug;
const date = z.iso.date();
const num = z.number().nullable();
const str = z.string().nullable();
const licenseClass = z.enum(["open", "proprietary", "unknown"]);
const asOf = { updatedAt: str.describe("ISO timestamp of the newest snapshot's ingestion"), asOf: date.nullable() };

/** A concentration stretch (lib/standings/concentration-text.ts `ConcentrationRun`). */
const concentrationRun = z.object({
  key: z.string(),
  supplier: z
    .object({
      kind: z.enum(["organization", "namespace"]),
      id: z.string().describe("The organization's slug, or the Hub namespace as spelled"),
      name: z.string(),
    })
    .describe("Who published the slots: an organization of the registry, or a namespace no organization claims"),
  base: z
    .object({ slug: z.string(), name: z.string() })
    .nullable()
    .describe(
      "The one organization every supplied slot's base model comes from (base attribution), when it is another's; null when unknown, mixed or the supplier's own",
    ),
  from: date,
  to: date,
  snapshots: z.number().int(),
  supplied: z.number().int().describe("On `to`: the supplier's slots among the key's top-n slots"),
  slots: z.number().int().describe("On `to`: the key's slots in the top n (rows ranked n or better)"),
});

const seriesPoint = z.object({ date, value: num, model: str.describe("Key of the model that sets the value") });
export const standingsResponse = z.object({
  board,
  category: z.string().describe("Prompt category the values are computed in (overall unless requested)"),
  metric: z.enum(METRICS),
  n: z.number().int(),
  attribution: z.enum(ATTRIBUTION_MODES),
  license: z.enum(LICENSE_FILTERS),
  official: z.boolean(),
  series: z.array(z.object({ key: z.string(), label: z.string(), points: z.array(seriesPoint) })),
  ...asOf,
  concentration: z
    .array(concentrationRun)
    .describe(
      "Stretches of consecutive snapshots on which one supplier holds more than half of a key's top-n slots (the key holding at least two): the key's standing rests on one account",
    ),
});

const gapSide = z.object({ score: num, model: str });
export const gapResponse = z.object({
  board,
  category: z.string().describe("Prompt category the values are computed in (overall unless requested)"),
  a: z.string(),
  b: z.string(),
  attribution: z.enum(ATTRIBUTION_MODES),
  points: z.array(
    z.object({
      date,
      a: gapSide,
      b: gapSide,
      absolute: num,
      relative: num.describe("Percent of b's best score"),
      lagDays: num.describe("Days since a first reached b's best score at this date"),
      reverseLagDays: num,
      lagSpansChange: str.describe(
        "Id of a known score-changing method change the lag spans (read it with care); null if none",
      ),
      reverseLagSpansChange: str,
      leader: z.enum(["a", "b", "tie"]).nullable(),
      ci: z
        .object({ low: z.number(), high: z.number() })
        .nullable()
        .describe(
          "The absolute gap's interval from the two leaders' 95% CIs: [a.low − b.high, a.high − b.low]; null unless both are known",
        ),
      significant: z
        .boolean()
        .nullable()
        .describe(
          "True when the two leaders' 95% CIs do not overlap; false when they overlap (a statistical tie); null unless both are known",
        ),
      lagDataCaveat: str.describe(
        "Id of a data caveat (a snapshot that holds an older board than its date) on the snapshot where the lag starts or ends; null if none",
      ),
      reverseLagDataCaveat: str,
    }),
  ),
  ...asOf,
});

export const snapshotList = z.array(
  z.object({
    date,
    entries: z.number().int(),
    officialEntries: z
      .number()
      .int()
      .nullable()
      .describe("Official-provider rows (the official=true population); null on boards without the flag"),
  }),
);

export const snapshotTableResponse = z.object({
  board,
  date,
  category: z.string().describe("Prompt category the values are computed in (overall unless requested)"),
  attribution: z.enum(ATTRIBUTION_MODES),
  rows: z
    .array(
      z.object({
        rank: z.number().int().describe("Rank under the requested rule (rank=score by default)"),
        scoreRank: z.number().int().describe("Competition rank by score within the population"),
        publishedRank: z.number().int().describe("The board's own published rank"),
        model: z.string(),
        name: z.string(),
        organization: str,
        organizationSlug: str,
        country: str.describe("ISO 3166-1 alpha-2 per the attribution mode; null = unattributed"),
        score: z.number(),
        ciLower: num,
        ciUpper: num,
        votes: z.number().int().nullable(),
        license: str,
        licenseClass,
        official: z.boolean().nullable(),
        why: str.describe("How the attribution was made"),
      }),
    )
    .describe("Rows under only and sort; one page of them when page was given"),
  countries: z
    .array(z.object({ key: z.string().describe("ISO 3166-1 alpha-2, or unknown"), count: z.number().int() }))
    .describe("Country keys in the whole table (before only), most rows first"),
  page: z
    .object({
      number: z.number().int().describe("1-based; past the last page, the last page"),
      size: z.number().int(),
      pages: z.number().int(),
      total: z.number().int().describe("Rows under the filters and only, across every page"),
    })
    .optional()
    .describe("Present when page was given"),
});

const attributionInfo = z.object({ organization: str, organizationSlug: str, country: str, why: str });
export const modelHistoryResponse = z.object({
  board,
  key: z.string(),
  name: z.string(),
  upstreamOrganization: str,
  baseModel: str,
  license: str,
  licenseClass,
  developer: attributionInfo,
  base: attributionInfo,
  rankRule: z.enum(RANK_RULES).describe("Which rank each point's rank is: the rank parameter (score by default)"),
  points: z.array(
    z.object({
      date,
      rank: z.number().int().describe("Rank under rankRule: scoreRank by default, publishedRank with rank=published"),
      scoreRank: z
        .number()
        .int()
        .describe("Competition rank by score among all rows of the snapshot (the site's default rule)"),
      publishedRank: z.number().int().describe("The board's own published rank"),
      rankOfficial: z
        .number()
        .int()
        .nullable()
        .describe("Open LLM Leaderboard: the board's rank among official rows; null elsewhere"),
      score: z.number(),
      ciLower: num,
      ciUpper: num,
      votes: z.number().int().nullable(),
    }),
  ),
});

const boardRef = z.object({ board, key: z.string() });
export const modelDetailResponse = modelHistoryResponse.extend({
  alsoOn: z
    .array(boardRef)
    .describe("The same model on another board (identity rule: README, Model identity across boards)"),
});

const modelSummary = z.object({
  board,
  key: z.string(),
  name: z.string(),
  organizationSlug: str,
  country: str,
  firstSeen: date.nullable(),
  lastSeen: date.nullable(),
  snapshots: z.number().int(),
  bestRank: z.number().int().nullable().describe("Best score rank ever (competition rank by score among all rows)"),
  bestRankDate: date.nullable(),
});

export const organizationList = z.array(
  z.object({
    slug: z.string(),
    name: z.string(),
    country: z.string(),
    countryLabel: z.string(),
    kind: z.string(),
    aliases: z.array(z.string()),
    namespaces: z.array(z.string()),
    note: str,
    uncertain: z.boolean(),
    source: z
      .object({
        url: z.string().describe("The public page that states where the organization is based"),
        kind: z.string().describe(`What the page is: ${SOURCE_KINDS.join(", ")}`),
        reviewedOn: date.describe(
          "When the entry was last reviewed against the page; not a date the link was fetched (links are not re-fetched by the site)",
        ),
      })
      .nullable()
      .describe("Why this country. Null only for a row the registry sync did not write"),
    contested: z
      .object({
        rule: z.string().describe(`The rule that settled it: ${CONTESTED_RULE_KEYS.join(", ")}`),
        ruleText: z.string().describe("The rule in one sentence"),
        note: z.string().describe("The facts on both sides and the outcome"),
      })
      .nullable()
      .describe("Set when the country could reasonably be argued otherwise"),
    models: z.record(z.string(), z.object({ developer: z.number().int(), base: z.number().int() })),
  }),
);

const organizationItem = organizationList.element;
const rankPoint = z.object({
  date,
  rank: z.number().int().nullable().describe("Score rank (competition rank by score among all rows)"),
  model: str,
});
export const organizationDetailResponse = z.object({
  organization: organizationItem,
  rankRule: z
    .literal("score")
    .describe("Every rank here is the score rank (competition rank by score), the default rule"),
  models: z.record(z.string(), z.array(modelSummary)).describe("Per board, best rank first"),
  history: z.record(z.string(), z.array(rankPoint)).describe("Per board: the best rank of its models on each snapshot"),
});

const valuePoint = z.object({ date, value: num, model: str });
export const countryDetailResponse = z.object({
  key: z.string(),
  rankRule: z
    .literal("score")
    .describe("Every rank here is the score rank (competition rank by score), the default rule"),
  label: z.string(),
  kind: z.enum(["country", "group"]),
  members: z.array(z.string()).describe("For a group: its member countries present in the data"),
  organizations: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      country: z.string(),
      models: z.record(z.string(), z.number().int()),
      bestRank: z.record(z.string(), z.number().int().nullable()),
    }),
  ),
  boards: z.array(
    z.object({
      board,
      population: z
        .object({ official: z.boolean(), label: z.string() })
        .describe(
          "Who every figure of this board counts: all rows, or official providers only (ranked among themselves); score ranks",
        ),
      retiredOn: date.nullable().describe("When the board stopped publishing; null while it publishes"),
      bestRank: z.array(valuePoint),
      bestScore: z.array(valuePoint),
      topShare: z.array(valuePoint).describe("Share (0-1) of the top topN"),
      topN: z.number().int(),
      asOf: date.nullable(),
      leading: snapshotTableResponse.shape.rows.describe(
        "The country's best-placed 10 models on the newest snapshot, in the population",
      ),
      concentration: z
        .array(
          concentrationRun.extend({
            n: z.number().int().describe("The top-N cut-off (topN)"),
            population: z
              .object({ official: z.boolean(), label: z.string() })
              .describe("Who was counted: the page's population, or every row on boards with the official flag"),
            href: z.string().describe("The dashboard's view of the key's top-n slots that day, by base model"),
          }),
        )
        .describe(
          "Where one supplier holds more than half of the key's top-N slots on the newest snapshot (the key holding at least two)",
        ),
    }),
  ),
});

export const searchResponse = z.object({
  results: z.array(
    z.object({
      type: z.enum(["model", "organization", "country"]),
      board: board.optional(),
      key: z.string(),
      label: z.string(),
      country: str,
      href: z.string().describe("The entity's page on this site"),
    }),
  ),
});

export const boardList = z.array(
  z.object({
    slug: boardSlug,
    name: z.string(),
    shortName: z.string().describe("The name for tight spaces"),
    source: z.string().describe("Where the board's data comes from"),
    curated: z
      .boolean()
      .describe(
        "True for a board this release describes by hand; false for one upstream added later, described by rule",
      ),
    scoreLabel: z.string().describe("What a score means, as axis labels say it"),
    scoreUnit: z.enum(["rating points", "percent"]),
    scoreDecimals: z.number().int().describe("Decimals scores are shown with"),
    modelKey: z
      .enum(["name", "hub-eval"])
      .describe("How upstream names a model: its own name, or its Hub repo with the evaluated precision"),
    attributedBy: z
      .enum(["organization", "namespace"])
      .describe("What attribution reads: upstream's organization, or the Hub namespace"),
    hasCategories: z
      .boolean()
      .describe("The board has prompt categories besides overall (GET /api/v1/boards/{board}/categories)"),
    hasCis: z.boolean().describe("Rows carry a 95% confidence interval of the score"),
    hasParameters: z.boolean().describe("Rows carry parameter counts (and CO₂ costs)"),
    hasOfficial: z.boolean().describe("Rows carry the official-provider flag that official=true filters on"),
    publishedRank: z.boolean().describe("Upstream publishes a rank of its own (rank=published)"),
    openWeightsOnly: z.boolean().describe("Every model of the board has public weights"),
    retiredOn: date.nullable().describe("When the board stopped publishing; null while it publishes"),
    styleControlVariant: boardSlug
      .nullable()
      .describe(
        "The board rating the same battles with style control (LMArena's <config>_style_control); null when none is stored",
      ),
    plainVariant: boardSlug
      .nullable()
      .describe("The board this one is the style-controlled variant of; null when it is not one"),
    snapshots: z.number().int().describe("Snapshots stored"),
    first: date.nullable().describe("First snapshot date; null before the first is stored"),
    last: date.nullable().describe("Last snapshot date; null before the first is stored"),
  }),
);

export const categoryList = z.array(
  z.object({
    name: z.string().describe("Upstream's name, open-ended; use it as the category parameter"),
    label: z.string().describe("A readable label for known names; the raw name otherwise"),
    snapshots: z.number().int(),
    first: z.string(),
    last: z.string(),
  }),
);

const lensSeries = <P extends z.ZodType>(point: P) =>
  z.array(z.object({ key: z.string(), label: z.string(), points: z.array(point) }));

export const languageResponse = z.object({
  board: boardSlug,
  a: z.string(),
  b: z.string(),
  aLabel: z.string(),
  bLabel: z.string(),
  attribution: z.enum(ATTRIBUTION_MODES),
  license: z.enum(LICENSE_FILTERS),
  series: lensSeries(
    z.object({
      date,
      rankA: num,
      rankB: num,
      scoreA: num,
      scoreB: num,
      modelA: str,
      modelB: str,
      advantage: num.describe("Best rank in a minus best rank in b; negative: better on a's prompts"),
    }),
  ),
  ...asOf,
});

export const priceResponse = z.object({
  board: z.literal(LENS_BOARDS.price),
  category: z.string(),
  date: date.nullable(),
  within: z.number(),
  attribution: z.enum(ATTRIBUTION_MODES),
  license: z.enum(LICENSE_FILTERS),
  points: z.array(
    z.object({
      model: z.string(),
      name: z.string(),
      country: str,
      key: str.describe("The first requested country key the model counts for"),
      score: z.number(),
      rank: z.number(),
      input: z.number().describe("USD per million input tokens"),
      output: z.number().describe("USD per million output tokens"),
      blended: z.number().describe("(3 × input + output) / 4, USD per million tokens"),
      frontier: z.boolean(),
    }),
  ),
  frontiers: z.array(z.object({ key: z.string(), label: z.string(), models: z.array(z.string()) })),
  cheapest: lensSeries(
    z.object({
      date,
      priceDate: date
        .nullable()
        .describe("The price table used at this date; null: no price table on or before it (no data)"),
      value: num,
      model: str,
      score: num,
      top: num,
    }),
  ),
  join: z.object({
    priceDate: date
      .nullable()
      .describe(
        "The price table used: the newest on or before `date`; null when there is none (no price before the first table)",
      ),
    priceDatedBy: z
      .enum(["commit", "read"])
      .nullable()
      .describe("How that table is dated: by its commit upstream, or by the day the current table was read"),
    history: z
      .boolean()
      .describe(
        "Whether the stored prices hold the table's history; false: only current tables, applied to every earlier date",
      ),
    firstPriceDate: date.nullable().describe("The first stored price table's date"),
    priceRows: z.number().int(),
    pricedRows: z.number().int(),
    matchedRows: z.number().int(),
    entries: z.number().int(),
    pricedEntries: z.number().int(),
  }),
  ...asOf,
});

const efficiencySeries = lensSeries(z.object({ date, value: num, model: str }));
export const efficiencyResponse = z.object({
  board: z.literal(LENS_BOARDS.efficiency),
  attribution: z.enum(ATTRIBUTION_MODES),
  license: z.enum(LICENSE_FILTERS),
  official: z.boolean(),
  classes: z.array(
    z.object({ key: z.enum(["lt3", "3-10", "10-35", "35-80", "gt80"]), label: z.string(), series: efficiencySeries }),
  ),
  co2: efficiencySeries,
  ...asOf,
});

const eventMarker = z.object({
  id: z.string(),
  kind: z.enum(["retirement", "method-change", "release"]),
  date: z.string(),
  label: z.string(),
  description: z.string(),
  source: z.string().describe("Where the event is documented"),
});

export const eventsResponse = z.object({
  board: board.nullable(),
  countries: z.array(z.string()).nullable(),
  rankRule: z
    .literal("score")
    .describe("Every rank here is the score rank (competition rank by score), the default rule"),
  milestones: z.array(
    z.object({
      id: z.string().describe("Stable: board, kind, keys and date"),
      kind: z
        .enum(MILESTONE_KINDS)
        .describe("contested: a pair's lead changes that each flipped back within 30 days, as one period"),
      board: z.string(),
      date: z.string(),
      countries: z.array(z.string()).describe("One key, or for a lead change the new leader then the one it passed"),
      model: z.string().describe("The model that made it happen"),
      value: z.number().nullable().describe("first-top-n: the cut (1, 5, 10); best-rank: the new rank; else null"),
      qualifiers: z
        .object({
          boardSize: z
            .number()
            .int()
            .describe("Models ranked on the board that day (official rows only on the Open LLM Leaderboard)"),
          rank: z.number().int().nullable().describe("The model's score rank that day; null for a contested period"),
          rival: z
            .object({ model: z.string(), rank: z.number().int(), score: z.number(), country: str })
            .nullable()
            .describe(
              "first-top-n, best-rank: the best-placed model outside the threshold; lead-change: the passed key's best model",
            ),
          margin: num.describe("Points ahead of the rival"),
          ciOverlap: z
            .boolean()
            .nullable()
            .describe("Whether the two 95% intervals overlap; null when either is unknown"),
          tie: z.boolean().describe("True when the intervals overlap: a statistical tie, not a first"),
          endedOn: date
            .nullable()
            .describe(
              "The first later snapshot on which it no longer held (contested: the period's last change); null while it holds",
            ),
          days: z.number().int().describe("Days it held: to endedOn, or to the newest snapshot"),
          base: z
            .object({ organization: str, country: z.string() })
            .nullable()
            .describe("For a fine-tune: the developer and country of its base model, when another organization's"),
        })
        .describe("What a reader needs to judge it (score rank, the default rule)"),
      contest: z
        .object({
          until: date,
          changes: z.number().int(),
          leader: z.string().describe("The key ahead after the last change"),
          leaderEndedOn: date.nullable(),
          leaderDays: z.number().int(),
        })
        .nullable()
        .describe("contested only: the period's end, its number of lead changes, and who led after it for how long"),
      title: z.string().describe("The milestone in one sentence, with its qualifiers"),
      caveats: z
        .array(z.string())
        .describe(
          "Ids of data caveats (dataCaveats below) on a snapshot it rests on: the one it happened on, or the one on which it ended",
        ),
      href: z.string().describe("The view on this site that shows it"),
    }),
  ),
  markers: z.array(eventMarker.extend({ board: z.string() })),
  dataCaveats: z
    .array(
      z.object({
        id: z.string(),
        board,
        kind: z.enum(DATA_CAVEAT_KINDS).describe("late-snapshot: a snapshot dated later than the board it holds"),
        dates: z.array(date).describe("The snapshot dates it concerns"),
        holdsBoardOf: date.optional().describe("late-snapshot: the date of the board the snapshot holds (about)"),
        label: z.string(),
        description: z.string(),
        source: z.string().describe("Where the fault is documented"),
      }),
    )
    .describe("Known faults of the boards' data on some snapshots, which charts mark and milestones and lags cite"),
});

const scoreboardSide = z.object({
  key: z.string(),
  label: z.string(),
  score: num.describe("The key's best score on the row's date"),
  model: str.describe("The model that sets it"),
  bestRank: num.describe("The key's best score rank (competition rank by score) on the row's date"),
});
export const scoreboardResponse = z.object({
  a: z.string(),
  b: z.string(),
  also: z.array(z.string()).describe("Keys shown beside the pair"),
  categories: z.boolean(),
  attribution: z.literal("developer"),
  rank: z.literal("score"),
  rows: z.array(
    z.object({
      board,
      category: z.string(),
      retiredOn: date.nullable().describe("The board's retirement date; null while it publishes"),
      asOf: date.nullable().describe("The row's date: the board's newest snapshot in the category"),
      leader: z
        .object({ key: z.string(), label: z.string(), model: z.string(), score: z.number(), tied: z.boolean() })
        .nullable()
        .describe("The compared key with the highest best score on the row's date"),
      sides: z.array(scoreboardSide).describe("a, b, then the keys of `also`"),
      gap: z.object({
        leader: z.enum(["a", "b", "tie"]).nullable(),
        points: num.describe("Best score of a − best score of b"),
        percent: num.describe("points ÷ b's best score × 100"),
        ci: z.object({ low: z.number(), high: z.number() }).nullable(),
        significant: z
          .boolean()
          .nullable()
          .describe("True when the two leaders' 95% CIs do not overlap; null unless both are known"),
        lagDays: num.describe("Days since the leading side first reached the trailing side's best score"),
        lagMonths: num.describe("lagDays in months of 30.4375 days, one decimal"),
        lagSpansChange: str,
        lagDataCaveat: str,
      }),
      trend: z.array(z.object({ date, points: num, percent: num })).describe("The gap on every date of the board"),
      concentration: z.array(concentrationRun).describe("Concentration flags that hold on the row's date (top 10)"),
      caveats: z.array(z.string()).describe("Ids of data caveats on the row's date"),
    }),
  ),
  ...asOf,
});

/** The metadata sidecar of a CSV answer (`<resource>/metadata.json`, lib/view/url/provenance.ts). */
export const fileMetadata = z.object({
  title: z.string(),
  description: z.string(),
  file: z.string().describe("The CSV this describes (path and query)"),
  permalink: str,
  dataAsOf: date.nullable().describe("The last snapshot date the CSV covers"),
  range: z.object({ from: date, to: date }).nullable(),
  producer: z.literal("Leaderboard Atlas"),
  sources: z.array(
    z.object({ name: z.string(), publisher: z.string(), url: z.string(), licence: z.string(), licenceUrl: str }),
  ),
  licence: z.string().describe("The data's licence and whom to credit, in one line"),
  citation: z.string(),
  columns: z.array(
    z.object({
      name: z.string(),
      description: z.string(),
      decimals: z.number().int().optional().describe("Decimals the column is rounded to"),
    }),
  ),
  notes: z.array(z.string()),
});

export const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemaTypeChecks: [
  Same<z.output<typeof standingsResponse>, T.StandingsResponse>,
  Same<z.output<typeof gapResponse>, T.GapResponse>,
  Same<z.output<typeof snapshotList>, T.SnapshotListItem[]>,
  Same<z.output<typeof snapshotTableResponse>, T.SnapshotTableResponse>,
  Same<z.output<typeof modelHistoryResponse>, T.ModelHistoryResponse>,
  Same<z.output<typeof organizationList>, T.OrganizationItem[]>,
  Same<z.output<typeof modelDetailResponse>, E.ModelDetail>,
  Same<z.output<typeof organizationDetailResponse>, E.OrganizationDetail>,
  Same<z.output<typeof countryDetailResponse>, E.CountryDetail>,
  Same<z.output<typeof searchResponse>, E.SearchResponse>,
  Same<z.output<typeof categoryList>, CategoryInfo[]>,
  Same<z.output<typeof boardList>, BoardItem[]>,
  Same<z.output<typeof languageResponse>, L.LanguageResponse>,
  Same<z.output<typeof priceResponse>, L.PriceResponse>,
  Same<z.output<typeof efficiencyResponse>, L.EfficiencyResponse>,
  Same<z.output<typeof eventsResponse>, EventsResponse>,
  Same<z.output<typeof fileMetadata>, FileMetadata>,
  Same<z.output<typeof scoreboardResponse>, ScoreboardResponse>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
