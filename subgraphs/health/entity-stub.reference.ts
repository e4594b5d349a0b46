import { requireUuid } from "../../shared/graphql/ids";
import { EntityStub } from "./entity-stub";

/** `__resolveReference` for a stub: the gateway's key, checked, is all health needs to add its fields. */
export function stubReference<Stub extends EntityStub>(stub: new (id: string) => Stub): { __resolveReference(reference: { id: string }): Stub } {
  return { __resolveReference: (reference) => new stub(requireUuid(reference.id, "id")) };
}
