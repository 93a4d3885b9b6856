// The events API's response: milestones found in the data, and the curated markers of the boards asked for.
import type { BoardSlug } from "@/lib/boards/info";
import type { EventMarker } from "@/lib/boards/markers";
import type { DataCaveat } from "@/lib/boards/data-caveats";
import type { Milestone } from "@/lib/standings/milestones/types";

export interface MilestoneItem extends Milestone {
  /** The view on this site that shows it (site-relative). */
  href: string;
}

export interface EventsResponse {
  board: BoardSlug | null;
  countries: string[] | null;
  /** Which rank the milestones read: the score rank, the default rule. */
  rankRule: "score";
  milestones: MilestoneItem[];
  markers: (EventMarker & { board: string })[];
  /** The boards' data caveats (lib/boards/data-caveats.ts), which milestones' `caveats` name by id. */
  dataCaveats: DataCaveat[];
}
