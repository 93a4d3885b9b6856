// The boards: curated records for the boards we know, and one rule that derives a record for any other board an
// upstream adds later (an LMArena config discovered at ingest). Slugs are public API: never rename one.
//
// Which boards exist is data, not code: the runtime list is the `board` table (lib/reads/boards.ts reads it; ingest
// and the bundle import write it). Code never tests a slug; it reads the fact it needs from boardInfo(slug), which
// answers for any slug, so a board discovered after this build is as first-class as a curated one.
import { quoteInput } from "@/lib/core/quote-input";

/** A board's slug (`lmarena-text`, `hf-open-llm-v2`, `lmarena-vision`, …). Which slugs exist is the `board` table's. */
export type BoardSlug = string;

/** What a slug may look like: lower-case words of letters and digits joined by single dashes, at most 100 characters. */
export const BOARD_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_BOARD_SLUG_LENGTH = 100;

export function isBoardSlugShape(value: string): boolean {
  return value.length <= MAX_BOARD_SLUG_LENGTH && BOARD_SLUG_PATTERN.test(value);
}

/** Every fact about a board that code branches on lives here, so a new board is one record, not a hunt for string tests. */
export interface BoardInfo {
  slug: BoardSlug;
  name: string;
  /** Name for tight spaces (the board switch, "LMArena model"). */
  shortName: string;
  /** `shortName` as running text says it, with its article where it takes one: "Models on {shortNameInProse}". */
  shortNameInProse: string;
  source: string;
  /** What a snapshot's score means, for axis labels and source lines. */
  scoreLabel: string;
  /** The score's unit in words: arena ratings are points on an Elo-like scale, HF averages are percentages. */
  scoreUnit: "rating points" | "percent";
  /** ISO date after which upstream stopped publishing, if it did. */
  retiredOn: string | null;
  /** True when upstream publishes a rank of its own (whose rule may differ from our score rank); false when it is ours. */
  publishedRank: boolean;
  /** Decimals a score is shown with: arena ratings (~1300) need 1, HF averages (0–100) need 2. */
  scoreDecimals: number;
  /** Rows carry the `official` flag (official providers), which `official=true` filters on. */
  hasOfficial: boolean;
  /** The board evaluates only models whose weights are public, so every row is open weights whatever its tag says. */
  openWeightsOnly: boolean;
  /** Upstream splits the board into prompt categories (`overall` plus others). */
  hasCategories: boolean;
  /** Rows carry a 95% confidence interval of the score (where upstream published one). */
  hasCis: boolean;
  /**
   * How models are attributed: `organization` reads upstream's organization field one model at a time; `namespace`
   * reads Hub namespaces and walks `Base Model` lineage over the whole board. The audit groups unattributed models
   * the same way.
   */
  attributedBy: "organization" | "namespace";
  /**
   * How upstream spells a model's key: `name` is the model's own name (`gpt-4o-2024-05-13`); `hub-eval` is the Hub
   * repo with `_` for `/` and the evaluated precision appended (`meta-llama_Llama-3.3-70B-Instruct_bfloat16`), which
   * readers see as `meta-llama/Llama-3.3-70B-Instruct` (lib/boards/model-name.ts).
   */
  modelKey: "name" | "hub-eval";
  /** First date whose rows carry lineage (base model) data upstream; null when lineage is known on every date. */
  lineageSince: string | null;
  /** Rows carry the model's parameter count and its evaluation's CO₂ cost (the model page's "Parameters", the efficiency lens). */
  hasParameters: boolean;
  /** How much a model of this board weighs in search against other matches (1 = as any model). */
  searchBoost: number;
  /** What the board's models are, in the plural, for running text ("Where the strongest {modelsNoun} come from"). */
  modelsNoun: string;
  /**
   * The board rates language models (text in, text out, or images and text in), so the curated notable LLM releases
   * (./releases.ts) mark its charts; an image generator's board has none of them.
   */
  ratesLanguageModels: boolean;
  /**
   * The style-controlled variant of this board (LMArena's config `<x>_style_control` of config `<x>`), whether or not
   * the database holds it; null on a board that is itself a variant, or whose source has none (styleVariants).
   */
  styleControlVariant: BoardSlug | null;
  /** The plain board this one is the style-controlled variant of; null on a board that is not one. */
  plainVariant: BoardSlug | null;
  /** True for a curated record below; false for one derived by deriveBoardInfo (a board upstream added later). */
  curated: boolean;
}

/** The LMArena dataset on the Hub, whose configs are the arena boards (lib/sources/lmarena.ts). */
export const ARENA_DATASET = "lmarena-ai/leaderboard-dataset";
/** Every LMArena config's board is `lmarena-<config>`. */
export const ARENA_BOARD_PREFIX = "lmarena-";

/**
 * The board an LMArena config feeds: `lmarena-<config>`, lower-cased, with `_` (and any other character a slug does
 * not take) written as `-`: `text` → `lmarena-text`, `text_to_image` → `lmarena-text-to-image`.
 */
