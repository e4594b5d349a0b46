import { conflict } from "../../../shared/errors";
import { VaccinationFollowUpStatus, VaccinationOutcome, VaccinationReferralCondition } from "./vaccination.enums";

const { OPEN, VACCINATED, REFERRED } = VaccinationFollowUpStatus;

/** STYLE 12: a follow-up's one transition table (status → next statuses, with the rule). */
export const FOLLOW_UP_TRANSITIONS: Readonly<Record<VaccinationFollowUpStatus, readonly VaccinationFollowUpStatus[]>> = {
  // B4: the child catches up, or is referred under (a)–(d).
  [OPEN]: [VACCINATED, REFERRED],
  [VACCINATED]: [],
  [REFERRED]: [],
};

/** Reminders and outcomes are recorded while the follow-up is open (B4: "if still not vaccinated"). */
export function assertOpen(status: VaccinationFollowUpStatus): void {
  if (status !== OPEN) {
    throw conflict("The vaccination follow-up is no longer open");
  }
}

export function assertTransition(from: VaccinationFollowUpStatus, to: VaccinationFollowUpStatus): void {
  if (!FOLLOW_UP_TRANSITIONS[from].includes(to)) {
    throw conflict(`A ${from} vaccination follow-up cannot become ${to}`);
  }
}

/**
 * B4: what a referral condition needs on record first. (a) is at once and (b) is the platform's
 * listing; (c) and (d) are what the nurse found, so the outcome says so.
 */
export const CONDITION_NEEDS_OUTCOME: Readonly<Record<VaccinationReferralCondition, VaccinationOutcome | null>> = {
  [VaccinationReferralCondition.A_PROTECTION_CONCERN]: null,
  [VaccinationReferralCondition.B_IN_SERVICE_OR_MISSING]: null,
  [VaccinationReferralCondition.C_REFUSED_AND_NOT_SIGNED]: VaccinationOutcome.REFUSED_NOT_SIGNED,
  [VaccinationReferralCondition.D_NOT_FOUND]: VaccinationOutcome.NOBODY_LIVES_THERE,
};
