import { Field, ID, InputType } from "type-graphql";
import { ReferralStatus, SocialNeed, SocialServiceUnit } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** D3: what a district sends when it refers a family to 社會局 (A9). */
@InputType({ description: "A9: a district's referral to 社會局 (idempotent by clientKey)" })
export class SocialReferralInput {
  @Field({ description: "The sender's idempotency key: 8–100 of letters, digits and . _ : -" })
  clientKey!: string;

  @Field(() => ID, { description: "The district's CareCase" })
  careCaseId!: string;

  @Field(() => ID, { description: "household's Person to be served" })
  personId!: string;

  @Field(() => [SocialNeed], { description: "At least one" })
  needs!: SocialNeed[];

  @Field(() => String, { nullable: true, description: "What the district found (sensitive)" })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Whom the social worker should contact (from 附件4): the referral carries it, so the receiving unit need not read household's records" })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  contactAddress?: string | null;

  @Field({ description: "Referring district: code, slug or name (e.g. 63000010, songshan, 松山區)" })
  referringDistrict!: string;

  @Field(() => LocalDateScalar)
  referredOn!: string;
}

@InputType({ description: "Filters of the social referrals list" })
export class SocialReferralFilter {
  @Field(() => SocialServiceUnit, { nullable: true })
  serviceUnit?: SocialServiceUnit | null;

  @Field(() => ReferralStatus, { nullable: true })
  status?: ReferralStatus | null;
}
