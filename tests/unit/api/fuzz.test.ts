// Throws many random and hostile query strings at the real route handlers, with the database replaced by a small
// frame: the answer must always be 200 or a 400/404 in the error shape, never a 5xx or a thrown exception.
import { beforeAll, describe, expect, test, vi } from "vitest";
import { entry, frame } from "../standings/helpers";

vi.mock("server-only", () => ({}));
vi.mock("@/lib/core/data-version", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/core/data-version")>()),
  currentDataVersion: async () => 7,
}));
// The stored boards (the runtime list endpoint() checks `board` against): the two boards the frames below hold.
vi.mock("@/lib/reads/boards", async (importOriginal) => {
  const { UnknownBoardError } = await import("@/lib/boards/info");
  const stored = ["lmarena-text", "hf-open-llm-v2"];
  return {
    ...(await importOriginal<typeof import("@/lib/reads/boards")>()),
    boardSlugs: async () => stored,
    requireBoard: async (slug: string, where: "path" | "query") => {
      if (!stored.includes(slug)) throw new UnknownBoardError(slug, stored, where);
    },
  };
});
vi.mock("@/lib/reads/standings", async () => {
  const { gapFromFrame, standingsFromFrame, standingsJson } = await import("@/lib/standings/answers");
  const meta = { updatedAt: "2025-03-01T00:00:00.000Z", asOf: "2025-03-01" };
  const frames = {
    "lmarena-text": { ...frame("lmarena-text", FIXTURE), ...meta },
    "hf-open-llm-v2": { ...frame("hf-open-llm-v2", FIXTURE), ...meta },
  };
  return {
    getStandings: async (q: { board: keyof typeof frames }) => standingsFromFrame(frames[q.board], q as never),
    getStandingsJson: async (q: { board: keyof typeof frames }) => standingsJson(frames[q.board], q as never),
    getGap: async (q: { board: keyof typeof frames }) => gapFromFrame(frames[q.board], q as never),
  };
});

const FIXTURE = {
  "2025-01-01": [
    entry("us-1", 1, 1300, "US", { official: true, rankOfficial: 1 }),
    entry("cn-1", 2, 1290, "CN"),
    entry("=x", 3, 1200, null),
  ],
  "2025-02-01": [entry("cn-2", 1, 1310, "CN", { license: "MIT" }), entry("fr-1", 2, 1305, "FR", { countryBase: "US" })],
  "2025-03-01": [entry("jp-1", 1, 1320, "JP"), entry("us-1", 2, 1301, "US", { official: true, rankOfficial: 1 })],
};

const NAMES = [
  "board",
  "metric",
  "n",
  "countries",
  "from",
  "to",
  "attribution",
  "license",
  "official",
  "format",
  "a",
  "b",
  "category",
  "x",
  "__proto__",
  "constructor",
];
const VALUES = [
  "lmarena-text",
  "hf-open-llm-v2",
  "overall",
  "chinese",
  "best-rank",
  "best-score",
  "top-n-count",
  "top-n-share",
  "model-count",
  "US~CN~europe",
  "us~cn~EUROPE~other~unknown",
  "US",
  "cn",
  "XX",
  "~",
  "~~~",
  "US~~CN",
  "US~".repeat(40),
  "2025-01-01",
  "2025-02-30",
  "2024-1-1",
  "0000-00-00",
  "9999-12-31",
  "+002025-01-01",
  "10",
  "0",
  "-1",
  "1e2",
  "1e309",
  "NaN",
  "Infinity",
  "0x10",
  "2.5",
  " 7 ",
  "9".repeat(400),
  "true",
  "false",
  "1",
  "TRUE",
  "csv",
  "json",
  "developer",
  "base",
  "open",
  "proprietary",
  "all",
  "",
  " ",
  "\u0000",
  "%00",
  "%",
  "%E0%A4%A",
  "\uD800",
  "😀",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "=cmd|' /C calc'!A0",
  "@SUM(1)",
  "null",
  "undefined",
  "[object Object]",
  "{}",
  "a".repeat(5000),
  "__proto__",
  "toString",
  "constructor",
];

function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function randomQuery(next: () => number): string {
  const sp = new URLSearchParams();
  const count = Math.floor(next() * 7);
  if (next() < 0.8) sp.append("board", next() < 0.9 ? (next() < 0.5 ? "lmarena-text" : "hf-open-llm-v2") : "bogus");
  for (let i = 0; i < count; i++)
    sp.append(NAMES[Math.floor(next() * NAMES.length)], VALUES[Math.floor(next() * VALUES.length)]);
  const raw = sp.toString();
  // Sometimes hand-broken percent-encoding that URLSearchParams would never produce.
  return next() < 0.1 ? `${raw}&countries=%E0%A4%A&n=%` : raw;
}

type Handler = (req: Request, ctx?: { params?: Promise<Record<string, string>> }) => Promise<Response>;
let routes: Record<string, Handler>;

beforeAll(async () => {
  routes = {
    standings: (await import("@/app/api/v1/standings/route")).GET,
    gap: (await import("@/app/api/v1/gap/route")).GET,
  };
});

describe("API v1 under random and hostile query strings", () => {
  test.each(["standings", "gap"])("%s answers 200 or 400, always in shape", async (name) => {
    const next = rng(name.length * 7919);
    const statuses = new Map<number, number>();
    for (let i = 0; i < 1500; i++) {
      const qs = randomQuery(next);
      const res = await routes[name](new Request(`http://test/api/v1/${name}?${qs}`));
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (![200, 400].includes(res.status)) throw new Error(`${res.status} for ?${qs}: ${await res.text()}`);
      const text = await res.text();
      if (res.status === 400) {
        const body = JSON.parse(text);
        expect(Object.keys(body.error)).toEqual(["code", "message"]);
        expect(body.error.message).toMatch(
          /^(board|metric|n|countries|from|to|attribution|license|official|format|a|b|category): /,
        );
      } else if (res.headers.get("content-type")?.startsWith("text/csv")) {
        // No cell may start a formula; a negative number (a gap) is data and keeps its sign.
        const cells = text
          .split("\r\n")
          .slice(1)
          .flatMap((line) => line.split(","));
        expect(cells.filter((c) => /^[=+@]|^-(?!\d)/.test(c))).toEqual([]);
      } else {
        expect(JSON.parse(text).board).toMatch(/^(lmarena-text|hf-open-llm-v2)$/);
      }
    }
    expect(statuses.get(200)).toBeGreaterThan(50);
    expect(statuses.get(400)).toBeGreaterThan(50);
  });
});
