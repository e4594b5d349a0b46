import { Field, ID, InputType } from "type-graphql";
import { HelpNeed, VisitOutcome } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { ReferralTarget } from "../referral/case-referral.entity";

/** A9 (issue #9): what 人文課 refers for one ticked box; sent when the record is filed. */
@InputType({ description: "A9: the referral to send at filing for one ticked 附件4 box" })
export class ReferralPlanInput {
  @Field(() => ReferralTarget)
  target!: ReferralTarget;

  // Strings, not one enum: each target takes its own agency's values, checked against REFERRAL_ROUTES.
  @Field(() => [String], { description: "At least one of the target's own needs (SOCIAL_WELFARE_BUREAU: SocialNeed; HEALTH_BUREAU: HealthNeed; …)" })
  needs!: string[];

  @Field(() => String, { nullable: true, description: "What the district found, for the receiving unit (sensitive)" })
  description?: string | null;
}

/**
 * 附件4 as the 里幹事 hands it in (A8, issue #9: a draft, signed and then filed); district and
 * village come from the case (A5: the visiting district).
 */
@InputType({ description: "附件4 關懷訪視紀錄表 (A8), handed in for sign-off" })
export class VisitRecordInput {
  @Field(() => ID)
  careCaseId!: string;

  @Field({ nullable: true, description: "服務項目; default 關懷訪視" })
  serviceItem?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "訪視日期: required unless the outcome is MISSED" })
  visitedOn?: string;

  @Field({ description: "受訪者姓名" })
  visitedPersonName!: string;

  @Field({ nullable: true, description: "受訪者電話" })
  visitedPersonPhone?: string;

  @Field({ description: "受訪者地址" })
  visitedPersonAddress!: string;

  @Field(() => VisitOutcome)
  outcome!: VisitOutcome;

  @Field(() => LocalDateScalar, { nullable: true, description: "A7: 第1次未遇日期; required when MISSED" })
  firstMissedOn?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "A7: 第2次未遇日期 (MISSED only)" })
  secondMissedOn?: string;

  @Field(() => [HelpNeed], { nullable: true, description: "服務概況 › 需協助 boxes: at least one for NEEDS_HELP, none otherwise" })
  needs?: HelpNeed[];

  @Field({ nullable: true, description: "Required when needs include OTHER" })
  needsOther?: string;

  @Field({ nullable: true, description: "反映事項" })
  mattersRaised?: string;

  @Field({ nullable: true, description: "辦理情形" })
  handling?: string;

  @Field(() => [ReferralPlanInput], {
    nullable: true,
    description: "A9: one referral per ticked box the platform refers (社會局, 衛生局, …), none for others; sent at filing",
  })
  referrals?: ReferralPlanInput[];
}
