import { CareCaseClosure, CareCaseStatus } from "../../../shared/graphql/enums";
import { notInFuture } from "../../../shared/validation/dates";
import type { CareCase } from "./care-case.entity";
import { moveCase } from "./care-case.transitions";

/**
 * Issue #9: every way a case closes goes through here, so each closing stores its reason and its
 * date together, and the move is the transition table's (OPEN or REFERRED → CLOSED; anything else
 * is a CONFLICT). A closing date is of something done: one in the future is BAD_USER_INPUT.
 * In memory: the caller saves the case in its transaction.
 */
export function closeCase(careCase: CareCase, closure: CareCaseClosure, closedOn: string, field = "closedOn"): void {
  notInFuture(closedOn, field);
  moveCase(careCase, CareCaseStatus.CLOSED);
  careCase.closure = closure;
  careCase.closedOn = closedOn;
}
