import { notFound } from "../../../shared/errors";
import { requireUuid } from "../../../shared/graphql/ids";
import { DistrictContext } from "../loaders";
import { CareCase } from "./care-case.entity";

/**
 * The gateway fetches care cases by key for other agencies' fields; batched per request. A key
 * with no case (issue #9: purged past the district's retention, while another agency keeps its own
 * part, D1) answers NOT_FOUND at that path: the client is told the case is gone, rather than
 * reading the other agency's stub with the district's fields silently empty.
 */
export async function resolveCareCaseReference(reference: { id: string }, context: DistrictContext): Promise<CareCase> {
  const careCase = await context.loaders.careCaseById.load(requireUuid(reference.id, "id"));
  if (careCase === null) {
    throw notFound("CareCase");
  }
  return careCase;
}
