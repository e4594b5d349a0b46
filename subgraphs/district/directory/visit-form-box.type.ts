import { Field, ID, Int, ObjectType } from "type-graphql";
import { VisitFormBoxKind } from "../../../shared/directory/visit-form-box-kind";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** A box of 附件4 in the version in force, for the console (A8, A9, C1). Public data: agencies' numbers. */
@ObjectType("VisitFormBox", { description: "A box under 附件4's 「需要進一步關懷協助」, from 民政局's directory version in force (C1)" })
export class VisitFormBoxView {
  @Field({ description: "What the visit record stores when the box is ticked" })
  code!: string;

  @Field({ description: "As printed on the box" })
  label!: string;

  @Field(() => Int, { description: "Position on the form, from 1" })
  order!: number;

  @Field(() => VisitFormBoxKind, { description: "REFERRAL: another agency; INTERNAL: the district's own help (A9); OTHER: 其他" })
  kind!: VisitFormBoxKind;

  @Field(() => String, { nullable: true, description: "The directory code of the agency a tick reaches; null for 其他" })
  agencyCode!: string | null;

  @Field(() => String, { nullable: true, description: "That agency (or unit) as the directory names it" })
  agencyName!: string | null;

  @Field(() => String, { nullable: true, description: "Its public number, extension after #, for an urgent call (A9); null when the directory has none" })
  phone!: string | null;

  @Field({ description: "The box's bracketed text as printed" })
  description!: string;

  @Field({ description: "False for a box the city added to the printed form (A9: 勞動局, 教育局)" })
  printedOnForm!: boolean;

  @Field(() => [String], { description: "A partner agency's REFERRAL box (issue #9, C1): the needs a referral for it may carry (ReferralPlanInput.needs); empty otherwise" })
  needs!: string[];

  @Field(() => LocalDateScalar, { description: "The directory version the box comes from" })
  versionDate!: string;
}

/** The district's acknowledgement of a delivered version (the sender's outbox row is marked with its id). */
@ObjectType("ReceivedServiceDirectory", { description: "A directory version as the district stored it (issue #9, D3)" })
export class ReceivedServiceDirectory {
  @Field(() => ID)
  id!: string;

  @Field()
  city!: string;

  @Field(() => LocalDateScalar)
  versionDate!: string;

  @Field()
  receivedAt!: Date;
}
