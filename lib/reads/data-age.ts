// Data age for the metrics endpoint: seconds since each source's last successful ingest, read at scrape time.
import "server-only";
import { prisma } from "@/lib/core/db";
import { readDataVersion } from "@/lib/core/data-version";
import { observability } from "@/lib/core/observability.mjs";

export async function refreshDataGauges(): Promise<void> {
  const { dataAge, dataVersion } = observability();
  const rows = await prisma().$queryRaw<{ source: string; age: number }[]>`
    SELECT source, extract(epoch FROM now() - max(finished_at))::float8 AS age
    FROM ingest_run WHERE status = 'succeeded' GROUP BY source`;
  dataAge.reset();
  for (const r of rows) dataAge.set({ source: r.source }, Math.round(r.age));
  dataVersion.set(await readDataVersion());
}
