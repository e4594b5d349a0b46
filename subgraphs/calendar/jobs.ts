import { deadlineOwners } from "../../shared/agencies";
import { readAuthConfig } from "../../shared/auth/config";
import { closureIntakeNames } from "../../shared/calendar/closures/names";
import { CALENDAR_SERVICE } from "../../shared/calendar/closures/policy";
import { createOutboxDispatcher } from "../../shared/outbox/dispatcher";
import type { BackgroundJob, JobEnvironment } from "../../shared/subgraph/jobs";
import { readCalendarConfig } from "./config";

export const OUTBOX_JOB = "outbox";

/**
 * The calendar owner's one job (issue #8, D3): deliver its closures to every deadline-owning
 * agency's intake through the gateway. The dispatcher signs and leases on the system clock: the
 * gateway and the receivers verify the service token on theirs.
 */
export function calendarJobs(environment: JobEnvironment): readonly BackgroundJob[] {
  const auth = readAuthConfig();
  const { outboxIntervalMs } = readCalendarConfig();
  const documents = Object.fromEntries(deadlineOwners().map((agency) => [closureIntakeNames(agency.name).operation, closureIntakeNames(agency.name).document]));
  let dispatcher: ReturnType<typeof createOutboxDispatcher> | undefined;
  return [
    {
      name: OUTBOX_JOB,
      intervalMs: outboxIntervalMs,
      // Built at the first pass: the gateway's URL is known only once it listens.
      runOnce: () => {
        dispatcher ??= createOutboxDispatcher({
          dataSource: environment.dataSource,
          service: CALENDAR_SERVICE,
          serviceKeys: auth.serviceKeys ?? { configured: new Map() },
          gatewayUrl: environment.gatewayUrl(),
          audience: auth.audience,
          documents,
          log: environment.log,
        });
        return dispatcher.runOnce();
      },
    },
  ];
}
