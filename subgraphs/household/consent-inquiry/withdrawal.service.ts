import { DataSource } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { now, taipeiDateOf } from "../../../shared/clock";
import { conflict } from "../../../shared/errors";
import { enqueue } from "../../../shared/outbox/enqueue";
import { requiredText } from "../../../shared/validation/form-text";
import { CONSENT_INQUIRY_SUBJECT, householdDeadlines } from "../deadlines";
import { ConsentInquiry } from "./consent-inquiry.entity";
import { RECEIVE_CASE_WITHDRAWN } from "./correction.config";
import { correctionOpen, lockedInquiry, MAX_REASON } from "./correction.service";

/**
 * A6 (issue #9): the other ending of a return for correction. The office finds the case wrongly
 * recorded and not to be visited, and withdraws it instead of correcting it, while the correction
 * is open (otherwise CONFLICT, nothing written). One transaction: the withdrawal kept on the form
 * (why, when, by whom), its CORRECTION deadline met (withdrawing is the office's handling of the
 * return), and an outbox row that delivers it to the district's care case with household's service
 * token acting for the clerk (D3); the district closes the case as RETURNED_TO_OFFICE.
 */
export function withdrawConsentInquiry(dataSource: DataSource, principal: Principal, consentInquiryId: string, reason: string): Promise<ConsentInquiry> {
  const text = requiredText(reason, "reason", MAX_REASON);
  return dataSource.transaction(async (manager) => {
    const inquiry = await lockedInquiry(manager, consentInquiryId, "consentInquiryId");
    if (!correctionOpen(inquiry) || inquiry.correctionCareCaseId === null) {
      throw conflict("No correction of this form is open: only a case a district returned is withdrawn (A6)");
    }
    const careCaseId = inquiry.correctionCareCaseId;
    const at = now();
    Object.assign(inquiry, { withdrawalReason: text, withdrawnAt: at, withdrawnBy: principal.subject });
    await manager.save(inquiry);
    await householdDeadlines.meet(manager, { type: CONSENT_INQUIRY_SUBJECT, id: inquiry.id }, "CORRECTION", at);
    await enqueue(manager, {
      kind: "withdrawn-case",
      operation: RECEIVE_CASE_WITHDRAWN,
      actor: principal,
      variables: (clientKey) => ({
        input: { clientKey, careCaseId, consentInquiryId: inquiry.id, office: inquiry.officeCode, reason: text, withdrawnOn: taipeiDateOf(at) },
      }),
    });
    return inquiry;
  });
}
