// Every route the app serves, found by walking app/ (so routes added later are covered without editing this file),
// with sample values for dynamic segments drawn from the mini mirror the e2e server is filled from.
import { readdirSync } from "node:fs";
import path from "node:path";

export interface AppRoute {
  /** The route as written in app/, e.g. /models/[board]/[...key]. */
  pattern: string;
  kind: "page" | "api" | "handler" | "image";
  /** A concrete path with sample values in the dynamic segments. */
  sample: string;
}

const appDir = path.resolve(import.meta.dirname, "../../app");

/** Sample values per dynamic segment name; the parent segment picks among keys used twice (key). */
function sampleFor(segment: string, parent: string | undefined, sample: Record<string, string>): string {
  const name = segment.replace(/^\[+\.{0,3}|\]+$/g, "");
  if (name === "key" && parent === "countries") return sample.country;
  if (name === "key") return sample.model;
  return sample[name] ?? "x";
}

export function appRoutes(sample: Record<string, string>): AppRoute[] {
  const routes: AppRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        // Route groups, parallel slots and private folders add no URL segment (or none at all).
        if (entry.name.startsWith("_") || entry.name.startsWith("@")) continue;
        walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
        continue;
      }
      const file = entry.name;
      let kind: AppRoute["kind"] | null = null;
      let extra: string[] = [];
      if (/^page\.(tsx|ts|jsx|js)$/.test(file)) kind = "page";
      else if (/^route\.(ts|js)$/.test(file)) kind = segments[0] === "api" ? "api" : "handler";
      else if (/^(opengraph-image|twitter-image)\.(tsx|ts|jsx|js)$/.test(file)) {
        kind = "image";
        extra = [file.replace(/\.\w+$/, "")];
      }
      if (!kind) continue;
      const all = [...segments, ...extra];
      const pattern = `/${all.join("/")}`;
      const sampled = all.map((s, i) => (s.startsWith("[") ? encodeURI(sampleFor(s, all[i - 1], sample)) : s));
      routes.push({ pattern, kind, sample: `/${sampled.join("/")}`.replace(/\/$/, "") || "/" });
    }
  };
  walk(appDir, []);
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Sample values matching tests/fixtures/mini-mirror.ts. */
export const MINI_SAMPLE: Record<string, string> = {
  board: "lmarena-text",
  model: "gpt-4o-2024-05-13",
  country: "US",
  date: "2025-11-01",
  slug: "openai",
  file: "us.svg",
  path: "no/such/route",
};
