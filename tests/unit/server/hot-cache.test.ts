import { beforeEach, describe, expect, test } from "vitest";
import { clearHot, hotKey, publishResponse } from "@/lib/server/hot-path.mjs";
import { publishVersion } from "@/lib/core/request-context.mjs";
// @ts-expect-error plain JavaScript module without types
import { fastPath, rejectMalformedApiPath } from "@/lib/server/fast-path.mjs";

interface Sent {
  status?: number;
  headers?: Record<string, unknown>;
  body?: unknown;
}

function call(url: string, headers: Record<string, string> = {}, method = "GET"): { handled: boolean; sent: Sent } {
  const sent: Sent = {};
  const res = {
    writeHead: (status: number, h: Record<string, unknown>) => Object.assign(sent, { status, headers: h }),
    end: (body?: unknown) => Object.assign(sent, { body }),
  };
  return { handled: fastPath({ method, url, headers }, res), sent };
}

const PATH = "/api/v1/standings?board=lmarena-text&countries=US~CN~europe";
const body = new TextEncoder().encode('{"ok":true}');
const headers = {
  ETag: 'W/"v7-abc"',
  "Cache-Control": "public, max-age=60",
  "Content-Type": "application/json",
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag",
};

beforeEach(() => {
  clearHot();
  publishVersion(7, Date.now(), 2000);
  // Next hands the route `~` as %7E; the key must match what clients send.
  publishResponse(hotKey(new URL(`http://x${PATH.replaceAll("~", "%7E")}`)), { version: 7, body, headers });
});

describe("API fast path", () => {
  test("answers a repeat GET with the stored body and headers", () => {
    const { handled, sent } = call(PATH);
    expect(handled).toBe(true);
    expect(sent.status).toBe(200);
    expect(sent.body).toBe(body);
    expect(sent.headers).toMatchObject({ ETag: 'W/"v7-abc"', "Content-Length": body.byteLength });
  });

  test("answers 304 when If-None-Match matches, weakly", () => {
    const { sent } = call(PATH, { "if-none-match": '"other", "v7-abc"' });
    expect(sent.status).toBe(304);
    expect(sent.body).toBeUndefined();
  });

  test("hands over to Next when the version is stale, unknown, changed, or the request is not a cached GET", () => {
    expect(call("/api/v1/standings?board=hf-open-llm-v2").handled).toBe(false);
    expect(call(PATH, {}, "POST").handled).toBe(false);
    expect(call("/status").handled).toBe(false);
    publishVersion(8, Date.now(), 2000);
    expect(call(PATH).handled).toBe(false);
    publishResponse(hotKey(new URL(`http://x${PATH}`)), { version: 8, body, headers });
    expect(call(PATH).handled).toBe(true);
    publishVersion(8, Date.now() - 5000, 2000);
    expect(call(PATH).handled).toBe(false);
  });
});

test("an API path with broken percent-encoding gets the API's 400, not Next's 500", () => {
  const sent: Sent = {};
  const res = {
    writeHead: (status: number, h: Record<string, unknown>) => Object.assign(sent, { status, headers: h }),
    end: (body?: unknown) => Object.assign(sent, { body }),
  };
  expect(rejectMalformedApiPath({ url: "/api/v1/boards/%E0%A4%A/snapshots" }, res)).toBe(true);
  expect(sent.status).toBe(400);
  expect(JSON.parse(String(sent.body)).error.message).toMatch(/percent-encoding/);
  expect(rejectMalformedApiPath({ url: "/api/v1/boards/lmarena-text/snapshots?x=%E0%A4%A" }, res)).toBe(false);
  // Pages too: Next would answer them with a 500.
  expect(rejectMalformedApiPath({ url: "/status/%E0" }, res)).toBe(true);
  expect(sent.status).toBe(400);
});
