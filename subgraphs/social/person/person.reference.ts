import { requireUuid } from "../../../shared/graphql/ids";
import { Person, personStub } from "./person.stub";

/** The gateway asks for social's fields of a household Person: a stub carries the key. */
export function resolvePersonReference(reference: { id: string }): Person {
  return personStub(requireUuid(reference.id, "id"));
}
