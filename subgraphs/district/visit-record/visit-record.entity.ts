import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { SignOffRole, VisitOutcome } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** A8: the service item printed on 附件4. */
export const DEFAULT_SERVICE_ITEM = "關懷訪視";

/**
 * Issue #9 (A8): 附件4 is handed in as a draft, signed level by level in the district's order, and
 * filed by 人文課 once every level signed; only a filed record's outcome applies (A9).
 */
export enum VisitRecordState {
  DRAFT = "DRAFT",
  SIGNING = "SIGNING",
  FILED = "FILED",
}

registerEnumType(VisitRecordState, { name: "VisitRecordState", description: "A8: 附件4 handed in (DRAFT), being signed (SIGNING), filed by 人文課 (FILED)" });

/** A9: a referral the draft asks for, sent at filing (the box's agency, its own needs, what was found). */
export interface PlannedReferral {
  /** The REFERRAL box ticked. */
  readonly target: string;
  /** Issue #9 (C1): the box's agency on the form the draft was checked against; absent in drafts planned before. */
  readonly agencyCode?: string;
  readonly needs: string[];
  readonly description: string | null;
}

/**
 * 附件4 關懷訪視紀錄表 (A8): the visit record the visiting district writes (A5), one per case,
 * signed in order and filed by 人文課. Its outcome closes or refers the case at filing (A9).
 */
@Entity({ name: "visit_records" })
@ObjectType({ description: "附件4 關懷訪視紀錄表: the visit record of a care case (A8)" })
export class VisitRecord {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Column({ name: "care_case_id", type: "uuid" })
  careCaseId!: string;

  @Field({ description: "區: district code of the visiting district" })
  @Column({ name: "district_code", type: "varchar", length: 8 })
  districtCode!: string;

  @Field({ description: "里" })
  @Column({ type: "varchar", length: 20 })
  village!: string;

  @Field({ description: "服務項目 (關懷訪視)" })
  @Column({ name: "service_item", type: "varchar", length: 40 })
  serviceItem!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "訪視日期 (absent when nobody was met)" })
  @Column({ name: "visited_on", type: "date", nullable: true })
  visitedOn!: string | null;

  @Field({ description: "受訪者姓名" })
  @Column({ name: "visited_person_name", type: "varchar", length: 60 })
  visitedPersonName!: string;

  @Field(() => String, { nullable: true, description: "受訪者電話" })
  @Column({ name: "visited_person_phone", type: "varchar", length: 20, nullable: true })
  visitedPersonPhone!: string | null;

  @Field({ description: "受訪者地址" })
  @Column({ name: "visited_person_address", type: "text" })
  visitedPersonAddress!: string;

  @Field(() => VisitRecordState, { description: "A8 (issue #9): draft, signing, or filed by 人文課" })
  @Column({ type: "varchar", length: 8 })
  state!: VisitRecordState;

  @Field(() => VisitOutcome, { description: "服務概況 (A8: the column over the outcome boxes): 訪視未遇 / 一切安好 / 需協助" })
  @Column({ type: "varchar", length: 12 })
  outcome!: VisitOutcome;

  @Field(() => LocalDateScalar, { nullable: true, description: "A7: 第1次未遇日期" })
  @Column({ name: "first_missed_on", type: "date", nullable: true })
  firstMissedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "A7: 第2次未遇日期" })
  @Column({ name: "second_missed_on", type: "date", nullable: true })
  secondMissedOn!: string | null;

  @Field(() => [String], { description: "服務概況 › 需協助: the ticked boxes' codes (any number, A8; the visit form's, visitFormBoxes)" })
  @Column({ type: "text", array: true })
  needs!: string[];

  @Field(() => String, { nullable: true, description: "服務概況 › 需協助 › 其他: description, when OTHER is ticked" })
  @Column({ name: "needs_other", type: "text", nullable: true })
  needsOther!: string | null;

  @Field(() => String, { nullable: true, description: "反映事項" })
  @Column({ name: "matters_raised", type: "text", nullable: true })
  mattersRaised!: string | null;

  @Field(() => String, { nullable: true, description: "辦理情形" })
  @Column({ type: "text", nullable: true })
  handling!: string | null;

  /** Issue #9: the district's sign-off levels when the record was handed in, in order (a later change of the district's levels does not move a record being signed). */
  @Field(() => [SignOffRole], { description: "核章: the levels that must sign, in order (the district's levels when handed in)" })
  @Column({ name: "required_levels", type: "text", array: true })
  requiredLevels!: SignOffRole[];

  /** A9 (issue #9): the referrals to send at filing, one per ticked box the system refers; the district's own notes (sensitive), not a field. */
  @Column({ name: "planned_referrals", type: "jsonb" })
  plannedReferrals!: PlannedReferral[];

  @Field(() => LocalDateScalar, { nullable: true, description: "人文課 filing date; absent until filed" })
  @Column({ name: "filed_on", type: "date", nullable: true })
  filedOn!: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
