import { requireUuid } from "../../../shared/graphql/ids";
import { Person } from "./person.entity";

/** District holds no person rows: the stub carries the key; its fields batch through loaders. */
export function resolvePersonReference(reference: { id: string }): Person {
  return Object.assign(new Person(), { id: requireUuid(reference.id, "id") });
}
