// PostgreSQL restarts while the app serves: requests fail fast with a 503 and a clear message, and the app
// recovers on its own within 5 s of the server coming back. Runs against a throwaway cluster of our own.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { runUpdate } from "@/lib/jobs/update";
import { VERSION_TTL_MS } from "@/lib/core/data-version";
import { migrate } from "@/scripts/lib/migrate-runner";
import { syncReferenceData } from "@/scripts/lib/reference-data";
import { createMiniMirror } from "../fixtures/mini-mirror";
import { clusterSupported, createCluster, type PgCluster } from "./pg-cluster";

vi.mock("server-only", () => ({}));

type Handler = (req: Request, ctx?: { params?: Promise<Record<string, string | string[]>> }) => Promise<Response>;
let cluster: PgCluster;
let health: Handler;
let standings: Handler;
let n = 0;
/** A parameter set never asked before, so no in-process cache can answer it. */
const cold = () => `http://localhost/api/v1/standings?board=lmarena-text&metric=top-n-count&n=${(n++ % 90) + 1}`;

async function timed(handler: Handler, url: string): Promise<{ ms: number; status: number; body: any; res: Response }> {
  const t0 = performance.now();
  const res = await handler(new Request(url));
  const body = await res.json();
  return { ms: performance.now() - t0, status: res.status, body, res };
}

describe.skipIf(!clusterSupported())("PostgreSQL restarts while the app serves", () => {
  beforeAll(async () => {
    cluster = await createCluster();
    await migrate(cluster.url);
    await syncReferenceData(cluster.url);
    const mirror = await createMiniMirror();
    try {
      await runUpdate({ connectionString: cluster.url, trigger: "test", hub: { endpoint: mirror.fileEndpoint } });
    } finally {
      await mirror.cleanup();
    }
    process.env.DATABASE_URL = cluster.url;
    delete (globalThis as { prisma?: unknown }).prisma;
    vi.resetModules();
    health = (await import("@/app/api/health/route")).GET as unknown as Handler;
    standings = (await import("@/app/api/v1/standings/route")).GET;
  });
  afterAll(() => cluster?.destroy());

  test("503 with a fixed, clear message while it is down; back to 200 within 5 s of its return", async () => {
    expect((await timed(health, "http://localhost/api/health")).status).toBe(200);
    expect((await timed(standings, cold())).status).toBe(200);

    cluster.stop();
    // Within VERSION_TTL_MS of its last version check an instance may still answer from memory; after that,
    // every request that needs the database must say it is unavailable.
    await new Promise((r) => setTimeout(r, VERSION_TTL_MS + 100));
    for (let i = 0; i < 3; i++) {
      const h = await timed(health, "http://localhost/api/health");
      expect(h.status).toBe(503);
      expect(h.ms).toBeLessThan(3500);
      // A fixed message: no host, port, database name or driver text reaches the client.
      expect(h.body.error).toEqual({
        code: "database_unreachable",
        message: "The database is unreachable right now; try again shortly.",
      });
      expect(JSON.stringify(h.body)).not.toContain(String(cluster.port));

      const s = await timed(standings, cold());
      expect(s.status).toBe(503);
      expect(s.ms).toBeLessThan(3500);
      expect(s.body.error.code).toBe("database_unavailable");
      expect(s.res.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(JSON.stringify(s.body)).not.toContain(String(cluster.port));
    }

    cluster.start();
    const back = performance.now();
    let recoveredMs = Infinity;
    while (performance.now() - back < 10_000) {
      const [h, s] = [await timed(health, "http://localhost/api/health"), await timed(standings, cold())];
      if (h.status === 200 && s.status === 200) {
        recoveredMs = performance.now() - back;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(recoveredMs).toBeLessThan(5000);
  });
});
