// The embedded PostgreSQL used when DATABASE_URL is unset: PGlite served over TCP by pglite-socket,
// so the app reaches it through the same @prisma/adapter-pg path as a real server.
import { mkdir } from "node:fs/promises";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedDb {
  url: string;
  port: number;
  dataDir: string;
  startMs: number;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function startEmbeddedDb(dataDir: string, port?: number): Promise<EmbeddedDb> {
  const t0 = performance.now();
  await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir });
  const listenPort = port ?? (await freePort());
  const server = new PGLiteSocketServer({ db, port: listenPort, host: "127.0.0.1", maxConnections: 10 });
  await server.start();
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
