// Permalink migrations: the shipped list is empty until a rename needs a rule, so the mechanism is proved here on
// rules defined by the test, through the same functions the pages (readView) and the client (migratedHref) call.
import { describe, expect, test } from "vitest";
import { migratedHref, migrateQuery, URL_MIGRATIONS, type UrlMigration } from "@/lib/view/url/url-migrations";
import { readView } from "@/lib/view/url/view-state";
import { VIEW_KEYS } from "@/lib/view/url/search-params";

const RULES: UrlMigration[] = [
  { kind: "param", why: "test: `cat` was the category's first name", from: "cat", to: "category" },
  { kind: "value", why: "test: the European group was keyed `EU`", param: "countries", from: "EU", to: "europe" },
  { kind: "value", why: "test: a metric renamed twice", param: "metric", from: "best", to: "top-score" },
  { kind: "value", why: "test: …and again", param: "metric", from: "top-score", to: "best-score" },
  { kind: "param", why: "test: a lens-only rename", paths: ["/lenses/"], from: "w", to: "within" },
];

describe("readView through the migrations", () => {
  test("an old permalink opens the view its current spelling opens, and names that spelling for a redirect", () => {
    const old = readView({ cat: "chinese", countries: "US~EU", metric: "best", range: "1y" }, "/", RULES);
    const today = readView(
      { category: "chinese", countries: "US~europe", metric: "best-score", range: "1y" },
      "/",
      RULES,
    );
    expect(old.view).toEqual(today.view);
    expect(old.notices).toEqual([]);
    expect(old.redirect).toBe("/?countries=US~europe&metric=best-score&range=1y&category=chinese");
    expect(today.redirect).toBeNull();
  });

  test("a URL with both spellings keeps the current one; a rule scoped to other views does not apply", () => {
    expect(readView({ cat: "coding", category: "chinese" }, "/", RULES)).toMatchObject({
      view: { category: "chinese" },
      redirect: "/?category=chinese",
    });
    expect(readView({ w: "5" }, "/", RULES).redirect).toBeNull();
    const lens = readView({ w: "5" }, "/lenses/price", RULES);
    expect(lens.view.within).toBe(5);
    expect(lens.redirect).toBe("/lenses/price?within=5");
  });

  test("with the shipped list, a URL is read as it is", () => {
    const r = readView({ countries: "US~EU", cat: "chinese" });
    expect(r.redirect).toBeNull();
    expect(r.view.category).toBe("overall");
  });
});

describe("migratedHref (the client's check of its own URL)", () => {
  test("rewrites old spellings, keeps everything else and repeated values", () => {
    expect(migratedHref("/", "?countries=EU~CN&embed=1&x=a&x=b", RULES)).toBe("/?countries=europe~CN&embed=1&x=a&x=b");
    expect(migratedHref("/", "?countries=US~CN", RULES)).toBeNull();
    expect(migratedHref("/", "?countries=EU", [])).toBeNull();
  });
});

test("migrateQuery hands an unchanged query back as it is", () => {
  const q = { countries: "US~CN" };
  expect(migrateQuery("/", q, RULES)).toEqual({ query: q, changed: false });
  expect(migrateQuery("/", q, RULES).query).toBe(q);
});

test("every shipped rule renames to a parameter the view schema reads, and renames something", () => {
  for (const rule of URL_MIGRATIONS) {
    const target = rule.kind === "param" ? rule.to : rule.param;
    expect(VIEW_KEYS as readonly string[], rule.why).toContain(target);
    expect(rule.from, rule.why).not.toBe(rule.to);
  }
});
