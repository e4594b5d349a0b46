import { envWholeNumber } from "../../../shared/config";

/**
 * R1: the relay's schedule is configuration. B7 says monthly; the day of the month it runs on (the
 * previous months' surveys go then) and how often the job looks are read once here.
 */
export const TEEN_PARENT_RELAY_SCHEDULE = {
  /** The day of the month (1–28, so every month has it) from which last month's surveys go to 民政局. */
  dayOfMonth: Math.min(envWholeNumber("TEEN_PARENT_SURVEY_RELAY_DAY", 1, 1), 28),
  /** How often the job checks whether the day has come (a pass with nothing due writes nothing). */
  intervalMs: envWholeNumber("TEEN_PARENT_SURVEY_RELAY_CHECK_SECONDS", 3600, 1) * 1000,
} as const;

/** Tests: `platform.runJob("household", TEEN_PARENT_RELAY_JOB)`, then the outbox pass. */
export const TEEN_PARENT_RELAY_JOB = "teen-parent-survey-relay";
