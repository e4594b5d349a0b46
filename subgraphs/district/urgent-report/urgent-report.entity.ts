import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { UrgentReportKind, UrgentReportOutcome, UrgentReportTarget } from "./urgent-report.enums";

/**
 * 緊急通報: an urgent report the visiting district made "when necessary" (A9), by phone or to an
 * outside body such as the 家庭暴力防治中心 (A13), as its own record. It names its subject person by
 * key, apart from the case, so a child-protection report (B10, 兒少權法 art. 53/54) can later be
 * about a child of the family, or be filed by another agency.
 */
@Entity({ name: "urgent_reports" })
@ObjectType({ description: "緊急通報: an urgent report by phone or to an outside body (A9, A13, B10)" })
@Directive('@key(fields: "id")')
export class UrgentReport {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field({ description: "The recording client's idempotency key (a retry never duplicates the report)" })
  @Column({ name: "client_key", type: "varchar", length: 100 })
  clientKey!: string;

  /** The district's care case; null for a child-protection report filed on a child by any role (B10). */
  @Column({ name: "care_case_id", type: "uuid", nullable: true })
  careCaseId!: string | null;

  /** B10: who filed a child-protection report (role and organisation, no name): social's copy says so. */
  @Column({ name: "filed_by_role", type: "varchar", length: 40, nullable: true })
  filedByRole!: string | null;

  @Column({ name: "filed_by_org", type: "varchar", length: 40, nullable: true })
  filedByOrg!: string | null;

  /** B10: social's child-care case the filer named (social's key, D3), when it knew one. */
  @Column({ name: "child_care_case_id", type: "uuid", nullable: true })
  childCareCaseId!: string | null;

  /** The person the report is about (household's Person key, D2); the audit log's subject. */
  @Column({ name: "subject_person_id", type: "uuid" })
  subjectPersonId!: string;

  @Field(() => UrgentReportKind)
  @Column({ type: "varchar", length: 24 })
  kind!: UrgentReportKind;

  @Field(() => UrgentReportTarget, { description: "通報對象" })
  @Column({ type: "varchar", length: 32 })
  target!: UrgentReportTarget;

  @Field(() => String, { nullable: true, description: "其他: the body reported to, when the target is OTHER" })
  @Column({ name: "target_other", type: "varchar", length: 100, nullable: true })
  targetOther!: string | null;

  @Field({ description: "通報日期時間 (R2: shown in Asia/Taipei by the console)" })
  @Column({ name: "reported_at", type: "timestamptz" })
  reportedAt!: Date;

  @Field({ description: "通報人: who called or reported" })
  @Column({ name: "reporter_name", type: "varchar", length: 60 })
  reporterName!: string;

  @Field(() => String, { nullable: true, description: "受理人: to whom (who took the call or the report)" })
  @Column({ name: "recipient_name", type: "varchar", length: 60, nullable: true })
  recipientName!: string | null;

  @Field(() => String, { nullable: true, description: "通報內容: may hold violence details" })
  @Column({ type: "text", nullable: true })
  summary!: string | null;

  @Field(() => UrgentReportOutcome, { description: "成案 or not (A13)" })
  @Column({ type: "varchar", length: 16 })
  outcome!: UrgentReportOutcome;

  @Field(() => Date, { nullable: true, description: "When the body's answer was recorded" })
  @Column({ name: "outcome_recorded_at", type: "timestamptz", nullable: true })
  outcomeRecordedAt!: Date | null;

  /** Set by the scoped loaders from the report's care case (issue #4). */
  inScope?: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
