import { envWholeNumber } from "../../../shared/config";
import { outboxJob } from "../../../shared/outbox/job";
import type { BackgroundJob, JobEnvironment } from "../../../shared/subgraph/jobs";
import { REFERRAL_DOCUMENTS } from "./referral-targets";

/** The job that delivers the district's hand-offs (tests: `platform.runJob("district", DISTRICT_OUTBOX_JOB)`). */
export const DISTRICT_OUTBOX_JOB = "outbox-dispatch";

/** D3 (issue #8): the district's referrals, delivered to social's and health's intakes through the gateway. */
export function districtOutboxJob(environment: JobEnvironment): BackgroundJob {
  return outboxJob(
    { name: DISTRICT_OUTBOX_JOB, service: "district", intervalMs: envWholeNumber("OUTBOX_DISPATCH_SECONDS", 5, 1) * 1000, documents: REFERRAL_DOCUMENTS },
    environment,
  );
}
