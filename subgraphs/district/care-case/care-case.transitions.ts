import { conflict } from "../../../shared/errors";
import { CareCaseStatus } from "../../../shared/graphql/enums";
import type { CareCase } from "./care-case.entity";

/**
 * STYLE 12: the care case's one transition table (status → the statuses it may move to, and why).
 * HANDED_OVER → OPEN: 人文課 acknowledges the ledger (A4). HANDED_OVER → RETURNED_FOR_CORRECTION:
 * a wrongly recorded case goes back to the office before it is acknowledged (A6, issue #8), and
 * RETURNED_FOR_CORRECTION → HANDED_OVER when the office's correction arrives, or → CLOSED
 * (RETURNED_TO_OFFICE) when the office withdraws the case instead (issue #9). OPEN → REFERRED or
 * CLOSED after the visit (A7, A9); REFERRED → CLOSED when every referral is closed (A10).
 */
export const CARE_CASE_TRANSITIONS: Readonly<Record<CareCaseStatus, readonly CareCaseStatus[]>> = {
  [CareCaseStatus.HANDED_OVER]: [CareCaseStatus.OPEN, CareCaseStatus.RETURNED_FOR_CORRECTION],
  [CareCaseStatus.RETURNED_FOR_CORRECTION]: [CareCaseStatus.HANDED_OVER, CareCaseStatus.CLOSED],
  [CareCaseStatus.OPEN]: [CareCaseStatus.REFERRED, CareCaseStatus.CLOSED],
  [CareCaseStatus.REFERRED]: [CareCaseStatus.CLOSED],
  [CareCaseStatus.CLOSED]: [],
};

/** What the caller is told when a move is not allowed: the case's status decides (CONFLICT, never data). */
const REFUSAL: Readonly<Partial<Record<CareCaseStatus, string>>> = {
  [CareCaseStatus.RETURNED_FOR_CORRECTION]:
    "Only a case handed over and not yet acknowledged goes back to the office for correction (A6); once acknowledged it is the district's to follow",
  [CareCaseStatus.HANDED_OVER]: "The case is not waiting for a correction from the office (A6)",
};

export function mayMove(from: CareCaseStatus, to: CareCaseStatus): boolean {
  return CARE_CASE_TRANSITIONS[from].includes(to);
}

/** Moves the case (in memory; the caller saves it in its transaction), or refuses with CONFLICT. */
export function moveCase(careCase: CareCase, to: CareCaseStatus): void {
  if (!mayMove(careCase.status, to)) {
    throw conflict(REFUSAL[to] ?? `A ${careCase.status} case cannot become ${to}`);
  }
  careCase.status = to;
}
