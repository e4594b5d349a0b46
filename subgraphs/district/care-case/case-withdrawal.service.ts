import { DataSource } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { now } from "../../../shared/clock";
import { requireClientKey } from "../../../shared/db/idempotent-intake";
import { conflict } from "../../../shared/errors";
import { CareCaseClosure } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { notInFuture } from "../../../shared/validation/dates";
import { requiredText } from "../../../shared/validation/form-text";
import { requireDistrict } from "../handover-ledger/handover-ledger.service";
import { DistrictNotificationKind, notifyCaseArrived } from "../inbox/district-notifications";
import { closeCase } from "./care-case.closing";
import { CareCase } from "./care-case.entity";
import { lockedCareCase } from "./care-case.service";
import { MAX_RETURN_REASON } from "./case-correction.config";
import { CaseWithdrawnInput } from "./case-withdrawal.input";

/**
 * D3/A6 (issue #9): intake of the office's withdrawal of a case returned for correction (wrongly
 * recorded, not to be visited), delivered by household's subgraph (the policy admits only its
 * service token, acting for a clerk of the office that handed the case over). The case must be
 * waiting for that office's correction of that form (care-case.closing.ts: only a returned case
 * closes so; otherwise CONFLICT). One transaction: the case closed as RETURNED_TO_OFFICE on the
 * withdrawal's day with the office's reason, and 人文課 of the visit district notified. The case no
 * longer holds its form (care_cases_live_consent_inquiry and handover-ledger.service.ts treat
 * RETURNED_TO_OFFICE as not live). A retried delivery (the same key) answers the case and changes nothing.
 */
export function receiveCaseWithdrawn(dataSource: DataSource, principal: Principal, input: CaseWithdrawnInput): Promise<CareCase> {
  const clientKey = requireClientKey(input.clientKey);
  const reason = requiredText(input.reason, "input.reason", MAX_RETURN_REASON);
  const consentInquiryId = requireUuid(input.consentInquiryId, "input.consentInquiryId");
  notInFuture(input.withdrawnOn, "input.withdrawnOn");
  return dataSource.transaction(async (manager) => {
    const careCase = await lockedCareCase(manager, input.careCaseId, "input.careCaseId");
    if (careCase.withdrawalKey === clientKey) {
      return careCase;
    }
    const office = requireDistrict(input.office, "input.office").code;
    if (office !== careCase.receivingOfficeCode || consentInquiryId !== careCase.consentInquiryId) {
      throw conflict("The withdrawal names another form or office than the case returned (A6)");
    }
    await closeCase(manager, principal, careCase, CareCaseClosure.RETURNED_TO_OFFICE, input.withdrawnOn, "input.withdrawnOn");
    const at = now();
    Object.assign(careCase, { withdrawalReason: reason, withdrawnAt: at, withdrawalKey: clientKey });
    await manager.save(careCase);
    await notifyCaseArrived(manager, careCase, at, { kind: DistrictNotificationKind.CASE_WITHDRAWN, event: clientKey });
    return careCase;
  });
}
