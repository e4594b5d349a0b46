import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ChildCareCategory, ChildCareExclusionReason, SearchOutcome, VaccinationReferralCondition } from "../../../shared/domain/child-care";
import { Sex } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { BorderCrossing, ChildCareRecordSource, ChildCareReviewDecision } from "./child-care.enums";

/** The child as a sender knows it (docs/programme-b.md), shared by the intake and the imports. */
@InputType()
export abstract class ChildCareChildFields {
  @Field(() => ID, { nullable: true, description: "household's Person, when it has the child as one" })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: "身分證統一編號 or 居留證號" })
  idNumber?: string | null;

  @Field()
  name!: string;

  @Field(() => LocalDateScalar)
  birthDate!: string;

  @Field(() => Sex, { nullable: true })
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: "Matched on with name and birth date when no ID number is known" })
  motherName?: string | null;

  @Field(() => String, { nullable: true })
  motherIdNumber?: string | null;

  @Field({ description: "戶籍地 district (code, slug or name): which unit holds the case" })
  householdDistrict!: string;
}

/** docs/programme-b.md: social `receiveChildCareNotice`, from household, health, police and civil-affairs (D3). */
@InputType({ description: "B1: a child-care notice from a sender (idempotent by clientKey)" })
export class ChildCareNoticeInput extends ChildCareChildFields {
  @Field()
  clientKey!: string;

  @Field(() => ChildCareCategory)
  category!: ChildCareCategory;

  @Field(() => LocalDateScalar, { description: "The sender's date" })
  noticedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "B5: uninsured since (the NHIA's date)" })
  uninsuredSince?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "B4: the CDC's window, as given" })
  vaccinationWindowStart?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  vaccinationWindowEnd?: string | null;

  @Field(() => String, { nullable: true, description: "B6: who holds the disability certificate" })
  certificateHolder?: string | null;

  @Field(() => String, { nullable: true, description: "B6: the holder's relation to the child" })
  relation?: string | null;

  @Field(() => String, { nullable: true, description: "B7: the survey (附表4)" })
  surveyId?: string | null;

  @Field(() => String, { nullable: true, description: "B2/B3: the police search already asked" })
  searchRequestId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "B6: the six national systems' file flags the household as already served" })
  alreadyServed?: boolean | null;

  @Field(() => VaccinationReferralCondition, { nullable: true, description: "B4: which of (a)–(d) made the health unit refer the child" })
  vaccinationReferralCondition?: VaccinationReferralCondition | null;

  @Field(() => String, { nullable: true, description: "B4: the health unit's follow-up of the child (its reference)" })
  vaccinationFollowUpId?: string | null;

  @Field(() => SearchOutcome, { nullable: true, description: "B2, B3: what the police's search the office asked for found" })
  searchOutcome?: SearchOutcome | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "B2: the day the police found the child" })
  foundOn?: string | null;

  @Field(() => String, { nullable: true, description: "B2: where the police found the child and whom to reach there (a D3 copy)" })
  foundLocation?: string | null;
}

/** docs/programme-b.md: social `receiveChildFound`, from police when a search ends FOUND. */
@InputType({ description: "B9: the police found a child they were asked to search for (idempotent by clientKey)" })
export class ChildFoundInput {
  @Field()
  clientKey!: string;

  @Field({ description: "The search: social's request id (its reference), or the one a notice named" })
  searchRequestId!: string;

  @Field(() => LocalDateScalar)
  foundOn!: string;

  @Field(() => String, { nullable: true, description: "Where the child is (a D3 copy)" })
  location?: string | null;
}

@InputType({ description: "docs/feeds/entry-exit-records.md: one row of the immigration agency's file" })
export class EntryExitRecordInput {
  @Field({ description: "The file's own row key (a re-import takes each row once)" })
  rowKey!: string;

  @Field()
  idNumber!: string;

  @Field(() => BorderCrossing)
  direction!: BorderCrossing;

  @Field(() => LocalDateScalar)
  crossedOn!: string;
}

@InputType({ description: "docs/feeds/not-enrolled-children.md: one row of 附表二's list (B11, category 5)" })
export class NotEnrolledChildInput extends ChildCareChildFields {
  @Field({ description: "The file's own row key" })
  rowKey!: string;

  @Field(() => LocalDateScalar, { description: "The list's date (the education bureau's)" })
  listedOn!: string;

  @Field(() => String, { nullable: true, description: "The school the child was assigned to" })
  assignedSchool?: string | null;
}

@InputType({ description: "docs/feeds/children-in-custody.md: one row of 附表三's list (R8, category 6)" })
export class CustodyChildInput extends ChildCareChildFields {
  @Field({ description: "The file's own row key" })
  rowKey!: string;

  @Field(() => LocalDateScalar, { description: "The list's date (the correctional agency's)" })
  listedOn!: string;

  @Field({ description: "R8: PRISONER, REMAND_DETAINEE or SECURITY_MEASURES (收容人 of 附表三's title)" })
  custodyKind!: string;
}

@InputType({ description: "B3: one platform record matched on a case" })
export class ChildCareRecordMatchInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ChildCareRecordSource)
  source!: ChildCareRecordSource;

  @Field()
  found!: boolean;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => LocalDateScalar)
  matchedOn!: string;
}

@InputType({ description: "B9: the visit, the assessment and the treatment chosen" })
export class ChildCareVisitInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => LocalDateScalar)
  visitedOn!: string;

  @Field()
  assessment!: string;

  @Field()
  treatment!: string;
}

@InputType({ description: "B9: the closing review" })
export class ChildCareReviewInput {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ChildCareReviewDecision)
  decision!: ChildCareReviewDecision;

  @Field(() => LocalDateScalar)
  reviewedOn!: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

/** Why an import row was not taken: a code and the field, never the row's data. */
@ObjectType({ description: "An import row not taken, and why" })
export class ImportSkip {
  @Field()
  rowKey!: string;

  @Field({ description: "BAD_ROW (the field named), DUPLICATE_KEY (the key was used for other content)" })
  reason!: string;

  @Field(() => String, { nullable: true })
  field!: string | null;
}

@ObjectType({ description: "What an import took, excluded at screening and skipped" })
export class ImportReport {
  @Field(() => Int, { description: "Rows stored (again for a re-import: each row once)" })
  taken!: number;

  @Field(() => Int, { description: "Of those, notices screened out (a reason each, counted in the exclusions)" })
  excluded!: number;

  @Field(() => [ImportSkip])
  skipped!: ImportSkip[];
}

@ObjectType({ description: "B2–B6, R7: a notice screened out before any unit saw it (no personal data)" })
export class ChildCareExclusion {
  @Field(() => ID)
  id!: string;

  @Field(() => ChildCareCategory)
  category!: ChildCareCategory;

  @Field(() => ChildCareExclusionReason)
  reason!: ChildCareExclusionReason;

  @Field()
  senderService!: string;

  @Field()
  householdDistrictCode!: string;

  @Field(() => LocalDateScalar)
  noticedOn!: string;

  @Field(() => LocalDateScalar)
  screenedOn!: string;
}

@ObjectType({ description: "How many notices were excluded for a reason" })
export class ChildCareExclusionCount {
  @Field(() => ChildCareExclusionReason)
  reason!: ChildCareExclusionReason;

  @Field(() => Int)
  count!: number;
}
