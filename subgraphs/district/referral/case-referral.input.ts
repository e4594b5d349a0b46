import { Field, ID, InputType } from "type-graphql";

/**
 * A9: what 人文課 decides when it refers a case; everything else the referral carries comes from the
 * district's own records (the case, its 附件4), never retyped (issue #8).
 */
@InputType({ description: "A9: refer a case to the agency its 附件4 ticked" })
export class ReferCaseInput {
  @Field(() => ID)
  careCaseId!: string;

  // Issue #9 (C1): a String, the ticked REFERRAL box's code (visitFormBoxes), checked against the record and the form.
  @Field({ description: "The REFERRAL box the filed 附件4 ticked (SOCIAL_WELFARE_BUREAU, LABOUR_BUREAU, or a box the city added)" })
  target!: string;

  // Strings, not one enum: each target takes its own agency's values (SocialNeed, HealthNeed), checked against the target before anything is written.
  @Field(() => [String], {
    description: "At least one of the target's needs: SOCIAL_WELFARE_BUREAU takes SocialNeed values, HEALTH_BUREAU HealthNeed values, a partner agency's box its needs in visitFormBoxes",
  })
  needs!: string[];

  @Field(() => String, { nullable: true, description: "What the district found, for the receiving unit (sensitive)" })
  description?: string | null;
}
