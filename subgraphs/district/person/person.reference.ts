import { requireUuid } from "../../../shared/graphql/ids";
import { Person } from "./person.entity";

/** A Person's representation: its key, and household's registrations when a field `@requires` them (issue #13). */
interface PersonRepresentation {
  readonly id: string;
  readonly registrations?: readonly ({ readonly consentInquiry?: { readonly id: string } | null } | null)[] | null;
}

/**
 * The gateway's Person, with the 附件1 keys household answered (none where household denied the
 * inquiry or has none: the district then lists nothing for it, D1). Every key is checked, as every
 * ID of this API, and each inquiry is listed once.
 */
export const personReference = {
  __resolveReference(reference: PersonRepresentation): Person {
    const inquiries = reference.registrations?.flatMap((registration, index) => {
      const inquiry = registration?.consentInquiry;
      return inquiry === null || inquiry === undefined ? [] : [requireUuid(inquiry.id, `registrations.${index}.consentInquiry.id`)];
    });
    return new Person(requireUuid(reference.id, "id"), inquiries === undefined ? null : [...new Set(inquiries)]);
  },
};
