// Query schemas of the API v1 resources that take no standings filters. The standings, gap and snapshot-table
// schemas live in lib/standings/query.ts, shared with the dashboard.
import { z } from "zod";
import { formatParam } from "@/lib/standings/query";

export const formatQuerySchema = z.object({ format: formatParam });
export type FormatQuery = z.output<typeof formatQuerySchema>;
