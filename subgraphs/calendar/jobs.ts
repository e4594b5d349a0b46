import { deadlineOwners } from "../../shared/agencies";
import { closureIntakeNames } from "../../shared/calendar/closures/names";
import { CALENDAR_SERVICE } from "../../shared/calendar/closures/policy";
import { outboxJob } from "../../shared/outbox/job";
import type { BackgroundJob, JobEnvironment } from "../../shared/subgraph/jobs";
import { readCalendarConfig } from "./config";

export const OUTBOX_JOB = "outbox";

/**
 * The calendar owner's one job (issue #8, D3): deliver its closures to every deadline-owning
 * agency's intake through the gateway.
 */
export function calendarJobs(environment: JobEnvironment): readonly BackgroundJob[] {
  const { outboxIntervalMs } = readCalendarConfig();
  const documents = Object.fromEntries(deadlineOwners().map((agency) => [closureIntakeNames(agency.name).operation, closureIntakeNames(agency.name).document]));
  return [outboxJob({ name: OUTBOX_JOB, service: CALENDAR_SERVICE, intervalMs: outboxIntervalMs, documents }, environment)];
}
