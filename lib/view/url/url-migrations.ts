// Permalink migrations: the renames of the URL vocabulary, as data. A view's URL is read through them before it is
// parsed (readView on the server, useUrlMigrations on the client), so a permalink made before a rename still opens
// the same view after it (DESIGN.md, URL state). OWID's grapher keeps the same kind of list (GrapherUrlMigrations).
// The list is empty until the first rename needs a rule; README "Renaming a URL parameter" says how to add one.

/** A query as pages receive it: a value, repeated values, or none. */
export type Query = Record<string, string | string[] | undefined>;

interface RuleBase {
  /** The rename and the release it shipped in, for whoever reads this list later. */
  why: string;
  /**
   * The views the rule applies to: exact paths ("/", "/lenses/price") or sections ending in "/" ("/lenses/");
   * absent, every view.
   */
  paths?: readonly string[];
}

/** A parameter renamed: `from=x` is read as `to=x`. A URL that also has `to` keeps its own and drops `from`. */
export interface ParamRename extends RuleBase {
  kind: "param";
  from: string;
  to: string;
}

/** A value renamed: `param=from` is read as `param=to`, also as one item of a `~` list (`countries=US~EU`). */
export interface ValueRename extends RuleBase {
  kind: "value";
  param: string;
  from: string;
  to: string;
}

export type UrlMigration = ParamRename | ValueRename;

/** Every rename so far, oldest first: rules apply in this order, so a value renamed twice needs no rewrite. */
export const URL_MIGRATIONS: readonly UrlMigration[] = [];

function appliesTo(rule: UrlMigration, path: string): boolean {
  return !rule.paths || rule.paths.some((p) => (p.endsWith("/") && p !== "/" ? path.startsWith(p) : path === p));
}

function renameItems(value: string, from: string, to: string): string {
  return value
    .split("~")
    .map((item) => (item === from ? to : item))
    .join("~");
}

/**
 * The query of a view at `path` with every applicable rule applied, and whether any rule changed it. Without a change
 * the query is handed back as it is.
 */
export function migrateQuery(
  path: string,
  query: Query,
  rules: readonly UrlMigration[] = URL_MIGRATIONS,
): { query: Query; changed: boolean } {
  let out: Query | null = null;
  const own = () => (out ??= Object.assign(Object.create(null) as Query, query));
  for (const rule of rules) {
    if (!appliesTo(rule, path)) continue;
    const q = out ?? query;
    if (rule.kind === "param") {
      if (!Object.hasOwn(q, rule.from)) continue;
      const target = own();
      if (!Object.hasOwn(target, rule.to)) target[rule.to] = target[rule.from];
      delete target[rule.from];
    } else {
      const value = Object.hasOwn(q, rule.param) ? q[rule.param] : undefined;
      if (value === undefined) continue;
      const next = Array.isArray(value)
        ? value.map((v) => renameItems(v, rule.from, rule.to))
        : renameItems(value, rule.from, rule.to);
      if (Array.isArray(value) ? (next as string[]).every((v, i) => v === value[i]) : next === value) continue;
      own()[rule.param] = next;
    }
  }
  return { query: out ?? query, changed: out !== null };
}

/** `path` with a query, written as a link: values percent-encoded except `~`, so lists read as they are written. */
export function hrefOf(path: string, query: Query): string {
  const pairs: string[] = [];
  for (const key of Object.keys(query)) {
    const v = query[key];
    for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v])
      pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(x)}`);
  }
  return pairs.length ? `${path}?${pairs.join("&")}` : path;
}

/** The current URL of an old permalink (`path` and its query string), or null when no rule changes it. */
export function migratedHref(
  path: string,
  search: string,
  rules: readonly UrlMigration[] = URL_MIGRATIONS,
): string | null {
  if (rules.length === 0) return null;
  const query: Query = Object.create(null);
  for (const [key, value] of new URLSearchParams(search)) {
    const had = query[key];
    query[key] = had === undefined ? value : [had, value].flat();
  }
  const migrated = migrateQuery(path, query, rules);
  return migrated.changed ? hrefOf(path, migrated.query) : null;
}
