// Why a chart has nothing to draw, so the message tells the truth: the database is empty (and whether the first
// ingest is running or failed), the date range excludes every snapshot of the board, or the range has snapshots
// but none of the chosen countries has a model in them under the filters.
export type EmptyReason =
  | { kind: "no-data"; running: boolean; error: string | null }
  | { kind: "range"; firstDate: string; lastDate: string }
  | { kind: "filters" };

export interface BoardSpan {
  snapshots: number;
  firstDate: string | null;
  lastDate: string | null;
}

export function emptyReason(
  span: BoardSpan,
  snapshotsInRange: number,
  ingest: { running: boolean; error: string | null },
): EmptyReason {
  if (span.snapshots === 0 || !span.firstDate || !span.lastDate) return { kind: "no-data", ...ingest };
  if (snapshotsInRange === 0) return { kind: "range", firstDate: span.firstDate, lastDate: span.lastDate };
  return { kind: "filters" };
}

export function emptyText(reason: EmptyReason, boardName: string): string {
  switch (reason.kind) {
    case "no-data":
      if (reason.running) return `No data yet for ${boardName}: the first ingest is running.`;
      if (reason.error)
        return `No data yet for ${boardName}: the first ingest failed because ${reason.error.split("\n")[0]}`;
      return `No data yet for ${boardName}: the first ingest has not run yet.`;
    case "range":
      return `No snapshot in this date range: ${boardName} has data from ${reason.firstDate} to ${reason.lastDate}. Widen the date range.`;
    case "filters":
      return "None of the chosen countries has a model in this view: add countries or loosen the filters.";
  }
}

/** Whether a country key has anything on any board: a ranked snapshot or an organization with models. */
export function countryHasModels(data: {
  organizations: readonly unknown[];
  boards: readonly { bestRank: readonly { value: number | null }[]; leading: readonly unknown[] }[];
}): boolean {
  return (
    data.organizations.length > 0 ||
    data.boards.some((b) => b.leading.length > 0 || b.bestRank.some((p) => p.value !== null))
  );
}
