/**
 * Hand-offs delivered by the sending agency's subgraph (D3, issue #8): what subgraphs wire in.
 * A sender lists `outboxMigration(SCHEMA)` among its migrations, calls `enqueue` inside the
 * transaction of the change that causes the hand-off, and runs one dispatcher per process.
 */
export { backoffDelayMs, DEFAULT_BACKOFF } from "./backoff";
export type { BackoffPolicy } from "./backoff";
export { createOutboxDispatcher } from "./dispatcher";
export type { DispatchReport, OutboxDispatcher, OutboxDispatcherOptions } from "./dispatcher";
export { enqueue } from "./enqueue";
export type { EnqueueOptions, HandOffMessage } from "./enqueue";
export { outboxDropQueries, outboxMigration, outboxMigrationQueries } from "./migration";
export { outcomeOfFailedRequest, outcomeOfResponse, PARKED_CODES, TransportCode } from "./outcome";
export type { DeliveryOutcome } from "./outcome";
export { outboxStatus } from "./status";
export type { OutboxStatus } from "./status";
export { requeueParked } from "./store";
export { OUTBOX_TABLE, outboxTableOf } from "./table";
