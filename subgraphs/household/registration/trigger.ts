import { badUserInput } from "../../../shared/errors";
import { CaseType, NewImmigrantRelation } from "../../../shared/graphql/enums";

/**
 * A1: the registrations at which the clerk asks the family to fill 附件1 — the registrant, the
 * registrant's spouse or (births) a parent is a new immigrant; for a death only the surviving
 * spouse counts.
 */
export function triggersConsentInquiry(caseType: CaseType, relation: NewImmigrantRelation): boolean {
  if (caseType === CaseType.DEATH) {
    return relation === NewImmigrantRelation.SURVIVING_SPOUSE;
  }
  if (caseType === CaseType.BIRTH && relation === NewImmigrantRelation.PARENT) {
    return true;
  }
  return relation === NewImmigrantRelation.REGISTRANT || relation === NewImmigrantRelation.REGISTRANT_SPOUSE;
}

/** The relations that only one case type has: a parent of a birth, the spouses of a death. */
const ONLY_FOR: Partial<Record<NewImmigrantRelation, CaseType>> = {
  [NewImmigrantRelation.PARENT]: CaseType.BIRTH,
  [NewImmigrantRelation.SURVIVING_SPOUSE]: CaseType.DEATH,
  [NewImmigrantRelation.DECEASED_SPOUSE]: CaseType.DEATH,
};

/**
 * The relation as given, or REGISTRANT when the registrant is the new immigrant (unambiguous except
 * at a death, where she may be the surviving spouse or someone else: there it must be said), checked
 * against the persons and the case type.
 */
export function relationOf(
  caseType: CaseType,
  given: NewImmigrantRelation | null | undefined,
  registrantIsNewImmigrant: boolean,
): NewImmigrantRelation {
  const implied = registrantIsNewImmigrant && caseType !== CaseType.DEATH ? NewImmigrantRelation.REGISTRANT : null;
  const relation = given ?? implied;
  if (relation === null) {
    throw badUserInput("newImmigrantRelation is required unless the registrant is the new immigrant (A1; always for a death)", "newImmigrantRelation");
  }
  const only = ONLY_FOR[relation];
  if (only !== undefined && only !== caseType) {
    throw badUserInput(`newImmigrantRelation ${relation} belongs to a ${only} registration`, "newImmigrantRelation");
  }
  if (caseType === CaseType.DEATH && relation === NewImmigrantRelation.REGISTRANT) {
    throw badUserInput("For a death, say whether the new immigrant is the surviving or the deceased spouse (A1)", "newImmigrantRelation");
  }
  const mismatched =
    (relation === NewImmigrantRelation.REGISTRANT && !registrantIsNewImmigrant) ||
    ((relation === NewImmigrantRelation.REGISTRANT_SPOUSE || relation === NewImmigrantRelation.DECEASED_SPOUSE) && registrantIsNewImmigrant);
  if (mismatched) {
    throw badUserInput(`newImmigrantRelation ${relation} does not match registrantId and newImmigrantId`, "newImmigrantRelation");
  }
  return relation;
}
