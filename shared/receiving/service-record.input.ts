import { Field, ID, InputType } from "type-graphql";
import { ServiceContactMode } from "../graphql/enums";
import { LocalDateScalar } from "../graphql/scalars";

/** A10: a service contact as the serving unit enters it; an agency's input adds who made it, under its own word. */
@InputType()
export abstract class ServiceInputBase {
  @Field(() => ID, { description: "The referral served" })
  referralId!: string;

  @Field(() => LocalDateScalar, { description: "On or after the referral date" })
  servedOn!: string;

  @Field(() => ServiceContactMode)
  mode!: ServiceContactMode;

  @Field({ description: "What was assessed, advised or done" })
  summary!: string;
}
