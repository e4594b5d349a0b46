import { Directive, Field, Int, ObjectType } from "type-graphql";
import { CaseType, ChildCareCategory, ChildCareExclusionReason, OriginCountry, ReferralStatus, VaccinationReferralCondition, VisitDecision } from "../graphql/enums";
import { DeadlineOutcome, StatisticsDimension } from "./dimensions";

/**
 * One figure of 民政局's statistics (A11, issue #10): a count and the breakdown it is for. Only the
 * dimensions the table is grouped by are set. A count below the minimum cell, or one withheld so
 * that the totals cannot give a small one back, is null with `suppressed` (see suppression.ts).
 * Shared by every agency that reports (one shape for the analyst), hence @shareable.
 */
@ObjectType({ description: "A11: one figure of the statistics; count null when suppressed" })
@Directive("@shareable")
export class StatisticsCell {
  @Field(() => String, { nullable: true, description: "YYYY-MM, when grouped by MONTH" })
  month!: string | null;

  @Field(() => String, { nullable: true, description: "District code of the office or district, when grouped by OFFICE or DISTRICT" })
  area!: string | null;

  @Field(() => CaseType, { nullable: true, description: "洽公項目, when grouped by CASE_TYPE" })
  caseType!: CaseType | null;

  @Field(() => OriginCountry, { nullable: true, description: "原屬國籍或地區, when grouped by ORIGIN" })
  origin!: OriginCountry | null;

  @Field(() => VisitDecision, { nullable: true, description: "附件1's decision, when grouped by DECISION" })
  decision!: VisitDecision | null;

  @Field(() => String, { nullable: true, description: "A12: the receiving agency's need (its own value), on referral tables grouped by NEED" })
  need!: string | null;

  @Field(() => String, { nullable: true, description: "A10: the serving unit (its own value), on referral tables grouped by UNIT" })
  unit!: string | null;

  @Field(() => DeadlineOutcome, { nullable: true, description: "B12: how the step ended, on timeliness tables" })
  outcome!: DeadlineOutcome | null;

  @Field(() => ReferralStatus, { nullable: true, description: "A10: where the referrals stand (RECEIVED: not yet accepted; IN_SERVICE; CLOSED), on referral outcome tables" })
  status!: ReferralStatus | null;

  @Field(() => ChildCareCategory, { nullable: true, description: "B1: the child-care category, on programme B tables grouped by CATEGORY" })
  category!: ChildCareCategory | null;

  @Field(() => ChildCareExclusionReason, { nullable: true, description: "B2–B6, R7: why the notices were excluded, on the exclusions table" })
  exclusionReason!: ChildCareExclusionReason | null;

  @Field(() => String, { nullable: true, description: "B9: where the child-care cases stand (social's own value: OPEN, IN_REVIEW, CLOSED), on the cases table" })
  caseState!: string | null;

  @Field(() => VaccinationReferralCondition, { nullable: true, description: "B4 (a)–(d): why health referred the children to social units, on the vaccination referrals table" })
  referralCondition!: VaccinationReferralCondition | null;

  @Field(() => Int, { nullable: true, description: "The count; null when suppressed" })
  count!: number | null;

  @Field({ description: "Withheld as a small cell or to protect one (issue #10)" })
  suppressed!: boolean;
}

/** A table of the statistics: its cells, its one-way totals, and its grand total, all after suppression. */
@ObjectType({ description: "A11: one table of the statistics, suppressed as a whole" })
@Directive("@shareable")
export class StatisticsTable {
  @Field(() => [StatisticsDimension], { description: "The requested dimensions this table is kept by (others are summed over)" })
  groupedBy!: StatisticsDimension[];

  @Field(() => [StatisticsCell], { description: "One cell per combination present (absent combinations are zero)" })
  cells!: StatisticsCell[];

  @Field(() => [StatisticsCell], { description: "Totals over every other dimension, one set per dimension (with two or more)" })
  totals!: StatisticsCell[];

  @Field(() => StatisticsCell, { description: "The grand total" })
  total!: StatisticsCell;
}

/** The fields of the two types, for each agency's policy.ts (no personal data: counts of groups). */
export const STATISTICS_CELL_FIELDS = [
  "month", "area", "caseType", "origin", "decision", "need", "unit", "outcome", "status", "category", "exclusionReason", "caseState", "referralCondition", "count", "suppressed",
] as const;
export const STATISTICS_TABLE_FIELDS = ["groupedBy", "cells", "totals", "total"] as const;
