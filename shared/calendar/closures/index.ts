/** City closures (停止上班) from the calendar's owner to every deadline-owning agency (issue #8): the receiver's kit. */
export { calendarComputeDue } from "./compute-due";
export { officeClosuresMigration, officeClosuresMigrationQueries, OFFICE_CLOSURES_TABLE, officeClosuresTableOf } from "./migration";
export { closureIntakeNames } from "./names";
export type { ClosureIntakeNames } from "./names";
export { OfficeClosureAction, OfficeClosureNotice, OfficeClosureScope, ReceivedOfficeClosure } from "./notice";
export { CALENDAR_SERVICE, closureReceiverPolicy } from "./policy";
export { applyStoredClosures, MAX_REASON_LENGTH, receiveOfficeClosure } from "./receiver";
export type { ClosureReceiverSpec } from "./receiver";
export { closureReceiverResolver } from "./resolver";
export type { ClosureReceiverContext } from "./resolver";
export { CLOSURE_SYNC_JOB, closureSyncJob, DEFAULT_CLOSURE_SYNC_INTERVAL_MS } from "./sync-job";
export { closureReceiverKit, DEFAULT_DUE_SOON_WITHIN_MS } from "./kit";
export type { ClosureReceiverKit } from "./kit";
