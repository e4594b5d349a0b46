import { requireUuid } from "../../../shared/graphql/ids";
import { DistrictContext } from "../loaders";
import { CareCase } from "./care-case.entity";

/** The gateway fetches care cases by key for other agencies' fields; batched per request. */
export function resolveCareCaseReference(reference: { id: string }, context: DistrictContext): Promise<CareCase | null> {
  return context.loaders.careCaseById.load(requireUuid(reference.id, "id"));
}
