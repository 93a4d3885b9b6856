// Runs once per server process under `next start`: starts the in-process ingestion schedule.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startIngestSchedule } = await import("@/lib/jobs/schedule");
  startIngestSchedule();
}
