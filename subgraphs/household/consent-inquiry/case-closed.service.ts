import { DataSource } from "typeorm";
import { requireClientKey } from "../../../shared/db/idempotent-intake";
import { conflict } from "../../../shared/errors";
import { requireUuid } from "../../../shared/graphql/ids";
import { notInFuture } from "../../../shared/validation/dates";
import { caseClosedReceiptOf, CaseClosedReceipt } from "./case-closed-receipt.type";
import { CaseClosedInput } from "./case-closed.input";
import { lockedInquiry } from "./correction.service";

/**
 * D3, A9 (issue #9): intake of the district's closing notice (the policy admits only the district's
 * service token). It keeps the day and the reason on the form, which is all household's purge needs
 * to count the form's retention from the case's closing (retention.ts). A retried delivery (the same
 * key) answers the same receipt and changes nothing; an unknown form is NOT_FOUND; a form never handed over
 * has no case to close, and a second, different notice for one form is a CONFLICT (a closed case
 * stays closed).
 */
export function receiveCaseClosed(dataSource: DataSource, input: CaseClosedInput): Promise<CaseClosedReceipt> {
  const clientKey = requireClientKey(input.clientKey);
  requireUuid(input.careCaseId, "input.careCaseId");
  notInFuture(input.closedOn, "input.closedOn");
  return dataSource.transaction(async (manager) => {
    const inquiry = await lockedInquiry(manager, input.consentInquiryId, "input.consentInquiryId");
    if (inquiry.caseClosedKey === clientKey) {
      return caseClosedReceiptOf(inquiry);
    }
    if (inquiry.handoverLedgerId === null) {
      throw conflict("This form was never handed over: no district case of it can close (A4)");
    }
    if (inquiry.caseClosedKey !== null) {
      throw conflict("The case of this form has already closed");
    }
    Object.assign(inquiry, { caseClosedOn: input.closedOn, caseClosure: input.closure, caseClosedKey: clientKey });
    await manager.save(inquiry);
    return caseClosedReceiptOf(inquiry);
  });
}
