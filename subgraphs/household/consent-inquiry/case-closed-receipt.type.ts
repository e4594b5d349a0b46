import { Field, ID, ObjectType } from "type-graphql";
import { CareCaseClosure } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import type { ConsentInquiry } from "./consent-inquiry.entity";

/**
 * A9 (issue #9): what household answers the district's closing notice: the form's key and the
 * closing as stored, no personal data — the notice's acting user may be a role that reads no
 * household form (a social worker whose closing ended the case), and the dispatcher needs the id.
 */
@ObjectType({ description: "A9/D3: the closing of a form's case, as household stored it (the form's id, the day, the reason)" })
export class CaseClosedReceipt {
  @Field(() => ID, { description: "The form (附件1) the case came from" })
  id!: string;

  @Field(() => LocalDateScalar, { description: "結案日期, from which the office's retention counts" })
  closedOn!: string;

  @Field(() => CareCaseClosure)
  closure!: CareCaseClosure;
}

export function caseClosedReceiptOf(inquiry: ConsentInquiry): CaseClosedReceipt {
  return { id: inquiry.id, closedOn: inquiry.caseClosedOn ?? "", closure: inquiry.caseClosure as CareCaseClosure };
}
