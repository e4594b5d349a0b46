import type { EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { now } from "../../../shared/clock";
import { conflict } from "../../../shared/errors";
import { CareCaseClosure, CareCaseStatus } from "../../../shared/graphql/enums";
import { notInFuture } from "../../../shared/validation/dates";
import { CARE_CASE_SUBJECT, districtDeadlines } from "../deadlines";
import type { CareCase } from "./care-case.entity";
import { moveCase } from "./care-case.transitions";
import { enqueueClosingNotice } from "./closing-notice";

/**
 * Issue #9: every way a case closes goes through here, so each closing stores its reason and its
 * date together, and the move is the transition table's (OPEN or REFERRED → CLOSED, and a case
 * returned for correction → CLOSED; anything else is a CONFLICT). A returned case closes only as
 * RETURNED_TO_OFFICE (the office withdrew it, A6), and only a returned case closes so. A closing
 * date is of something done: one in the future is BAD_USER_INPUT.
 * The steps still open on the case end with it (issue #9): a withdrawn case's HOME_VISIT, say, is
 * NO_LONGER_DUE for the closure's reason, so it never breaches nor lingers in an inbox.
 * The closing is handed to household in the same transaction (closing-notice.ts), for its retention
 * (A9), with `actor` as the acting user: the caller whose act closed the case, or the sending
 * service's user when an intake closed it.
 * The case is changed in memory (the caller saves it); its deadlines are ended in the caller's transaction (`manager`).
 */
export async function closeCase(manager: EntityManager, actor: Principal, careCase: CareCase, closure: CareCaseClosure, closedOn: string, field = "closedOn"): Promise<void> {
  notInFuture(closedOn, field);
  if ((careCase.status === CareCaseStatus.RETURNED_FOR_CORRECTION) !== (closure === CareCaseClosure.RETURNED_TO_OFFICE)) {
    throw conflict("A case returned for correction closes only when the office withdraws it, and only such a case closes as RETURNED_TO_OFFICE (A6)");
  }
  moveCase(careCase, CareCaseStatus.CLOSED);
  careCase.closure = closure;
  careCase.closedOn = closedOn;
  await districtDeadlines.end(manager, { type: CARE_CASE_SUBJECT, id: careCase.id }, closure, now());
  await enqueueClosingNotice(manager, actor, careCase);
}
