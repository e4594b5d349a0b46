import { badUserInput } from "../errors";
import type { Sex } from "../graphql/enums";
import { requireUuid } from "../graphql/ids";
import { present } from "../graphql/present";
import { notInFuture } from "./dates";
import { optionalText } from "./form-text";
import { optionalIdentityNumber } from "./identity-number";

/** The child as a sender of programme B knows it (docs/programme-b.md: "the child as the sender knows it"). */
export interface ChildIdentityInput {
  personId?: string | null;
  idNumber?: string | null;
  name?: string | null;
  birthDate?: string | null;
  sex?: Sex | null;
  motherName?: string | null;
  motherIdNumber?: string | null;
}

/** The receiver's own copy of the child (D3), as its columns name it. */
export interface ChildIdentity {
  personId: string | null;
  childIdNumber: string | null;
  childName: string | null;
  childBirthDate: string | null;
  childSex: Sex | null;
  motherName: string | null;
  motherIdNumber: string | null;
}

/**
 * B2, B9: the child of a search or follow-up request, validated field by field (named by field,
 * never by value). The receiver must be able to tell which child it is: an ID number, household's
 * Person, a name and birth date, or the mother.
 */
export function identifiableChild(input: ChildIdentityInput): ChildIdentity {
  notInFuture(input.birthDate, "input.birthDate");
  const child: ChildIdentity = {
    personId: present(input.personId) ? requireUuid(input.personId, "input.personId") : null,
    childIdNumber: optionalIdentityNumber(input.idNumber, "input.idNumber"),
    childName: optionalText(input.name, "input.name", 60),
    childBirthDate: input.birthDate ?? null,
    childSex: input.sex ?? null,
    motherName: optionalText(input.motherName, "input.motherName", 60),
    motherIdNumber: optionalIdentityNumber(input.motherIdNumber, "input.motherIdNumber"),
  };
  const identifiable =
    child.personId !== null || child.childIdNumber !== null || (child.childName !== null && child.childBirthDate !== null) || child.motherName !== null || child.motherIdNumber !== null;
  if (!identifiable) {
    throw badUserInput("input must identify the child: personId, idNumber, name and birthDate, or the mother", "input");
  }
  return child;
}