export function arenaBoardSlug(config: string): BoardSlug {
  const words = config
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return `${ARENA_BOARD_PREFIX}${words.join("-")}`;
}

/** What a style-controlled config's name ends with: `text_style_control` is `text` with style control. */
const STYLE_CONTROL_SUFFIX = "_style_control";
/** The same as a slug's ending (arenaBoardSlug writes `_` as `-`). */
const STYLE_CONTROL_SLUG_SUFFIX = arenaBoardSlug(STYLE_CONTROL_SUFFIX).slice(ARENA_BOARD_PREFIX.length - 1);

/**
 * The one rule relating a board to its style-controlled variant, read from the config name: on LMArena, config
 * `<x>_style_control` rates `<x>`'s battles with style control, so `lmarena-<x>-style-control` is the variant of
 * `lmarena-<x>`, and every other arena board's variant would be `lmarena-<x>-style-control` (present or not). A board
 * of another source has no variant.
 */
export function styleVariants(slug: BoardSlug): Pick<BoardInfo, "styleControlVariant" | "plainVariant"> {
  if (!slug.startsWith(ARENA_BOARD_PREFIX) || slug.length === ARENA_BOARD_PREFIX.length)
    return { styleControlVariant: null, plainVariant: null };
  if (
    slug.endsWith(STYLE_CONTROL_SLUG_SUFFIX) &&
    slug.length > ARENA_BOARD_PREFIX.length + STYLE_CONTROL_SLUG_SUFFIX.length
  )
    return { styleControlVariant: null, plainVariant: slug.slice(0, -STYLE_CONTROL_SLUG_SUFFIX.length) };
  return { styleControlVariant: `${slug}${STYLE_CONTROL_SLUG_SUFFIX}`, plainVariant: null };
}

/** Fields every arena board shares, curated or derived. */
const ARENA_FACTS = {
  scoreLabel: "Arena score",
  scoreUnit: "rating points",
  retiredOn: null,
  publishedRank: true,
  scoreDecimals: 1,
  hasOfficial: false,
  openWeightsOnly: false,
  hasCategories: true,
  hasCis: true,
  attributedBy: "organization",
  modelKey: "name",
  lineageSince: null,
  hasParameters: false,
} as const satisfies Partial<BoardInfo>;

/**
 * The curated records, in the order lists show them: the two boards of the first release first, so every list that
 * named them keeps its order, then the arena boards added since.
 */
const CURATED: readonly BoardInfo[] = (
  [
    {
      slug: "lmarena-text",
      name: "LMArena text arena",
      source: `LMArena text arena, overall (${ARENA_DATASET})`,
      shortName: "LMArena",
      shortNameInProse: "LMArena",
      ...ARENA_FACTS,
      searchBoost: 1.3,
      modelsNoun: "LLMs",
      ratesLanguageModels: true,
      curated: true,
    },
    {
      slug: "hf-open-llm-v2",
      name: "Open LLM Leaderboard v2",
      source: "Hugging Face Open LLM Leaderboard v2 (open-llm-leaderboard/contents)",
      shortName: "Open LLM Leaderboard",
      shortNameInProse: "the Open LLM Leaderboard",
      scoreLabel: "Average score",
      scoreUnit: "percent",
      retiredOn: "2025-03-21",
      publishedRank: false,
      scoreDecimals: 2,
      hasOfficial: true,
      openWeightsOnly: true,
      hasCategories: false,
      hasCis: false,
      attributedBy: "namespace",
      modelKey: "hub-eval",
      // `Base Model` is empty in every snapshot before 2024-09 (the data mirror's README, schema A).
      lineageSince: "2024-09-01",
      hasParameters: true,
      searchBoost: 1,
      modelsNoun: "open LLMs",
      ratesLanguageModels: true,
      curated: true,
    },
    {
      slug: "lmarena-text-style-control",
      name: "LMArena text arena, style control",
      source: `LMArena text arena with style control, overall (${ARENA_DATASET}, config text_style_control)`,
      shortName: "LMArena style control",
      shortNameInProse: "LMArena style control",
      ...ARENA_FACTS,
      searchBoost: 1,
      modelsNoun: "LLMs",
      ratesLanguageModels: true,
      curated: true,
    },
    {
      slug: "lmarena-vision",
      name: "LMArena vision arena",
      source: `LMArena vision arena, overall (${ARENA_DATASET}, config vision)`,
      shortName: "LMArena Vision",
      shortNameInProse: "LMArena Vision",
      ...ARENA_FACTS,
      searchBoost: 1,
      modelsNoun: "vision-language models",
      ratesLanguageModels: true,
      curated: true,
    },
    {
      slug: "lmarena-text-to-image",
      name: "LMArena text-to-image arena",
      source: `LMArena text-to-image arena, overall (${ARENA_DATASET}, config text_to_image)`,
      shortName: "LMArena Text-to-Image",
      shortNameInProse: "LMArena Text-to-Image",
      ...ARENA_FACTS,
      searchBoost: 1,
      modelsNoun: "image models",
      ratesLanguageModels: false,
      curated: true,
    },
  ] satisfies Omit<BoardInfo, "styleControlVariant" | "plainVariant">[]
).map((b) => ({ ...b, ...styleVariants(b.slug) }));

