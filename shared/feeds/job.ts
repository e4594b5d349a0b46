import type { DataSource } from "typeorm";
import { taipeiToday } from "../clock";
import type { Logger } from "../logger";
import type { BackgroundJob } from "../subgraph/jobs";
import type { FeedConfig } from "./config";
import type { FeedDefinition } from "./definition";
import { FeedRunReport, runFeed } from "./run";
import { isScheduledOn } from "./schedule";
import { FEED_RUNS_TABLE, feedTableOf } from "./table";

/** Tests: `platform.runJob(subgraph, feedJobName("cdc-overdue-vaccination"))`. */
export function feedJobName(feed: string): string {
  return `feed:${feed}`;
}

/** A pass that did not run its feed, and why. */
export interface FeedNotDue {
  readonly feed: string;
  readonly status: "NOT_SCHEDULED" | "ALREADY_RAN";
  readonly date: string;
}

/**
 * A feed as a subgraph's scheduled job (B8, R1): on a day its schedule names (Taipei), the first
 * pass runs it; a run that did not succeed is run again by the next pass (going on from its
 * watermark) until one does. Safe on replicas: run.ts's lease and lock.
 */
export function feedJob<Row>(
  environment: { readonly dataSource: DataSource; readonly log: Pick<Logger, "info" | "warn"> },
  schema: string,
  definition: FeedDefinition<Row>,
  config: FeedConfig,
): BackgroundJob {
  return {
    name: feedJobName(definition.name),
    intervalMs: config.checkMs,
    runOnce: async (): Promise<FeedRunReport | FeedNotDue> => {
      const date = taipeiToday();
      if (!isScheduledOn(config.schedule, date)) {
        return { feed: definition.name, status: "NOT_SCHEDULED", date };
      }
      const done = (await environment.dataSource.query(
        `SELECT 1 FROM ${feedTableOf(schema, FEED_RUNS_TABLE)} WHERE "feed" = $1 AND "scheduled_for" = $2::date AND "status" = 'SUCCEEDED' LIMIT 1`,
        [definition.name, date],
      )) as unknown[];
      if (done.length > 0) {
        return { feed: definition.name, status: "ALREADY_RAN", date };
      }
      return runFeed(environment.dataSource, definition, { schema, pageSize: config.pageRows, leaseMs: config.leaseMs, scheduledFor: date, log: environment.log });
    },
  };
}
