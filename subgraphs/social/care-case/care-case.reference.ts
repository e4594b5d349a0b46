import { requireUuid } from "../../../shared/graphql/ids";
import { CareCase, careCaseStub } from "./care-case.stub";

/** The gateway asks for social's fields of a district CareCase: a stub carries the key. */
export function resolveCareCaseReference(reference: { id: string }): CareCase {
  return careCaseStub(requireUuid(reference.id, "id"));
}
