// Whether the data is stale, and why, from the ingest run records: pure rules, shared by the banner on every page,
// the empty states and /status. Data is stale when the last successful check of upstream is older than twice the
// schedule's interval, or the last run failed. A retired board never counts: its history is final.
import { Cron } from "croner";

export interface BoardIngestState {
  board: string;
  name: string;
  /** ISO date upstream stopped publishing, or null. */
  retiredOn: string | null;
  snapshots: number;
  firstDate: string | null;
  /** Our newest snapshot date. */
  lastDate: string | null;
  /** The newest finished run that checked upstream (any trigger but `bundle`), whatever its outcome. */
  lastRun: {
    status: "succeeded" | "failed" | "skipped";
    finishedAt: string;
    trigger: string;
    error: string | null;
  } | null;
  /** When a run that checked upstream last succeeded (ISO), or null if none ever did. */
  lastSuccessAt: string | null;
  /** Whether a run is in progress now. */
  running: boolean;
  /** The newest failed run's error, in full (public form), and when it finished. */
  lastError: { at: string; message: string } | null;
}

export type StaleCause =
  | { kind: "failed"; board: string; name: string; at: string; message: string }
  | { kind: "old"; board: string; name: string; lastSuccessAt: string }
  | { kind: "never-checked"; board: string; name: string; running: boolean };

export interface Freshness {
  stale: boolean;
  causes: StaleCause[];
  /** The newest snapshot date over the boards that count, for "the data is N days old". */
  newestDate: string | null;
}

const DEFAULT_INTERVAL_MS = 6 * 3_600_000;

/** The schedule's interval in ms: the gap between its next two runs; the default 6 h when it is off or invalid. */
export function scheduleIntervalMs(schedule: string, now = new Date()): number {
  if (schedule === "off") return DEFAULT_INTERVAL_MS;
  try {
    const cron = new Cron(schedule, { paused: true });
    const [a, b] = cron.nextRuns(2, now);
    cron.stop();
    return a && b ? b.getTime() - a.getTime() : DEFAULT_INTERVAL_MS;
  } catch {
    return DEFAULT_INTERVAL_MS;
  }
}

/** The next scheduled run (ISO), or null when the schedule is off. */
export function nextScheduledRun(schedule: string, now = new Date()): string | null {
  if (schedule === "off") return null;
  try {
    const cron = new Cron(schedule, { paused: true });
    const next = cron.nextRun(now);
    cron.stop();
    return next ? next.toISOString() : null;
  } catch {
    return null;
  }
}

export function assessFreshness(boards: readonly BoardIngestState[], intervalMs: number, now: Date): Freshness {
  const causes: StaleCause[] = [];
  const counted = boards.filter((b) => !b.retiredOn);
  for (const b of counted) {
    if (b.lastRun?.status === "failed") {
      causes.push({
        kind: "failed",
        board: b.board,
        name: b.name,
        at: b.lastRun.finishedAt,
        message: b.lastRun.error ?? "unknown error",
      });
    } else if (!b.lastSuccessAt) {
      causes.push({ kind: "never-checked", board: b.board, name: b.name, running: b.running });
    } else if (now.getTime() - Date.parse(b.lastSuccessAt) > 2 * intervalMs) {
      causes.push({ kind: "old", board: b.board, name: b.name, lastSuccessAt: b.lastSuccessAt });
    }
  }
  const dates = counted
    .map((b) => b.lastDate)
    .filter((d): d is string => d !== null)
    .sort();
  return { stale: causes.length > 0, causes, newestDate: dates.at(-1) ?? null };
}

/** "3 days", "5 hours", "less than an hour": how long ago an ISO date or time was. */
export function ageText(iso: string, now: Date): string {
  const hours = (now.getTime() - Date.parse(iso)) / 3_600_000;
  if (hours < 1) return "less than an hour";
  if (hours < 48) return `${Math.round(hours)} hour${Math.round(hours) === 1 ? "" : "s"}`;
  const days = Math.round(hours / 24);
  return `${days} days`;
}

// Network failures are our own words plus our own configured URLs; anything else may quote what upstream sent
// (a hostile upstream could make it quote a local file), so readers get a generic line and the log keeps the text.
const OWN_WORDS = [
  /failed after \d+ attempt\(s\): (network error|timeout|HTTP \d{3}|truncated body)/,
  /^GET \S+ failed: HTTP \d{3}/,
  /^(file not found|cannot read file)/,
  /unsupported HF endpoint/,
  /another ingest run holds the lock/,
  /abandoned: the process running it stopped/,
];

/** An ingest error as readers may see it: network failures in full, anything else generic. */
export function publicError(error: string): string {
  return error
    .split("\n")
    .map((line) => {
      const body = line.replace(/^\d{4}-\d\d-\d\d: /, "");
      if (OWN_WORDS.some((re) => re.test(body))) return line;
      const date = /^(\d{4}-\d\d-\d\d): /.exec(line)?.[1];
      return `${date ? `${date}: ` : ""}upstream sent data that could not be read (the operator has the details)`;
    })
    .join("\n");
}
