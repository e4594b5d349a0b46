import { Field, ID, InputType } from "type-graphql";
import { CareCaseClosure } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** D3, A9 (issue #9): a district's notice that the case a form opened has closed; only the district's service may send it. */
@InputType({ description: "A9/D3: a case's closing, delivered by the district's subgraph (keys, a date and a reason: no personal data)" })
export class CaseClosedInput {
  @Field({ description: "The sender's idempotency key (its outbox row); a retry reuses it" })
  clientKey!: string;

  @Field(() => ID, { description: "The form (附件1) the case came from" })
  consentInquiryId!: string;

  @Field(() => ID, { description: "The district's care case that closed" })
  careCaseId!: string;

  @Field(() => LocalDateScalar, { description: "結案日期: the retention of the form counts from it" })
  closedOn!: string;

  @Field(() => CareCaseClosure, { description: "Why the district closed it" })
  closure!: CareCaseClosure;
}
