import { Field, ID, InputType } from "type-graphql";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** D3/A10 (issue #9): a receiving agency's report that a referral it served is closed, from its own records. */
@InputType({ description: "A10/D3: a referral closed at the receiving agency, delivered by its subgraph (social or health)" })
export class ReferralClosedInput {
  @Field({ description: "The receiver's idempotency key (its outbox row); a retry reuses it" })
  clientKey!: string;

  @Field(() => ID, { description: "The district's care case the referral was for" })
  careCaseId!: string;

  @Field({ description: "The referral's own key: the client key the district delivered it under (D3)" })
  referralKey!: string;

  @Field(() => LocalDateScalar, { description: "結案日期 at the receiving agency" })
  closedOn!: string;
}
