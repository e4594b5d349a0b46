import { addDays, checkIsoDate, IsoDate } from "../calendar/iso-date";
import { badUserInput } from "../errors";
import { StatisticsDimension } from "./dimensions";

/** The longest period one report covers: seed 001 spans 3 years 7 months; ten years is the city's retention horizon. */
export const MAX_PERIOD_MONTHS = 120;

/** A report's period and breakdown: the key of the federated CareStatistics entity. */
export interface StatisticsKey {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Distinct, in the enum's order, so one breakdown has one key whatever order the caller wrote. */
  readonly groupBy: readonly StatisticsDimension[];
}

const ORDER = Object.values(StatisticsDimension);

function monthIndex(date: IsoDate): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/**
 * A11: the aggregates are kept by month, so a period runs from a month's first day to a month's
 * last day; anything else would report part of a month as if it were whole (BAD_USER_INPUT).
 */
export function statisticsKey(from: string, to: string, groupBy: readonly StatisticsDimension[] | null | undefined): StatisticsKey {
  const start = checkIsoDate(from, "from");
  const end = checkIsoDate(to, "to");
  if (start > end) {
    throw badUserInput("from must not be after to", "from");
  }
  if (!start.endsWith("-01")) {
    throw badUserInput("The statistics are monthly (A11): from must be the first day of a month", "from");
  }
  if (!addDays(end, 1).endsWith("-01")) {
    throw badUserInput("The statistics are monthly (A11): to must be the last day of a month", "to");
  }
  if (monthIndex(end) - monthIndex(start) + 1 > MAX_PERIOD_MONTHS) {
    throw badUserInput(`A report covers at most ${MAX_PERIOD_MONTHS} months`, "to");
  }
  const wanted = new Set(groupBy ?? []);
  return { from: start, to: end, groupBy: ORDER.filter((dimension) => wanted.has(dimension)) };
}

/** The entity's `id`: the period and breakdown in one string, e.g. `2015-06-01/2018-12-31/MONTH+CASE_TYPE`. */
export function statisticsId(key: StatisticsKey): string {
  return `${key.from}/${key.to}/${key.groupBy.join("+")}`;
}

/** The key back from an `id` the gateway sends to another agency; validated as the query's arguments were. */
export function parseStatisticsId(id: string): StatisticsKey {
  const [from, to, groups, ...rest] = id.split("/");
  if (from === undefined || to === undefined || groups === undefined || rest.length > 0) {
    throw badUserInput("Not a statistics key", "id");
  }
  const dimensions = groups === "" ? [] : groups.split("+");
  const known = dimensions.filter((name): name is StatisticsDimension => (ORDER as string[]).includes(name));
  if (known.length !== dimensions.length) {
    throw badUserInput("Not a statistics key", "id");
  }
  return statisticsKey(from, to, known);
}
