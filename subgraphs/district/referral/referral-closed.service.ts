import { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { now } from "../../../shared/clock";
import { requireClientKey } from "../../../shared/db/idempotent-intake";
import { badUserInput, conflict, forbidden, notFound } from "../../../shared/errors";
import { CareCaseClosure, CareCaseStatus } from "../../../shared/graphql/enums";
import { notInFuture } from "../../../shared/validation/dates";
import { closeCase } from "../care-case/care-case.closing";
import { CareCase } from "../care-case/care-case.entity";
import { lockedCareCase } from "../care-case/care-case.service";
import { VisitRecord } from "../visit-record/visit-record.entity";
import { CaseReferral } from "./case-referral.entity";
import { ReferralClosedInput } from "./referral-closed.input";
import { REFERRAL_ROUTES, referableTargets } from "./referral-targets";

/**
 * A10 (issue #9): "a case closes when all its parts are closed". The parts are the referrals every
 * target its 附件4 ticks and the system refers (referral-targets.ts); once each has one, closed, the
 * referred case closes with REFERRALS_CLOSED on the last closing date. A target not referred yet
 * keeps it open. (The boxes without a subgraph join the parts as referral-targets.ts adds them.)
 */
async function closeWhenEveryReferralClosed(manager: EntityManager, careCase: CareCase): Promise<void> {
  const record = await manager.getRepository(VisitRecord).findOneBy({ careCaseId: careCase.id });
  const referrals = await manager.getRepository(CaseReferral).findBy({ careCaseId: careCase.id });
  const closedOn = new Map(referrals.map((referral) => [referral.target, referral.closedOn]));
  const parts = record === null ? [] : referableTargets(record.needs).map((target) => closedOn.get(target) ?? null);
  if (careCase.status !== CareCaseStatus.REFERRED || parts.length === 0 || parts.some((date) => date === null)) {
    return;
  }
  const last = (parts as string[]).reduce((latest, date) => (date > latest ? date : latest));
  closeCase(careCase, CareCaseClosure.REFERRALS_CLOSED, last, "input.closedOn");
  await manager.save(careCase);
}

/**
 * D3/A10 (issue #9): intake of a receiving agency's report that a referral is closed, delivered by
 * that agency's subgraph (the policy admits only social's or health's service token, for its
 * serving role whose scope holds the case). The referral must be this case's, sent to the agency
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
    if (REFERRAL_ROUTES[referral.target].service !== principal.actingService) {
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
    await closeWhenEveryReferralClosed(manager, careCase);
    return careCase;
  });
}
