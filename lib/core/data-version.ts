import "server-only";
import { prisma } from "@/lib/core/db";

/** The data version (bumped whenever stored data or attribution changes), or throws when unreachable. */
export async function getDataVersion(): Promise<number> {
  const rows = await prisma().$queryRaw<{ version: number }[]>`SELECT version FROM data_version WHERE id = 1`;
  return rows[0]?.version ?? 0;
}
