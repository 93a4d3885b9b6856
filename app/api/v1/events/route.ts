// GET /api/v1/events?board=&countries=: country milestones found in the data, plus the boards' curated markers.
import { eventsCsv } from "@/lib/api/csv";
import { parseQuery } from "@/lib/api/params";
import { endpoint } from "@/lib/api/respond";
import { eventsQuerySchema, type EventsQuery } from "@/lib/api/schemas";
import type { EventsResponse } from "@/lib/reads/types/events";
import { getEvents } from "@/lib/reads/events";

export const dynamic = "force-dynamic";

export const GET = endpoint<EventsQuery, EventsResponse>({
  name: "events",
  input: ({ url }) => parseQuery(eventsQuerySchema, url.searchParams),
  load: getEvents,
  csv: eventsCsv,
});
