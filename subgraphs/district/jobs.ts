import { envWholeNumber } from "../../shared/config";
import { outboxJob } from "../../shared/outbox/job";
import type { BackgroundJob, JobEnvironment } from "../../shared/subgraph/jobs";
import { CORRECTION_DOCUMENTS } from "./care-case/case-correction.config";
import { CLOSING_NOTICE_DOCUMENTS } from "./care-case/closing-notice";
import { FOLLOW_UP_DOCUMENTS } from "./follow-up/follow-up.hand-offs";
import { REFERRAL_DOCUMENTS } from "./referral/referral-targets";
import { PROTECTION_REPORT_DOCUMENTS } from "./urgent-report/protection-report.hand-off";

/** The job that delivers the district's hand-offs (tests: `platform.runJob("district", OUTBOX_DISPATCH_JOB)`). */
export const OUTBOX_DISPATCH_JOB = "outbox-dispatch";

/**
 * Every intake document the district's outbox delivers to, by operation name (D3): one map for the
 * one dispatcher, so each hand-off adds its line here (A6: returns for correction to household; A9:
 * referrals to social's and health's intakes; issue #9: every closing to household, for its retention).
 */
export const DISTRICT_OUTBOX_DOCUMENTS: Readonly<Record<string, string>> = {
  ...CORRECTION_DOCUMENTS,
  ...CLOSING_NOTICE_DOCUMENTS,
  ...REFERRAL_DOCUMENTS,
  ...PROTECTION_REPORT_DOCUMENTS,
  // Issue #12 (B2, B9): the follow-up's reply to the household office or the social unit that asked.
  ...FOLLOW_UP_DOCUMENTS,
};

/** The district's outbox dispatcher (issue #8), signed as the "district" service. */
export function districtOutboxJob(environment: JobEnvironment): BackgroundJob {
  return outboxJob(
    { name: OUTBOX_DISPATCH_JOB, service: "district", intervalMs: envWholeNumber("OUTBOX_DISPATCH_SECONDS", 5, 1) * 1000, documents: DISTRICT_OUTBOX_DOCUMENTS },
    environment,
  );
}
