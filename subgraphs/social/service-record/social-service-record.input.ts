import { Field, ID, InputType } from "type-graphql";
import { ServiceContactMode } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

@InputType({ description: "A10/A13: a social worker's contact on a referral" })
export class SocialServiceInput {
  @Field(() => ID)
  referralId!: string;

  @Field(() => LocalDateScalar, { description: "Not before the referral date" })
  servedOn!: string;

  @Field(() => ServiceContactMode)
  mode!: ServiceContactMode;

  @Field()
  summary!: string;

  @Field()
  socialWorkerName!: string;
}
