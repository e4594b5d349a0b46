import { requireUuid } from "../../../shared/graphql/ids";
import { ConsentInquiry } from "./consent-inquiry.entity";

/** District holds no inquiry rows: the stub carries the key; its fields batch through loaders. */
export function resolveConsentInquiryReference(reference: { id: string }): ConsentInquiry {
  return Object.assign(new ConsentInquiry(), { id: requireUuid(reference.id, "id") });
}
