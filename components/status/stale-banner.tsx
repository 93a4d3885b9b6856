// The banner every page shows when the data may be out of date: the cause from the last run record, the data's age,
// and a link to /status. Renders nothing when the data is fresh.
// It only draws: the layout loads its state (lib/view/load/stale-banner.ts).
import { ageText, type StaleCause } from "@/lib/ingest/freshness-rules";
import type { BannerState } from "@/lib/view/load/stale-banner";

function causeText(cause: StaleCause, now: Date): string {
  switch (cause.kind) {
    case "failed":
      return `The last update of ${cause.name} failed ${ageText(cause.at, now)} ago: ${cause.message.split("\n")[0]}`;
    case "old":
      return `${cause.name} was last checked upstream ${ageText(cause.lastSuccessAt, now)} ago.`;
    case "never-checked":
      return cause.running
        ? `${cause.name} shows the shipped history; the first check of upstream is running.`
        : `${cause.name} shows the shipped history and has not been checked upstream yet.`;
  }
}

export function StaleBanner({ state, now }: { state: BannerState; now: Date }) {
  if (state.kind === "unreachable") {
    return (
      <Banner>
        The database cannot be reached, so the data shown may be incomplete. <a href="/status">See data status</a>.
      </Banner>
    );
  }
  const { freshness } = state;
  if (!freshness.stale) return null;
  return (
    <Banner>
      <strong>Data may be out of date.</strong> {freshness.causes.map((c) => causeText(c, now)).join(" ")}
      {freshness.newestDate &&
        ` Newest data: ${freshness.newestDate} (${ageText(freshness.newestDate, now)} old).`}{" "}
      <a href="/status" className="underline">
        See data status
      </a>
      .
    </Banner>
  );
}

function Banner({ children }: { children: React.ReactNode }) {
  return (
    <div
      role="status"
      data-testid="stale-banner"
      className="border-b border-amber-400 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="mx-auto max-w-6xl px-4 py-2 text-sm">{children}</p>
    </div>
  );
}
