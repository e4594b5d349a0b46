import type { MigrationInterface } from "typeorm";
import { now } from "../../clock";
import type { BackgroundJob, JobEnvironment } from "../../subgraph/jobs";
import { processCalendar } from "../process-calendar";
import { officeClosuresMigration } from "./migration";
import { closureReceiverPolicy } from "./policy";
import { ClosureReceiverSpec } from "./receiver";
import { closureReceiverResolver } from "./resolver";
import { closureSyncJob } from "./sync-job";

/**
 * A pending deadline is DUE_SOON this close to its due time, for the states the recompute
 * re-derives, until the agency's own deadline configuration is passed in (issue #8).
 */
export const DEFAULT_DUE_SOON_WITHIN_MS = 4 * 3_600_000;

export interface ClosureReceiverKit {
  readonly spec: ClosureReceiverSpec;
  /** For the agency's migration list: its own `office_closures` copy (D1). */
  readonly migration: new () => MigrationInterface;
  /** For its resolvers: `receive<Agency>OfficeClosure`. */
  readonly resolver: ReturnType<typeof closureReceiverResolver>;
  /** For its policy.ts: spread `operations`, `writes` and `types` into the agency's tables. */
  readonly policy: ReturnType<typeof closureReceiverPolicy>;
  /** For its `jobs`: loads its stored closures into the process's calendar. */
  jobs(environment: JobEnvironment): BackgroundJob[];
}

/**
 * Everything a deadline-owning agency wires in to receive the city's closures (issue #8): one
 * call, a few additive lines in its index.ts and policy.ts. The calendar is the process's
 * (processCalendar) and the clock the platform's (shared/clock.ts).
 */
export function closureReceiverKit(agency: string, schema: string, options: { dueSoonWithinMs?: number } = {}): ClosureReceiverKit {
  const spec: ClosureReceiverSpec = { schema, calendar: processCalendar, now, dueSoonWithinMs: options.dueSoonWithinMs ?? DEFAULT_DUE_SOON_WITHIN_MS };
  return {
    spec,
    migration: officeClosuresMigration(schema),
    resolver: closureReceiverResolver(agency, spec),
    policy: closureReceiverPolicy(agency),
    jobs: (environment) => [closureSyncJob(environment, spec)],
  };
}
