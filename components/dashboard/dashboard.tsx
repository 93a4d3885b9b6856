// Server half of the dashboard: hands the cache the page's loader filled (lib/view/load/dashboard.ts) to the
// client view, so the first paint already has the data. Loads nothing itself.
import { HydrationBoundary } from "@tanstack/react-query";
import type { DashboardData } from "@/lib/view/load/dashboard";
import { DashboardView } from "./dashboard-view";

export function Dashboard({ data, embed = false }: { data: DashboardData; embed?: boolean }) {
  return (
    <HydrationBoundary state={data.state}>
      <DashboardView notices={data.notices} ingest={data.ingest} embed={embed} />
    </HydrationBoundary>
  );
}
