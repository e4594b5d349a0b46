import { HouseholdContext } from "../loaders";
import { Person } from "./person.entity";

/** The gateway fetches persons by key for other agencies' entities; batched per request. */
export function resolvePersonReference(reference: { id: string }, context: HouseholdContext): Promise<Person | null> {
  return context.loaders.personById.load(reference.id);
}
