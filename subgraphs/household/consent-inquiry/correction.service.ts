import { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { now } from "../../../shared/clock";
import { requireClientKey } from "../../../shared/db/idempotent-intake";
import { findDistrict } from "../../../shared/domain/districts";
import { badUserInput, conflict, notFound } from "../../../shared/errors";
import { VisitDecision } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { present } from "../../../shared/graphql/present";
import { enqueue } from "../../../shared/outbox/enqueue";
import { requiredText } from "../../../shared/validation/form-text";
import { Address } from "../address";
import { CONSENT_INQUIRY_SUBJECT, householdDeadlines } from "../deadlines";
import { entryOf } from "../handover/handover-ledger.service";
import { notifyCorrectionRequested } from "../inbox/household-notifications";
import { toAddress } from "../person/person.service";
import { ConsentInquiry } from "./consent-inquiry.entity";
import { RECEIVE_CORRECTED_CASE } from "./correction.config";
import { CorrectConsentInquiryInput, CorrectionRequestInput } from "./correction.input";

/** The district's reason as the district bounds it (case-correction.config.ts there: one remark, 500 characters); the office's withdrawal likewise. */
export const MAX_REASON = 500;

/** A2: the answers that are handed over; a correction cannot turn a form into a declined one (A3: never handed over). */
const CONSENTING: readonly VisitDecision[] = [VisitDecision.HOME_VISIT, VisitDecision.PHONE_VISIT];

export async function lockedInquiry(manager: EntityManager, id: string, field: string): Promise<ConsentInquiry> {
  const inquiry = await manager.getRepository(ConsentInquiry).findOne({ where: { id: requireUuid(id, field) }, lock: { mode: "pessimistic_write" } });
  if (inquiry === null) {
    throw notFound("ConsentInquiry");
  }
  return inquiry;
}

/** A6: a district returned the form and the office has neither corrected it nor withdrawn the case (issue #9). */
export function correctionOpen(inquiry: ConsentInquiry): boolean {
  return inquiry.correctionRequestedAt !== null && inquiry.correctedAt === null && inquiry.withdrawnAt === null;
}

const ADDRESS_PARTS: readonly (keyof Address)[] = ["districtCode", "village", "neighbourhood", "road", "section", "lane", "alley", "number", "floor"];

function sameAddress(a: Address, b: Address): boolean {
  return ADDRESS_PARTS.every((part) => (a[part] ?? null) === (b[part] ?? null));
}

/**
 * D3/A6 (issue #8): intake of a district's return for correction (the policy admits only the
 * district's service token, acting for 人文課 of the form's visit district). One transaction: the
 * return kept on the form, its CORRECTION deadline opened from the arrival (DEADLINE_RULES: noon of
 * the next working day, A6 with R1), and the office's clerks notified. A retried delivery (the same
 * key) answers the form and changes nothing; a form never handed over, or to another district, is
 * a CONFLICT.
 */
export function receiveCorrectionRequest(dataSource: DataSource, input: CorrectionRequestInput): Promise<ConsentInquiry> {
  const clientKey = requireClientKey(input.clientKey);
  const reason = requiredText(input.reason, "input.reason", MAX_REASON);
  const careCaseId = requireUuid(input.careCaseId, "input.careCaseId");
  const district = findDistrict(input.district)?.code;
  return dataSource.transaction(async (manager) => {
    const inquiry = await lockedInquiry(manager, input.consentInquiryId, "input.consentInquiryId");
    if (inquiry.correctionRequestKey === clientKey) {
      return inquiry;
    }
    if (inquiry.handoverLedgerId === null || inquiry.visitAddress.districtCode !== district || inquiry.withdrawnAt !== null) {
      throw conflict("Only a form handed over to the returning district, and not withdrawn, can be returned to the office (A4, A6)");
    }
    if (correctionOpen(inquiry)) {
      throw conflict("A correction of this form is already open");
    }
    const at = now();
    Object.assign(inquiry, {
      correctionReason: reason,
      correctionRequestedAt: at,
      correctionRequestedBy: district,
      correctionCareCaseId: careCaseId,
      correctionRequestKey: clientKey,
      correctedAt: null,
    });
    await manager.save(inquiry);
    await householdDeadlines.reopen(manager, { type: CONSENT_INQUIRY_SUBJECT, id: inquiry.id }, "CORRECTION", at);
    await notifyCorrectionRequested(manager, inquiry, clientKey, at);
    return inquiry;
  });
}

/** The corrected visit address: parsed like at recording (A2), and still in the district that returned the form. */
function correctedVisitAddress(inquiry: ConsentInquiry, input: CorrectConsentInquiryInput): Address | undefined {
  if (!present(input.visitAddress)) {
    return undefined;
  }
  const address = toAddress(input.visitAddress, "input.visitAddress");
  if (address.districtCode !== inquiry.correctionRequestedBy) {
    // The district of the visit address receives the form (A5); a case moving districts is not a
    // correction of this one: the family's new district gets a new 附件1 handed over to it.
    throw conflict("The corrected visit address is in another district: a correction keeps the receiving district; record a new form for the new district and hand it over");
  }
  return address;
}

/**
 * A6 (issue #8): the office corrects a returned form from its own records, while the correction is
 * open (otherwise CONFLICT). One transaction: the form updated, its CORRECTION deadline met, and an
 * outbox row that delivers the corrected ledger line (from the stored form, never retyped) back to
 * the district's care case, with household's service token acting for the clerk (D3).
 */
export function correctConsentInquiry(dataSource: DataSource, principal: Principal, input: CorrectConsentInquiryInput): Promise<ConsentInquiry> {
  if (present(input.decision) && !CONSENTING.includes(input.decision)) {
    throw badUserInput("A corrected form keeps a consenting decision (HOME_VISIT or PHONE_VISIT): a declined form is never handed over (A3)", "input.decision");
  }
  return dataSource.transaction(async (manager) => {
    const inquiry = await lockedInquiry(manager, input.consentInquiryId, "input.consentInquiryId");
    if (!correctionOpen(inquiry) || inquiry.correctionCareCaseId === null) {
      throw conflict("No correction of this form is open: only a form a district returned is corrected (A6)");
    }
    const careCaseId = inquiry.correctionCareCaseId;
    const visitAddress = correctedVisitAddress(inquiry, input);
    if (visitAddress !== undefined) {
      inquiry.visitAddress = visitAddress;
      inquiry.visitAddressIsHousehold = sameAddress(visitAddress, inquiry.householdAddress);
    }
    if (present(input.decision)) {
      inquiry.decision = input.decision;
    }
    if (present(input.caseType)) {
      inquiry.caseType = input.caseType;
    }
    const at = now();
    inquiry.correctedAt = at;
    await manager.save(inquiry);
    await householdDeadlines.meet(manager, { type: CONSENT_INQUIRY_SUBJECT, id: inquiry.id }, "CORRECTION", at);
    await enqueue(manager, {
      kind: "corrected-case",
      operation: RECEIVE_CORRECTED_CASE,
      actor: principal,
      variables: (clientKey) => ({ input: { clientKey, careCaseId, office: inquiry.officeCode, entry: entryOf(inquiry) } }),
    });
    return inquiry;
  });
}
