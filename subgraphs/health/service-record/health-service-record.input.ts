import { Field, ID, InputType } from "type-graphql";
import { ServiceContactMode } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

@InputType({ description: "A10: a nurse's or counsellor's contact on a health referral" })
export class HealthServiceInput {
  @Field(() => ID, { description: "The HealthReferral served" })
  referralId!: string;

  @Field(() => LocalDateScalar, { description: "On or after the referral date" })
  servedOn!: string;

  @Field(() => ServiceContactMode)
  mode!: ServiceContactMode;

  @Field({ description: "Assessment, health education, advice given" })
  summary!: string;

  @Field({ description: "公衛護士 (or counsellor)" })
  nurseName!: string;
}
