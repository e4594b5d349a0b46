import { Field, ID, InputType } from "type-graphql";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { OnwardTargetKind } from "./onward-targets";

@InputType({ description: "A11: 民政局 refers one of its cases onward" })
export class ReferOnwardInput {
  @Field(() => ID, { description: "The 民政局 referral (still open)" })
  referralId!: string;

  @Field({ description: "A central agency's or NGO's code in the service directory in force (taipei.national-immigration-agency, taipei.straits-exchange-foundation, …)" })
  target!: string;

  @Field(() => OnwardTargetKind, { description: "Must be the target's own kind" })
  targetKind!: OnwardTargetKind;

  @Field(() => LocalDateScalar)
  referredOn!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
