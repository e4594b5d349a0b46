import type { EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { now } from "../../../shared/clock";
import { enqueue } from "../../../shared/outbox/enqueue";
import type { CareCase } from "./care-case.entity";

/** Household's intake a case's closing is delivered to (D3, issue #9): its document lives with the sender. */
export const RECEIVE_CASE_CLOSED = "ReceiveCaseClosed";

export const CLOSING_NOTICE_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_CASE_CLOSED]: `mutation ${RECEIVE_CASE_CLOSED}($input: CaseClosedInput!) { receiveCaseClosed(input: $input) { id } }`,
};

/**
 * A9 (issue #9, PDPA art. 11): household keeps the form a case came from (附件1) only as long as
 * the case's records, counted from the closing, and it cannot read the district's cases (D1, D8):
 * so every closing tells it, in the closing's own transaction (D3), which form, on which day and
 * why. Only keys, a date and a code: no personal data travels.
 */
export async function enqueueClosingNotice(manager: EntityManager, actor: Principal, careCase: CareCase): Promise<void> {
  await enqueue(
    manager,
    {
      kind: "case-closed",
      operation: RECEIVE_CASE_CLOSED,
      actor,
      variables: (clientKey) => ({
        input: { clientKey, consentInquiryId: careCase.consentInquiryId, careCaseId: careCase.id, closedOn: careCase.closedOn, closure: careCase.closure },
      }),
    },
    { now: now() },
  );
}
