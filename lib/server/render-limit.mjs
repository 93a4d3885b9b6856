// How many requests Next renders at once (scripts/server.mjs). Each render of a page or an Open Graph image holds
// its own React tree, RSC payload and HTML buffers (a few MB for the dashboard), and on 2 cores more renders at
// once add no throughput, only memory: under 100 connections every miss would otherwise be in flight together.
// Requests beyond the limit wait their turn in arrival order. Static files and hot entries never wait here.
// Plain JavaScript, like the server.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { routeGroup } from "./guard.mjs";

/** At most `max` tasks run at once; the others start, in arrival order, as running ones finish. */
export function createLimiter(max) {
  if (!Number.isInteger(max) || max < 1) throw new Error(`a limiter needs a whole number ≥ 1, got ${max}`);
  let active = 0;
  const waiting = [];
  // A finishing task hands its slot straight to the next in line, so a newcomer cannot overtake the queue.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else active--;
  };
  async function run(task) {
    if (active < max) active++;
    else await new Promise((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      release();
    }
  }
  run.stats = () => ({ active, waiting: waiting.length, max });
  return run;
}

/** RENDER_CONCURRENCY: whole number ≥ 1, default 4. */
export function renderConcurrency(env = process.env) {
  const raw = env.RENDER_CONCURRENCY?.trim();
  if (!raw) return 4;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1)
    throw new Error(`Invalid environment:\n  RENDER_CONCURRENCY: must be a whole number ≥ 1, got "${raw}"`);
  return n;
}

/** The URL paths of the files in `public/` (Next serves them as they are), e.g. `/bench-static.json`. */
export function publicFiles(root) {
  const dir = path.join(root, "public");
  if (!existsSync(dir)) return new Set();
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return new Set(
    files.map(
      (d) =>
        `/${path
          .relative(dir, path.join(d.parentPath ?? d.path, d.name))
          .split(path.sep)
          .join("/")}`,
    ),
  );
}

/**
 * Whether a request Next answers is a render (a page, an image, an API answer) rather than a file: build output
 * under /_next/ and the files of `public/` are not (paths cannot tell, since model keys hold dots).
 */
export function isRender(url, files = new Set()) {
  const pathname = (url ?? "").split("?")[0];
  if (files.has(pathname)) return false;
  const group = routeGroup(pathname);
  return group === "page" || group === "og" || group === "api";
}
