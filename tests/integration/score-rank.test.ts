// The score rank on the whole shared mirror (skipped when ../shared/data is absent): one rule on every date, so a
// model whose rivals by score did not change keeps its rank when the arena's published rank rule changes.
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, test, vi } from "vitest";
import { runUpdate } from "@/lib/jobs/update";
import { truncateData } from "./db";

vi.mock("server-only", () => ({}));

const url = inject("databaseUrl");
process.env.DATABASE_URL = url;

type Handler = (req: Request, ctx?: { params?: Promise<Record<string, string>> }) => Promise<Response>;
let standings: Handler;
let table: Handler;

async function get<T>(handler: Handler, pathAndQuery: string, params: Record<string, string> = {}): Promise<T> {
  const res = await handler(new Request(`http://localhost${pathAndQuery}`), { params: Promise.resolve(params) });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
}

interface Row {
  model: string;
  rank: number;
  scoreRank: number;
  publishedRank: number;
}
interface Standings {
  series: { key: string; points: { date: string; value: number | null; model: string | null }[] }[];
}

const shared = path.resolve(process.cwd(), "../shared/data/mirror/huggingface.co");
describe.skipIf(!existsSync(shared))("the score rank on the whole arena history", () => {
  beforeAll(async () => {
    await truncateData(url);
    await runUpdate({
      connectionString: url,
      sources: ["lmarena-text"],
      trigger: "test",
      hub: { endpoint: pathToFileURL(shared).toString() },
    });
    standings = (await import("@/app/api/v1/standings/route")).GET;
    table = (await import("@/app/api/v1/boards/[board]/snapshots/[date]/route")).GET;
    const { resetReadCaches } = await import("@/lib/reads/memo");
    const { resetResponseCache } = await import("@/lib/api/respond");
    resetReadCaches();
    resetResponseCache();
  }, 180_000);
  afterAll(async () => {
    const { prisma } = await import("@/lib/core/db");
    await prisma().$disconnect();
  });

  const rowOf = async (date: string, model: string, rank = "score") => {
    const t = await get<{ rows: Row[] }>(table, `/api/v1/boards/lmarena-text/snapshots/${date}?rank=${rank}`, {
      board: "lmarena-text",
      date,
    });
    return t.rows.find((r) => r.model === model);
  };

  test("deepseek-r1 is 7th by score on 2025-02-05 and on 2025-02-06; the published rank says 7, then 3", async () => {
    expect(await rowOf("2025-02-05", "deepseek-r1")).toMatchObject({ rank: 7, scoreRank: 7, publishedRank: 7 });
    expect(await rowOf("2025-02-06", "deepseek-r1")).toMatchObject({ rank: 7, scoreRank: 7, publishedRank: 3 });
    expect(await rowOf("2025-02-06", "deepseek-r1", "published")).toMatchObject({ rank: 3 });
  });

  test("China's best rank by score does not jump when the published rule changes; the published one does", async () => {
    const best = async (rank: string) => {
      const s = await get<Standings>(
        standings,
        `/api/v1/standings?board=lmarena-text&countries=CN&from=2025-02-05&to=2025-02-06&rank=${rank}`,
      );
      return s.series[0].points.map((p) => [p.value, p.model]);
    };
    expect(await best("score")).toEqual([
      [7, "deepseek-r1"],
      [7, "deepseek-r1"],
    ]);
    expect(await best("published")).toEqual([
      [7, "deepseek-r1"],
      [3, "deepseek-r1"],
    ]);
  });

  test("under the score rank no country has more than 5 models in a top 5 (published: up to 13)", async () => {
    const max = async (rank: string) => {
      const s = await get<Standings>(
        standings,
        `/api/v1/standings?board=lmarena-text&metric=top-n-count&n=5&countries=US~CN&rank=${rank}`,
      );
      return Math.max(...s.series.flatMap((x) => x.points.map((p) => p.value ?? 0)));
    };
    expect(await max("score")).toBeLessThanOrEqual(5);
    expect(await max("published")).toBeGreaterThan(5);
  });

  test("rank=published gives the published rank's answers exactly, on every date (checked against plain SQL)", async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const perDate = async (aggregate: string, country: string) =>
        (
          await client.query<{ value: number | null }>(
            `SELECT (SELECT ${aggregate} FROM entry e JOIN model m ON m.id = e.model_id
                     JOIN organization o ON o.id = m.developer_org_id
                     WHERE e.snapshot_id = s.id AND o.country = $1) AS value
             FROM snapshot s WHERE s.board_slug = 'lmarena-text' ORDER BY s.date`,
            [country],
          )
        ).rows.map((r) => (r.value === null ? null : Number(r.value)));
      for (const [metric, aggregate] of [
        ["best-rank", "min(e.rank)"],
        ["top-n-count&n=5", "count(*) FILTER (WHERE e.rank <= 5)"],
      ] as const) {
        const s = await get<Standings>(
          standings,
          `/api/v1/standings?board=lmarena-text&metric=${metric}&countries=US~CN&rank=published`,
        );
        for (const series of s.series) {
          const expected = await perDate(aggregate, series.key);
          expect(
            series.points.map((p) => p.value),
            `${metric} ${series.key}`,
          ).toEqual(expected);
        }
      }
    } finally {
      await client.end();
    }
  });

  test("the figures /methodology quotes to reconcile with the AI Index and lmarena.ai are the gap panel's own", async () => {
    const gapRoute = (await import("@/app/api/v1/gap/route")).GET;
    const { RECONCILIATION } = await import("@/lib/boards/reconciliation");
    const text = JSON.stringify(RECONCILIATION["lmarena-text"]);
    const gap = await get<{
      points: { date: string; relative: number | null; a: { model: string | null }; b: { model: string | null } }[];
    }>(gapRoute, "/api/v1/gap?board=lmarena-text&a=US&b=CN&from=2024-01-01&to=2025-02-11");
    const pct = (date: string) => gap.points.find((p) => p.date === date)!.relative!.toFixed(2);
    // Every percentage the text quotes for these dates is what the gap answers, to two decimals.
    for (const [date, quoted] of [
      ["2025-02-03", "1.67%"],
      ["2025-02-05", "1.65%"],
      ["2025-02-06", "1.59%"],
      ["2025-02-11", "1.66%"],
      ["2024-01-09", "11.13%"],
      ["2024-01-18", "11.65%"],
      ["2024-01-25", "11.48%"],
      ["2024-03-26", "11.09%"],
      ["2024-03-27", "9.17%"],
    ]) {
      expect(`${pct(date)}%`, date).toBe(quoted);
      expect(text).toContain(quoted);
    }
    // "1.6–1.7% for 3–11 Feb 2025": every arena date in that span.
    const feb = gap.points.filter((p) => p.date >= "2025-02-03" && p.date <= "2025-02-11").map((p) => p.relative!);
    expect(feb.length).toBeGreaterThanOrEqual(4);
    expect(Math.min(...feb)).toBeGreaterThanOrEqual(1.55);
    expect(Math.max(...feb)).toBeLessThan(1.7);
    // deepseek-r1: #63 by score and #57 published on 2025-12-11; best #6 and #3.
    const model = (await import("@/app/api/v1/models/[board]/[...key]/route")).GET;
    const res = await model(new Request("http://localhost/api/v1/models/lmarena-text/deepseek-r1"), {
      params: Promise.resolve({ board: "lmarena-text", key: ["deepseek-r1"] }),
    } as never);
    const r1 = (await res.json()) as { points: { date: string; scoreRank: number; publishedRank: number }[] };
    expect(r1.points.at(-1)).toMatchObject({ date: "2025-12-11", scoreRank: 63, publishedRank: 57 });
    expect(Math.min(...r1.points.map((p) => p.scoreRank))).toBe(6);
    expect(Math.min(...r1.points.map((p) => p.publishedRank))).toBe(3);
    expect(text).toContain(
      "#63 here on 2025-12-11 and #57 by the published rule; its best is #6 here and #3 published",
    );
  });
  test("Europe's best-ever arena rank (#2, mistral-medium-2508) rests on the 2025-11-05 snapshot, and says so", async () => {
    const events = (await import("@/app/api/v1/events/route")).GET;
    const body = await get<{
      milestones: {
        id: string;
        kind: string;
        date: string;
        model: string;
        value: number | null;
        caveats: string[];
        qualifiers: { endedOn: string | null };
        contest: { until: string; leaderEndedOn: string | null } | null;
      }[];
      dataCaveats: { id: string; dates: string[]; holdsBoardOf?: string }[];
    }>(events, "/api/v1/events?board=lmarena-text&countries=europe");
    const august = "arena-2025-11-05-holds-august-board";
    expect(body.dataCaveats).toMatchObject([{ id: august, dates: ["2025-11-05"], holdsBoardOf: "2025-08-29" }]);
    const best = body.milestones.filter((m) => m.kind === "best-rank" || m.kind === "first-top-n");
    const top = best.reduce((a, m) => ((m.value ?? Infinity) < (a.value ?? Infinity) ? m : a));
    expect(top).toMatchObject({ date: "2025-11-05", model: "mistral-medium-2508", value: 2, caveats: [august] });
    // A milestone carries the caveat exactly when it happened or ended on that snapshot.
    for (const m of body.milestones) {
      const touches = [m.date, m.qualifiers.endedOn, m.contest?.until, m.contest?.leaderEndedOn].includes("2025-11-05");
      expect(m.caveats, m.id).toEqual(touches ? [august] : []);
    }
    // The gap's lag that ends on the caveated date names it.
    const gapRoute = (await import("@/app/api/v1/gap/route")).GET;
    const gap = await get<{ points: { date: string; lagDays: number | null; lagDataCaveat: string | null }[] }>(
      gapRoute,
      "/api/v1/gap?board=lmarena-text&a=US&b=CN&from=2025-05-24",
    );
    const onDate = gap.points.find((p) => p.date === "2025-11-05")!;
    expect(onDate.lagDays).not.toBeNull();
    expect(onDate.lagDataCaveat).toBe(august);
    expect(gap.points.find((p) => p.date === "2025-05-24")!.lagDataCaveat).toBeNull();
  });
});
