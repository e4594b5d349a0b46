import { DataSource } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { now } from "../../../shared/clock";
import { requireClientKey } from "../../../shared/db/idempotent-intake";
import { conflict } from "../../../shared/errors";
import { CareCaseStatus } from "../../../shared/graphql/enums";
import { enqueue } from "../../../shared/outbox/enqueue";
import { requiredText } from "../../../shared/validation/form-text";
import { CARE_CASE_SUBJECT, districtDeadlines } from "../deadlines";
import { entryFields, requireDistrict } from "../handover-ledger/handover-ledger.service";
import { DistrictNotificationKind, notifyCaseArrived } from "../inbox/district-notifications";
import { CareCase } from "./care-case.entity";
import { lockedCareCase } from "./care-case.service";
import { moveCase } from "./care-case.transitions";
import { MAX_RETURN_REASON, RECEIVE_CORRECTION_REQUEST } from "./case-correction.config";
import { CorrectedCaseInput } from "./case-correction.input";

/**
 * A6 (issue #8): 人文課 sends a wrongly recorded case back to the office for correction, with a
 * reason, while it is handed over and not yet acknowledged (care-case.transitions.ts; otherwise
 * CONFLICT, nothing written). One transaction: the case's status and the return (why, when, by
 * whom); its ACKNOWLEDGEMENT deadline met, because returning is the district's handling of the
 * arrival (A4 asks the district to deal with the form before the visit, and it did); and an outbox
 * row that delivers the return to household's intake with district's service token (D3).
 */
export function returnCaseForCorrection(dataSource: DataSource, principal: Principal, careCaseId: string, reason: string): Promise<CareCase> {
  const text = requiredText(reason, "reason", MAX_RETURN_REASON);
  return dataSource.transaction(async (manager) => {
    const careCase = await lockedCareCase(manager, careCaseId, "careCaseId");
    moveCase(careCase, CareCaseStatus.RETURNED_FOR_CORRECTION);
    const at = now();
    Object.assign(careCase, { returnReason: text, returnedAt: at, returnedBy: principal.subject });
    await manager.save(careCase);
    await districtDeadlines.meet(manager, { type: CARE_CASE_SUBJECT, id: careCase.id }, "ACKNOWLEDGEMENT", at);
    await enqueue(manager, {
      kind: "correction-request",
      operation: RECEIVE_CORRECTION_REQUEST,
      actor: principal,
      variables: (clientKey) => ({
        input: { clientKey, consentInquiryId: careCase.consentInquiryId, careCaseId: careCase.id, district: careCase.visitDistrictCode, reason: text, returnedAt: at.toISOString() },
      }),
    });
    return careCase;
  });
}

/**
 * D3/A6 (issue #8): intake of a corrected form, delivered by household's subgraph (the policy admits
 * only its service token, acting for a clerk of the sending office). The case must be waiting for
 * the correction, from that office, for that form and person; the corrected visit address stays in
 * this district (household refuses a move to another district before sending: that is a new
 * handover, not a correction). One transaction: the case's fields from the corrected line, back to
 * HANDED_OVER, a new ACKNOWLEDGEMENT round from the corrected arrival, and 人文課 notified.
 * A retried delivery (the same key as the last correction) answers the case and changes nothing.
 */
export function receiveCorrectedCase(dataSource: DataSource, input: CorrectedCaseInput): Promise<CareCase> {
  const clientKey = requireClientKey(input.clientKey);
  return dataSource.transaction(async (manager) => {
    const careCase = await lockedCareCase(manager, input.careCaseId, "input.careCaseId");
    if (careCase.correctionKey === clientKey) {
      return careCase;
    }
    const fields = entryFields(input.entry, "input.entry", requireDistrict(careCase.visitDistrictCode, "input.entry.visitDistrict"));
    const office = requireDistrict(input.office, "input.office").code;
    if (office !== careCase.receivingOfficeCode || fields.consentInquiryId !== careCase.consentInquiryId || fields.personId !== careCase.personId) {
      throw conflict("The correction names another form, person or office than the case returned (A6)");
    }
    moveCase(careCase, CareCaseStatus.HANDED_OVER);
    const at = now();
    Object.assign(careCase, fields, { correctionKey: clientKey, correctedAt: at });
    await manager.save(careCase);
    await districtDeadlines.reopen(manager, { type: CARE_CASE_SUBJECT, id: careCase.id }, "ACKNOWLEDGEMENT", at);
    await notifyCaseArrived(manager, careCase, at, { kind: DistrictNotificationKind.CASE_CORRECTED, event: clientKey });
    return careCase;
  });
}
