// The embedded PostgreSQL: PGlite served over TCP by pglite-socket, so the app reaches it through the same
// @prisma/adapter-pg path as a real server. Plain JavaScript, because the process that holds it while the app runs
// (scripts/start.mjs) should carry no TypeScript loader; ./embedded-db.ts adds the data-directory checks.
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * PostgreSQL settings of the embedded database, chosen for memory. PGlite runs PostgreSQL inside one WebAssembly
 * instance whose memory only grows, so whatever PostgreSQL touches once stays resident for the process's life:
 * - shared_buffers: PGlite keeps PostgreSQL's default of 128MB, and reading the shipped history alone fills that
 *   pool, making it the largest part of the process. At 16MB a page the pool drops is still in the operating
 *   system's page cache (which the kernel can reclaim), one read call away.
 * - maintenance_work_mem: 64MB by default, what a CREATE INDEX or VACUUM may take, and then keep. At 16MB a
 *   migration's index build on a large table sorts in more passes instead.
 * - work_mem stays at 4MB (one sort or hash of a query); wal_buffers follows shared_buffers (1/32 of it).
 * PGlite's own options stay at their defaults: initialMemory is address space reserved, not memory used (and
 * PGlite refuses less than its 128MB), and relaxedDurability would trade a commit's durability for speed.
 */
export const PGLITE_SETTINGS = Object.freeze({ shared_buffers: "16MB", maintenance_work_mem: "16MB" });

/** PGlite's own start-up parameters, then ours as `-c name=value`. */
export function pgliteStartParams() {
  return [...PGlite.defaultStartParams, ...Object.entries(PGLITE_SETTINGS).flatMap(([k, v]) => ["-c", `${k}=${v}`])];
}

/** A TCP port nothing listens on now (the kernel's choice). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Opens PGlite on `dataDir` (creating the database when the directory is empty) and serves it on a loopback port.
 * Several connections at once, for the app's pool and the scheduled ingest beside it.
 * @param {string} dataDir
 * @param {number} [port]
 */
export async function servePglite(dataDir, port) {
  const t0 = performance.now();
  const db = await PGlite.create({ dataDir, startParams: pgliteStartParams() });
  const listenPort = port ?? (await freePort());
  const server = new PGLiteSocketServer({ db, port: listenPort, host: "127.0.0.1", maxConnections: 10 });
  try {
    await server.start();
  } catch (err) {
    // The port is taken (say): close the database, so a caller may open it again on another port.
    await db.close();
    throw err;
  }
  let closed = false;
  return {
    url: `postgresql://postgres@127.0.0.1:${listenPort}/postgres?sslmode=disable`,
    port: listenPort,
    dataDir,
    startMs: performance.now() - t0,
    async close() {
      if (closed) return;
      closed = true;
      await server.stop();
      await db.close();
    },
  };
}
