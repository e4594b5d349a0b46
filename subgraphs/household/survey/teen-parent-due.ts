import type { EntityManager } from "typeorm";
import { CaseType, NewImmigrantRelation } from "../../../shared/graphql/enums";
import { Person } from "../person/person.entity";
import { Registration } from "../registration/registration.entity";

/** R7: "未滿20歲" — a parent under 20 on the registration date. */
export const TEEN_PARENT_AGE_LIMIT = 20;

/** Completed years on `date` (both YYYY-MM-DD): the birthday counts from its own day. */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function isUnderLimitOn(birthDate: string | null, date: string): boolean {
  return birthDate !== null && ageOn(birthDate, date) < TEEN_PARENT_AGE_LIMIT;
}

/**
 * The parents household knows on a birth registration: the registrant (戶籍法 art. 29: a birth is
 * registered by a parent first) and the new immigrant recorded as the parent (A1). Other case
 * types have none: only a birth registration makes the survey due (B7).
 */
export function knownParentIds(registration: Registration): string[] {
  if (registration.caseType !== CaseType.BIRTH) {
    return [];
  }
  const parentImmigrant = registration.newImmigrantRelation === NewImmigrantRelation.PARENT || registration.newImmigrantRelation === NewImmigrantRelation.REGISTRANT;
  return [...new Set([registration.registrantId, ...(parentImmigrant ? [registration.newImmigrantId] : [])])];
}

/**
 * B7, R7: the survey is due at a birth registration when a parent is under 20 on its date — a
 * parent on record, or one the form itself names with a birth date (the other parent is often not
 * a party to the registration).
 */
export async function surveyIsDue(manager: EntityManager, registration: Registration, formParentBirthDates: readonly (string | null)[] = []): Promise<boolean> {
  if (registration.caseType !== CaseType.BIRTH) {
    return false;
  }
  if (formParentBirthDates.some((birthDate) => isUnderLimitOn(birthDate, registration.registeredOn))) {
    return true;
  }
  const ids = knownParentIds(registration);
  const parents = await manager.getRepository(Person).createQueryBuilder("person").select(["person.id", "person.birthDate"]).where("person.id = ANY(:ids)", { ids }).getMany();
  return parents.some((parent) => isUnderLimitOn(parent.birthDate, registration.registeredOn));
}
