import { registerEnumType } from "type-graphql";

/** B4: how a catch-up reminder was given (衛教 with each). */
export enum ReminderMode {
  LETTER = "LETTER",
  SMS = "SMS",
  PHONE = "PHONE",
  HOME_VISIT = "HOME_VISIT",
}

/** B4: whom a two-way contact reached. */
export enum ContactedPerson {
  PARENT = "PARENT",
  GRANDPARENT = "GRANDPARENT",
  MAIN_CARER = "MAIN_CARER",
}

/** B4: what came of the catch-up (the nurse records it once). */
export enum VaccinationOutcome {
  /** Caught up: the follow-up ends. */
  VACCINATED = "VACCINATED",
  /** The parents refused and signed the refusal declaration (拒絕接種切結). */
  REFUSED_SIGNED = "REFUSED_SIGNED",
  /** B4 (c): the parents refused vaccination and refused to sign the declaration. */
  REFUSED_NOT_SIGNED = "REFUSED_NOT_SIGNED",
  /** B4 (d): the family cannot be found; residents, family or the village chief confirm nobody lives there. */
  NOBODY_LIVES_THERE = "NOBODY_LIVES_THERE",
}

/** B4 (a)–(d): in shared/domain/child-care.ts, since social receives it on the notice. */
export { VaccinationReferralCondition } from "../../../shared/domain/child-care";

/** Where a follow-up stands (vaccination.transitions.ts moves it). */
export enum VaccinationFollowUpStatus {
  /** Reminding (B4: at least 3 within 6 months, at least 1 two-way). */
  OPEN = "OPEN",
  VACCINATED = "VACCINATED",
  /** Referred to social units under one of (a)–(d). */
  REFERRED = "REFERRED",
}

registerEnumType(ReminderMode, { name: "ReminderMode", description: "B4: how a catch-up reminder was given" });
registerEnumType(ContactedPerson, { name: "ContactedPerson", description: "B4: whom a two-way contact reached" });
registerEnumType(VaccinationOutcome, { name: "VaccinationOutcome", description: "B4: what came of the catch-up" });
registerEnumType(VaccinationFollowUpStatus, { name: "VaccinationFollowUpStatus", description: "B4: where a vaccination follow-up stands" });