const CURATED_BY_SLUG = new Map(CURATED.map((b) => [b.slug, b]));

/** The slugs with curated records, in list order. */
export const KNOWN_BOARDS: readonly BoardSlug[] = CURATED.map((b) => b.slug);

export function isKnownBoard(slug: string): boolean {
  return CURATED_BY_SLUG.has(slug);
}

/** A board's readable name from the words of its slug: `lmarena-image-edit` → "Image edit". */
function readableWords(words: string): string {
  const text = words.replaceAll("-", " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The one rule for a board without a curated record. An `lmarena-<config>` board is an arena config that upstream
 * added later and that has the standard columns (ingest skips any other): it shares every arena fact (ratings with
 * CIs, prompt categories, upstream's own rank, models named by their key, attributed by organization) and is named
 * after its config, written readably (`lmarena-image-edit` → "LMArena Image edit arena"). Any other slug (a stored
 * board whose record a later release dropped) is named by its slug and assumed to be a plain ranked board with none
 * of the optional columns.
 */
export function deriveBoardInfo(slug: BoardSlug): BoardInfo {
  if (slug.startsWith(ARENA_BOARD_PREFIX) && slug.length > ARENA_BOARD_PREFIX.length) {
    const readable = readableWords(slug.slice(ARENA_BOARD_PREFIX.length));
    return {
      slug,
      name: `LMArena ${readable} arena`,
      source: `LMArena ${readable} arena, overall (${ARENA_DATASET})`,
      shortName: `LMArena ${readable}`,
      shortNameInProse: `LMArena ${readable}`,
      ...ARENA_FACTS,
      searchBoost: 1,
      modelsNoun: "models",
      // An arena upstream adds later may rate image or video generators: no LLM release markers until it is curated.
      ratesLanguageModels: false,
      ...styleVariants(slug),
      curated: false,
    };
  }
  return {
    slug,
    name: slug,
    source: slug,
    shortName: slug,
    shortNameInProse: slug,
    scoreLabel: "Score",
    scoreUnit: "rating points",
    retiredOn: null,
    publishedRank: false,
    scoreDecimals: 2,
    hasOfficial: false,
    openWeightsOnly: false,
    hasCategories: false,
    hasCis: false,
    attributedBy: "organization",
    modelKey: "name",
    lineageSince: null,
    hasParameters: false,
    searchBoost: 1,
    modelsNoun: "models",
    ratesLanguageModels: false,
    ...styleVariants(slug),
    curated: false,
  };
}

const derived = new Map<BoardSlug, BoardInfo>();

/** The facts of any board: its curated record, or the one deriveBoardInfo gives (made once per slug). */
export function boardInfo(slug: BoardSlug): BoardInfo {
  const known = CURATED_BY_SLUG.get(slug);
  if (known) return known;
  let info = derived.get(slug);
  if (!info) derived.set(slug, (info = deriveBoardInfo(slug)));
  return info;
}

/** The order lists show boards in: curated ones in their order, then the others by slug. */
export function compareBoards(a: BoardSlug, b: BoardSlug): number {
  const ia = KNOWN_BOARDS.indexOf(a);
  const ib = KNOWN_BOARDS.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The board a view, a query or a preview shows when none is named. Public API and permalinks: never change it. */
export const DEFAULT_BOARD: BoardSlug = "lmarena-text";

/**
 * The boards every database lists from its first migration, before any data: the default board and the retired
 * Open LLM Leaderboard, whose sources are fixed. Every other board is listed once ingest (or a bundle) stores it.
 */
export const FOUNDING_BOARDS: readonly BoardSlug[] = [DEFAULT_BOARD, "hf-open-llm-v2"];

/**
 * The board each lens reads: the language lens compares two of its prompt categories, the price lens joins LMArena's
 * catalog price table to its model keys, the efficiency lens reads its parameter counts and CO₂ costs. Public API
 * (each lens route's `board`): never change one. tests/unit/boards/info.test.ts checks each has what its lens reads.
 */
export const LENS_BOARDS = {
  language: "lmarena-text",
  price: "lmarena-text",
  efficiency: "hf-open-llm-v2",
} as const satisfies Record<string, BoardSlug>;

/**
 * A board named in a request that the database does not hold. In a path it is a 404 (the resource does not exist);
 * in a query a 400, worded as the query's other enumerated parameters are ("" is a required board left out).
 */
export class UnknownBoardError extends Error {
  constructor(
    readonly board: string,
    known: readonly BoardSlug[],
    readonly where: "path" | "query",
  ) {
    const shown = quoteInput(board);
    super(
      where === "path"
        ? `board: ${shown} is not a board; boards are ${known.join(", ")}`
        : board === ""
          ? `board: is required; one of ${known.join(", ")}`
          : `board: ${shown} is not one of ${known.join(", ")}`,
    );
    this.name = "UnknownBoardError";
  }
}
