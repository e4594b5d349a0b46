import { Directive, Field, ID, Int, ObjectType } from "type-graphql";

/**
 * An owning organisation's retention period (issue #9, A9, PDPA art. 11): null is "off", the
 * default, so nothing is ever deleted until the owner decides. Shared by every agency with the kit.
 */
@ObjectType("RetentionSetting", { description: "How long an organisation keeps closed cases and their records after closing (A9: at least 12 months)" })
@Directive("@shareable")
export class RetentionSetting {
  @Field({ description: "The owning organisation (a district, a social unit, a health centre)" })
  org!: string;

  @Field(() => Int, { nullable: true, description: "Months after closing; null: off, nothing is purged" })
  periodMonths!: number | null;

  @Field(() => Date, { nullable: true, description: "When the owner last set it; null when never set" })
  setAt!: Date | null;

  @Field(() => String, { nullable: true, description: "Who set it (staff id, never a name)" })
  setBy!: string | null;
}

/** A legal hold (issue #9): a subject that is kept past its retention until the hold is lifted. */
@ObjectType("LegalHold", { description: "A hold that keeps one closed case or referral from being purged (issue #9)" })
@Directive("@shareable")
export class LegalHold {
  @Field(() => ID)
  id!: string;

  @Field({ description: "What is held, e.g. CareCase" })
  subjectType!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field({ description: "The organisation that placed it" })
  org!: string;

  @Field({ description: "Why (a court order, an investigation); no personal data belongs here" })
  reason!: string;

  @Field()
  placedBy!: string;

  @Field()
  placedByRole!: string;

  @Field()
  placedAt!: Date;

  @Field(() => String, { nullable: true })
  liftedBy!: string | null;

  @Field(() => String, { nullable: true })
  liftedByRole!: string | null;

  @Field(() => Date, { nullable: true })
  liftedAt!: Date | null;

  @Field(() => String, { nullable: true })
  liftReason!: string | null;
}

/** The fields of the two types, open to the owner role in an agency's policy (no personal data). */
export const RETENTION_SETTING_FIELDS = ["org", "periodMonths", "setAt", "setBy"] as const;
export const LEGAL_HOLD_FIELDS = [
  "id", "subjectType", "subjectId", "org", "reason", "placedBy", "placedByRole", "placedAt", "liftedBy", "liftedByRole", "liftedAt", "liftReason",
] as const;
