import { Field, InputType, Int } from "type-graphql";
import { LocalDateScalar } from "../graphql/scalars";
import { VisitFormBoxKind } from "./visit-form-box-kind";

/** One box of 附件4 as the district needs it: what to print and whom a tick reaches (A8, A9). */
@InputType("VisitFormBoxNotice")
export class VisitFormBoxNotice {
  @Field({ description: "Stable across versions; the visit record stores it" })
  code!: string;

  @Field({ description: "As printed on the box (社會局…)" })
  label!: string;

  @Field(() => Int, { description: "Position on the form, from 1" })
  order!: number;

  @Field(() => VisitFormBoxKind)
  kind!: VisitFormBoxKind;

  @Field(() => String, { nullable: true, description: "The directory code of the agency a tick reaches (null for 其他)" })
  agencyCode!: string | null;

  @Field(() => String, { nullable: true, description: "That agency's (or its unit's) name in the directory" })
  agencyName!: string | null;

  @Field(() => String, { nullable: true, description: "That agency's (or its unit's) public phone, extension after #; null when the directory has none" })
  phone!: string | null;

  @Field({ description: "The box's bracketed text as printed" })
  description!: string;

  @Field({ description: "False for a box the city added to the printed form (A9: 勞動局, 教育局)" })
  printedOnForm!: boolean;

  @Field(() => [String], { nullable: true, description: "A partner agency's REFERRAL box (issue #9): the needs a referral may carry; none for the others" })
  needs?: string[] | null;
}

/**
 * A directory version as 民政局 hands it to the district (D3, issue #9): the city, the date from which
 * it is in force, and its visit-form boxes. No personal data: agencies' public numbers only.
 */
@InputType("ServiceDirectoryNotice")
export class ServiceDirectoryNotice {
  @Field({ description: "民政局's outbox row id: a retry is the same key (D3)" })
  clientKey!: string;

  @Field()
  city!: string;

  @Field(() => LocalDateScalar, { description: "The version's date: in force from that day" })
  versionDate!: string;

  @Field(() => [VisitFormBoxNotice])
  boxes!: VisitFormBoxNotice[];
}
