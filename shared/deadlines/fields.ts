/** For the owning subgraphs' policies: the fields of the deadline types, none of them personal data. */
export const DEADLINE_FIELDS = ["step", "startedAt", "dueAt", "state", "metAt", "breachedAt", "endedAt", "endReason"] as const;
export const SCHEDULER_RUN_FIELDS = ["id", "agency", "job", "replica", "startedAt", "finishedAt", "durationMs", "changed"] as const;
export const SCHEDULER_CHANGE_FIELDS = ["what", "count"] as const;

