import { envString, envWholeNumber } from "../config";
import { FeedSchedule, parseFeedSchedule } from "./schedule";

/** A feed's settings (R1: schedules are configuration), read once when its subgraph starts. */
export interface FeedConfig {
  readonly schedule: FeedSchedule;
  /** Where the sender's files are delivered (one directory per feed). */
  readonly directory: string;
  /** Rows per page (one transaction each). */
  readonly pageRows: number;
  /** How long a RUNNING run may go without progress before another replica takes over. */
  readonly leaseMs: number;
  /** How often the job looks whether its feed is due. */
  readonly checkMs: number;
}

export interface FeedDefaults {
  readonly schedule: string;
  readonly directory: string;
}

/**
 * `FEED_<KEY>_SCHEDULE` (schedule.ts's forms) and `FEED_<KEY>_DIRECTORY` per feed; FEED_PAGE_ROWS
 * (500), FEED_LEASE_SECONDS (600) and FEED_CHECK_SECONDS (60) for all. A bad setting stops the
 * subgraph at start with a ConfigError naming it.
 */
export function readFeedConfig(key: string, defaults: FeedDefaults): FeedConfig {
  const prefix = `FEED_${key.toUpperCase().replace(/-/g, "_")}`;
  return {
    schedule: parseFeedSchedule(`${prefix}_SCHEDULE`, envString(`${prefix}_SCHEDULE`, defaults.schedule)),
    directory: envString(`${prefix}_DIRECTORY`, defaults.directory),
    pageRows: envWholeNumber("FEED_PAGE_ROWS", 500, 1),
    leaseMs: envWholeNumber("FEED_LEASE_SECONDS", 600, 1) * 1000,
    checkMs: envWholeNumber("FEED_CHECK_SECONDS", 60, 1) * 1000,
  };
}
