import { Field, ID, InputType } from "type-graphql";
import { VisitOutcome } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** A9 (issue #9): what 人文課 refers for one ticked box; sent when the record is filed. */
@InputType({ description: "A9: the referral to send at filing for one ticked 附件4 box" })
export class ReferralPlanInput {
  // Issue #9 (C1): a String, the REFERRAL box's code on the visit form in force (a box the city adds is one), checked against it.
  @Field({ description: "The ticked REFERRAL box of the visit form in force (visitFormBoxes: SOCIAL_WELFARE_BUREAU, LABOUR_BUREAU, …)" })
  target!: string;

  // Strings, not one enum: each target takes its own agency's values, checked against its route (referral-targets.ts).
  @Field(() => [String], { description: "At least one of the target's own needs (SOCIAL_WELFARE_BUREAU: SocialNeed; HEALTH_BUREAU: HealthNeed; a partner agency's box: its needs in visitFormBoxes)" })
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

  // Issue #9 (C1): box codes of the visit form in force (visitFormBoxes), not an enum, so a box the city adds is tickable.
  @Field(() => [String], { nullable: true, description: "服務概況 › 需協助: the ticked boxes' codes (visitFormBoxes); at least one for NEEDS_HELP, none otherwise" })
  needs?: string[];

  @Field({ nullable: true, description: "Required when needs include the 其他 box (OTHER)" })
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
