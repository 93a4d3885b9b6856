// GET /api/health: liveness and database reachability, for load balancers and the CI smoke test.
import { NextResponse } from "next/server";
import { env } from "@/lib/core/env";
import { logger } from "@/lib/core/log";
import { readDataVersion } from "@/lib/core/data-version";
import { APP_VERSION } from "@/lib/core/version";

export const dynamic = "force-dynamic";

export async function GET() {
  const kind = env().DATABASE_KIND;
  try {
    // Read now, not the version cached for requests: the check is whether the database answers.
    const dataVersion = await readDataVersion(3000);
    return NextResponse.json(
      { status: "ok", database: { kind, reachable: true }, version: APP_VERSION, dataVersion },
      { headers: { "Cache-Control": "no-store" } },
    );
  } catch (err) {
    // The details (host, database, driver text) go to the log only; clients get a fixed message.
    logger.child({ module: "health" }).error({ err }, "health check: database unreachable");
    return NextResponse.json(
      {
        status: "error",
        database: { kind, reachable: false },
        version: APP_VERSION,
        dataVersion: null,
        error: { code: "database_unreachable", message: "The database is unreachable right now; try again shortly." },
      },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
