// What to say when the database holds no snapshot at all: the first ingest is running, or it failed and why.
import type { BoardIngestState } from "@/lib/ingest/freshness-rules";

export function EmptyDatabaseMessage({
  boards,
  linkToStatus = true,
}: {
  boards: readonly BoardIngestState[];
  linkToStatus?: boolean;
}) {
  const running = boards.some((b) => b.running);
  const failed = boards.find((b) => b.lastError);
  const status = linkToStatus ? (
    <>
      {" "}
      <a href="/status" className="underline">
        See data status
      </a>
      .
    </>
  ) : null;
  if (running) return <>No data yet: the first ingest is running. Charts appear when it finishes.{status}</>;
  if (failed?.lastError) {
    return (
      <>
        No data yet: the first ingest failed because {failed.lastError.message.split("\n")[0]}.{status}
      </>
    );
  }
  return (
    <>No data yet: the first update has not started. It runs when the site starts and then on a schedule.{status}</>
  );
}
