import { DataSource } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { now } from "../../../shared/clock";
import { requireClientKey } from "../../../shared/db/idempotent-intake";
import { badUserInput, conflict, forbidden, notFound } from "../../../shared/errors";
import { CareCaseClosure } from "../../../shared/graphql/enums";
import { notInFuture } from "../../../shared/validation/dates";
import { CareCase } from "../care-case/care-case.entity";
import { lockedCareCase } from "../care-case/care-case.service";
import { closeWhenEveryPartDone } from "../help-task/case-completion";
import { CaseReferral } from "./case-referral.entity";
import { ReferralClosedInput } from "./referral-closed.input";
import { serviceOfAgency } from "./referral-targets";

/**
 * D3/A10 (issue #9): intake of a receiving agency's report that a referral is closed, delivered by
 * that agency's subgraph (the policy admits only social's or health's service token, for its
 * serving role whose scope holds the case). The referral must be this case's, sent to an agency
 * whose service calls (social cannot close health's part). One transaction: the referral's closing
 * (date, arrival, key), and the case closed when it was the last part. A retried delivery (the
 * same key) answers the case and changes nothing.
 */
export function receiveReferralClosed(dataSource: DataSource, principal: Principal, input: ReferralClosedInput): Promise<CareCase> {
  const clientKey = requireClientKey(input.clientKey);
  notInFuture(input.closedOn, "input.closedOn");
  return dataSource.transaction(async (manager) => {
    const careCase = await lockedCareCase(manager, input.careCaseId, "input.careCaseId");
    const referral = await manager.getRepository(CaseReferral).findOneBy({ careCaseId: careCase.id, outboxId: requireClientKey(input.referralKey) });
    if (referral === null) {
      throw notFound("CaseReferral");
    }
    if (serviceOfAgency(referral.agencyCode) !== principal.actingService) {
      throw forbidden("Only the agency the referral was sent to reports it closed (D3)");
    }
    if (referral.closedKey === clientKey) {
      return careCase;
    }
    if (referral.closedOn !== null) {
      throw conflict("The referral was already reported closed");
    }
    if (input.closedOn < referral.referredOn) {
      throw badUserInput("closedOn must not be before the referral date", "input.closedOn");
    }
    Object.assign(referral, { closedOn: input.closedOn, closedReportedAt: now(), closedKey: clientKey });
    await manager.save(referral);
    // A10: the last part closing closes the case (its tasks too, A9: help-task/case-completion.ts).
    await closeWhenEveryPartDone(manager, principal, careCase, CareCaseClosure.REFERRALS_CLOSED, "input.closedOn");
    return careCase;
  });
}
