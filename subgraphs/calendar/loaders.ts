import type { SubgraphContext } from "../../shared/subgraph/context";

/** The calendar has no per-person rows to batch or scope: its data is public (issue #8). */
export type CalendarLoaders = Record<string, never>;

export type CalendarContext = SubgraphContext<CalendarLoaders>;

export function createCalendarLoaders(): CalendarLoaders {
  return {};
}
