import type { EntityManager } from "typeorm";
import type { Principal } from "../auth/principal";
import { envWholeNumber } from "../config";
import { enqueue } from "../outbox/enqueue";
import { outboxJob } from "../outbox/job";
import type { BackgroundJob, JobEnvironment } from "../subgraph/jobs";
import type { ReceivingAgency } from "./names";
import type { ReceivedReferralRow } from "./referral.entity";

/** The district's intake of a closing (subgraphs/district/referral/referral-closed.*), by operation name. */
export const RECEIVE_REFERRAL_CLOSED = "ReceiveReferralClosed";

const CLOSING_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_REFERRAL_CLOSED]: `mutation ReceiveReferralClosed($input: ReferralClosedInput!) { receiveReferralClosed(input: $input) { id } }`,
};

/** The job that delivers a receiving agency's hand-offs (tests: `platform.runJob("social", OUTBOX_DISPATCH_JOB)`). */
export const OUTBOX_DISPATCH_JOB = "outbox-dispatch";

/**
 * A10, D3 (issue #9): the receiving agency reports its handling back to the referring district
 * (通報處理情形): when it closes a referral, an outbox row in the same transaction tells the district,
 * for the user who closed it; the district closes the case with its last part. The referral is
 * named by the key the district delivered it under (its own outbox row), never by this agency's id.
 */
export function reportClosedToDistrict(actor: Principal): (manager: EntityManager, referral: ReceivedReferralRow) => Promise<string> {
  return (manager, referral) =>
    enqueue(manager, {
      kind: "referral-closed",
      operation: RECEIVE_REFERRAL_CLOSED,
      actor,
      variables: (clientKey) => ({ input: { clientKey, careCaseId: referral.careCaseId, referralKey: referral.clientKey, closedOn: referral.closedOn } }),
    });
}

/**
 * A receiving agency's outbox dispatcher (like the district's jobs.ts), signed as its own service.
 * One dispatcher per outbox table, so the agency's other hand-offs (民政局's directory versions, C1)
 * add their documents here.
 */
export function receivingOutboxJob(agency: ReceivingAgency, environment: JobEnvironment, otherDocuments: Readonly<Record<string, string>> = {}): BackgroundJob {
  return outboxJob(
    { name: OUTBOX_DISPATCH_JOB, service: agency.service, intervalMs: envWholeNumber("OUTBOX_DISPATCH_SECONDS", 5, 1) * 1000, documents: { ...otherDocuments, ...CLOSING_DOCUMENTS } },
    environment,
  );
}
