// The link check behind `npm run attribution:sources -- --check`, against a local HTTP server: every URL gets its own
// verdict, a hanging server times out, a refused HEAD is retried with GET, redirects are followed.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSource, checkSources, describeFetchError } from "@/scripts/lib/source-check";

let server: Server;
let base = "";
const hanging = new Set<import("node:http").ServerResponse>();

beforeAll(async () => {
  server = createServer((req, res) => {
    switch (req.url) {
      case "/ok":
        res.writeHead(200, { "content-type": "text/html" }).end("<p>Headquarters: Paris</p>");
        return;
      case "/gone":
        res.writeHead(404).end("not here");
        return;
      case "/no-head":
        if (req.method === "HEAD") res.writeHead(405).end();
        else res.writeHead(200).end("GET works");
        return;
      case "/moved":
        res.writeHead(301, { location: "/ok" }).end();
        return;
      case "/hang":
        hanging.add(res); // never answers
        return;
      default:
        res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await new Promise((resolve) => server.close(resolve));
});

describe("checkSource", () => {
  it("passes a page that answers 200 to HEAD", async () => {
    expect(await checkSource(`${base}/ok`, { timeoutMs: 2000 })).toMatchObject({
      ok: true,
      status: 200,
      method: "HEAD",
    });
  });

  it("fails a 404 with its status", async () => {
    expect(await checkSource(`${base}/gone`, { timeoutMs: 2000 })).toMatchObject({
      ok: false,
      status: 404,
      problem: "HTTP 404",
    });
  });

  it("asks again with GET when the server refuses HEAD", async () => {
    expect(await checkSource(`${base}/no-head`, { timeoutMs: 2000 })).toMatchObject({ ok: true, method: "GET" });
  });

  it("follows a redirect and reports where it ended", async () => {
    expect(await checkSource(`${base}/moved`, { timeoutMs: 2000 })).toMatchObject({ ok: true, finalUrl: `${base}/ok` });
  });

  it("times out a server that never answers, with the deadline in the message", async () => {
    const r = await checkSource(`${base}/hang`, { timeoutMs: 300 });
    expect(r).toMatchObject({ ok: false, status: null, problem: "timed out after 0.3 s" });
    expect(r.ms).toBeLessThan(5000);
  });

  it("names the network error of a refused connection", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const r = await checkSource(`http://127.0.0.1:${port}/`, { timeoutMs: 2000 });
    expect(r).toMatchObject({ ok: false, status: null });
    if (!r.ok) expect(r.problem).toMatch(/^network error: ECONNREFUSED/);
  });

  it("rejects what is not an http(s) URL without a request", async () => {
    expect(await checkSource("not a url", { timeoutMs: 100 })).toMatchObject({ ok: false, problem: "not a valid URL" });
    expect(await checkSource("ftp://example.invalid/x", { timeoutMs: 100 })).toMatchObject({
      ok: false,
      problem: "unsupported protocol ftp:",
    });
  });
});

describe("checkSources", () => {
  it("gives every URL its own verdict, in input order, whatever the others do", async () => {
    const urls = [`${base}/hang`, `${base}/ok`, `${base}/gone`, `${base}/no-head`];
    const seen: string[] = [];
    const results = await checkSources(urls, { timeoutMs: 300, concurrency: 2, onResult: (r) => seen.push(r.url) });
    expect(results.map((r) => [r.url, r.ok])).toEqual([
      [urls[0], false],
      [urls[1], true],
      [urls[2], false],
      [urls[3], true],
    ]);
    expect(seen.sort()).toEqual([...urls].sort());
  });
});

describe("describeFetchError", () => {
  it("reads undici's nested cause", () => {
    const err = Object.assign(new TypeError("fetch failed"), {
      cause: { code: "ENOTFOUND", message: "getaddrinfo ENOTFOUND x" },
    });
    expect(describeFetchError(err, 1000)).toBe("network error: ENOTFOUND (getaddrinfo ENOTFOUND x)");
    expect(describeFetchError(new Error("boom"), 1000)).toBe("request failed: boom");
  });
});
