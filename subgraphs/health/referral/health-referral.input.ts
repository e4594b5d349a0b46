import { Field, ID, InputType } from "type-graphql";
import { HealthNeed, HealthServiceUnit, ReferralStatus } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** D3: the district's hand-off to 衛生局 (A9), retried safely under the same clientKey. */
@InputType({ description: "A9: a district's referral to 衛生局 (idempotent by clientKey)" })
export class HealthReferralInput {
  @Field({ description: "Sender's idempotency key (8–100 characters: letters, digits, . _ : -)" })
  clientKey!: string;

  @Field(() => ID, { description: "Key of the district's CareCase" })
  careCaseId!: string;

  @Field(() => ID, { description: "Key of household's Person" })
  personId!: string;

  @Field(() => [HealthNeed], { description: "One or more; COUNSELLING alone routes to 社區心理衛生中心" })
  needs!: HealthNeed[];

  @Field(() => String, { nullable: true, description: "The district's account of the need (sensitive)" })
  description?: string | null;

  @Field(() => String, { nullable: true, description: "Whom the nurse should contact (from 附件4): the referral carries it, so the receiving centre need not read household's records" })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  contactAddress?: string | null;

  @Field({ description: "Referring district (code, slug or name); its 健康服務中心 takes the case" })
  referringDistrict!: string;

  @Field(() => LocalDateScalar)
  referredOn!: string;
}

@InputType({ description: "Filters of the health referrals list" })
export class HealthReferralFilter {
  @Field(() => String, { nullable: true, description: "健康服務中心 by district code, slug or name" })
  healthCentre?: string | null;

  @Field(() => HealthServiceUnit, { nullable: true })
  serviceUnit?: HealthServiceUnit | null;

  @Field(() => ReferralStatus, { nullable: true })
  status?: ReferralStatus | null;
}
