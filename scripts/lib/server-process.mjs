// How the production server process (scripts/server.mjs) is started: settings that must be in place before Node
// starts, so whoever spawns it (npm start, the benches, the e2e instances) passes them; the Dockerfile repeats them
// as ENV for its `node scripts/server.mjs`.
//
// MALLOC_ARENA_MAX=2: glibc gives each thread that calls malloc its own arena (up to 8 per core). Next compresses
// static files and uncached responses with zlib streams on libuv's thread pool, and under 100 concurrent
// connections those per-thread arenas fragment: measured on bench:share's static-file run (100 connections,
// 30 s), the server's RSS rose to 526 MB with the default and to 317 MB with 2 arenas, with the V8 heap about
// the same (~140 MB) in both. Set it yourself to override.
//
// MALLOC_MMAP_THRESHOLD_=131072: glibc serves a large allocation (a Buffer of a response, a frame's column) with its
// own mmap, but after such a block is freed it raises that threshold to the block's size (up to 32 MB), so the next
// ones come from the arena and stay in the process's RSS after they are freed. A fixed threshold keeps every block
// over 128 kB returned to the system when freed: at 100× the data, peak RSS over the same run of 50,000-row table answers
// fell from 677 to 635 MB (one probe each, everything else equal).
//
// Plain JavaScript, so scripts/start.mjs can use it without a TypeScript loader.
export const SERVER_PROCESS_ENV = Object.freeze({ MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: "131072" });

/**
 * The environment to start scripts/server.mjs with: the process settings above, unless `env` sets them.
 * @param {NodeJS.ProcessEnv} [env]
 * @param {Record<string, string>} [extra]
 * @returns {NodeJS.ProcessEnv}
 */
export function serverProcessEnv(env = process.env, extra = {}) {
  return { ...SERVER_PROCESS_ENV, ...env, ...extra };
}
