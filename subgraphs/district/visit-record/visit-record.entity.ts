import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { HelpNeed, SignOffRole, VisitOutcome } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/** A8: the service item printed on 附件4. */
export const DEFAULT_SERVICE_ITEM = "關懷訪視";

/**
 * 附件4 關懷訪視紀錄表 (A8): the visit record the visiting district writes (A5), one per case,
 * filed by 人文課. Its outcome closes or refers the case (A9).
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

  @Field(() => VisitOutcome, { description: "訪視未遇 / 一切安好 / 需協助" })
  @Column({ type: "varchar", length: 12 })
  outcome!: VisitOutcome;

  @Field(() => LocalDateScalar, { nullable: true, description: "A7: 第1次未遇日期" })
  @Column({ name: "first_missed_on", type: "date", nullable: true })
  firstMissedOn!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "A7: 第2次未遇日期" })
  @Column({ name: "second_missed_on", type: "date", nullable: true })
  secondMissedOn!: string | null;

  @Field(() => [HelpNeed], { description: "需協助: the ticked boxes (any number, A8)" })
  @Column({ type: "text", array: true })
  needs!: HelpNeed[];

  @Field(() => String, { nullable: true, description: "其他: description, when OTHER is ticked" })
  @Column({ name: "needs_other", type: "text", nullable: true })
  needsOther!: string | null;

  @Field(() => String, { nullable: true, description: "服務概況" })
  @Column({ name: "service_summary", type: "text", nullable: true })
  serviceSummary!: string | null;

  @Field(() => String, { nullable: true, description: "反映事項" })
  @Column({ name: "matters_raised", type: "text", nullable: true })
  mattersRaised!: string | null;

  @Field(() => String, { nullable: true, description: "辦理情形" })
  @Column({ type: "text", nullable: true })
  handling!: string | null;

  @Field(() => [SignOffRole], { description: "核章: who signed, in the form's order" })
  @Column({ name: "signed_off_by", type: "text", array: true })
  signedOffBy!: SignOffRole[];

  @Field(() => LocalDateScalar, { description: "人文課 filing date" })
  @Column({ name: "filed_on", type: "date" })
  filedOn!: string;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
