import { Field, ID, InputType } from "type-graphql";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** D3/A6 (issue #9): household's delivery of a withdrawal, from its own records; only household's service may send it. */
@InputType({ description: "A6/D3: a case returned for correction that the office withdrew, delivered by household's subgraph" })
export class CaseWithdrawnInput {
  @Field({ description: "The sender's idempotency key (its outbox row); a retry reuses it" })
  clientKey!: string;

  @Field(() => ID, { description: "The care case that was returned (named in the return household received)" })
  careCaseId!: string;

  @Field(() => ID, { description: "The form (附件1) the case was recorded from" })
  consentInquiryId!: string;

  @Field({ description: "受理戶所 (district code): must be the acting clerk's office and the case's" })
  office!: string;

  @Field({ description: "Why the office withdrew it (1–500 characters)" })
  reason!: string;

  @Field(() => LocalDateScalar, { description: "The day the office withdrew it: the case's closing date (not in the future)" })
  withdrawnOn!: string;
}
