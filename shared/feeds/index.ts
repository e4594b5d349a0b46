/**
 * Feeds (D3, B8, issue #12): pull jobs of a receiving programme with a watermark. A subgraph lists
 * `feedsMigration(S, name)` among its migrations, defines each feed (source, row key, handler),
 * runs it as `feedJob(…)` on its schedule (R1) and serves `feedRunsResolverFor(agency, S)`.
 */
export { CHILD_COLUMNS, checkChildLine, childColumnsProblem, ChildLineSkipReason, lineValues, SENDER_ROW_ID, senderRowKey } from "./child-columns";
export type { CheckedLine } from "./child-columns";
export { readFeedConfig } from "./config";
export type { FeedConfig, FeedDefaults } from "./config";
export { csvField, parseCsv } from "./csv";
export { ALREADY_TAKEN, skipped, TAKEN } from "./definition";
export type { FeedDefinition, FeedRowContext, FeedSource, RowOutcome, SourcePage, SourceRow, Watermark } from "./definition";
export { FeedRun, FeedSkipCount } from "./feed-run.type";
export { csvDirectorySource } from "./file-source";
export type { CsvRow, FileWatermark } from "./file-source";
export { feedJob, feedJobName } from "./job";
export type { FeedNotDue } from "./job";
export { feedsDropQueries, feedsMigration, feedsMigrationQueries } from "./migration";
export { FEED_RUN_FIELDS, FEED_SKIP_COUNT_FIELDS, feedRunsResolverFor } from "./resolver";
export { runFeed } from "./run";
export type { FeedRunReport, RunFeedOptions } from "./run";
export { queryFeedRuns } from "./runs";
export { describeFeedSchedule, isScheduledOn, parseFeedSchedule } from "./schedule";
export type { FeedSchedule } from "./schedule";
export { FEED_ROWS_TABLE, FEED_RUNS_TABLE, FEED_WATERMARKS_TABLE, FeedRunStatus } from "./table";
