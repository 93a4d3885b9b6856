// The rate limit's Redis store: two guards (two app instances) with one REDIS_URL share each IP's counter, and
// a Redis that goes away mid-flight falls back to counting in memory instead of refusing or failing requests.
import http from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import { afterAll, describe, expect, test } from "vitest";
import { createGuard, type Guard } from "@/lib/server/guard.mjs";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const redisUp = await new Promise<boolean>((resolve) => {
  const u = new URL(REDIS_URL);
  const s = net.connect(Number(u.port || 6379), u.hostname);
  s.once("connect", () => (s.destroy(), resolve(true)));
  s.once("error", () => resolve(false));
});

const servers: http.Server[] = [];
const guards: Guard[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => (s.closeAllConnections(), s.close(r)))));
  await Promise.all(guards.map((g) => g.close()));
});

async function instance(env: Record<string, string>) {
  const guard = await createGuard({ LOG_LEVEL: "silent", ...env });
  guards.push(guard);
  const server = http.createServer((req, res) => void guard(req, res, () => res.end("ok")));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, guard };
}

describe.skipIf(!redisUp)("rate limit in Redis", () => {
  test("two instances share one counter per IP", async () => {
    const env = { RATE_LIMIT: "4/30", REDIS_URL, RATE_LIMIT_KEY_PREFIX: `atlas-test-${process.pid}-${Date.now()}` };
    const a = await instance(env);
    const b = await instance(env);
    expect(a.guard.store).toBe("redis");
    const statuses: number[] = [];
    for (const base of [a.base, b.base, a.base, b.base, a.base, b.base])
      statuses.push((await fetch(`${base}/api/v1/x`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const res = await fetch(`${b.base}/api/v1/x`);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  test("an unreachable Redis: requests are still served, counted in memory", async () => {
    const { base, guard } = await instance({
      RATE_LIMIT: "2/30",
      REDIS_URL: "redis://127.0.0.1:1",
      RATE_LIMIT_KEY_PREFIX: "atlas-test-down",
    });
    expect(guard.store).toBe("redis");
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${base}/api/v1/x`)).status);
    expect(statuses).toEqual([200, 200, 429]);
  });
});
