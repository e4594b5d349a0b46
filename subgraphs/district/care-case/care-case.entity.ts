import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { CareCaseClosure, CareCaseStatus, CaseType, VisitMode } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/**
 * 列管案件: the district's care case, opened by a consent hand-over from a household office
 * (A4, D3) and followed by 人文課 until it is closed or referred (A6, A7, A9). The district of the
 * visit address handles it (A5, R5).
 */
@Entity({ name: "care_cases" })
@ObjectType({ description: "列管案件: a district care case opened from a consent hand-over (A4–A7, A9)" })
@Directive('@key(fields: "id")')
export class CareCase {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field({ description: "The sender's idempotency key of the hand-off (D3)" })
  @Column({ name: "client_key", type: "varchar", length: 100 })
  clientKey!: string;

  @Column({ name: "consent_inquiry_id", type: "uuid" })
  consentInquiryId!: string;

  /** 附件3: the ledger whose intake opened the case (issue #8); null for cases from before ledgers. */
  @Column({ name: "handover_ledger_id", type: "uuid", nullable: true })
  handoverLedgerId!: string | null;

  @Column({ name: "person_id", type: "uuid" })
  personId!: string;

  @Field(() => CaseType, { description: "洽公項目" })
  @Column({ name: "case_type", type: "varchar", length: 24 })
  caseType!: CaseType;

  @Field({ description: "受理戶所: district code of the household office that recorded the case" })
  @Column({ name: "receiving_office_code", type: "varchar", length: 8 })
  receivingOfficeCode!: string;

  @Field({ description: "區: district code of the visit address; this district handles the case (A5, R5)" })
  @Column({ name: "visit_district_code", type: "varchar", length: 8 })
  visitDistrictCode!: string;

  @Field({ description: "戶籍地 district code: social assistance is referred to its 社會課 (A5)" })
  @Column({ name: "household_district_code", type: "varchar", length: 8 })
  householdDistrictCode!: string;

  @Field({ description: "里 of the visit address: routes the case to a 里幹事" })
  @Column({ type: "varchar", length: 20 })
  village!: string;

  @Field(() => Int, { nullable: true, description: "鄰 of the visit address" })
  @Column({ type: "int", nullable: true })
  neighbourhood!: number | null;

  @Field(() => VisitMode, { description: "到府 (HOME) or 電話訪視 (PHONE), as the family asked" })
  @Column({ name: "requested_mode", type: "varchar", length: 8 })
  requestedMode!: VisitMode;

  @Field(() => CareCaseStatus)
  @Column({ type: "varchar", length: 24 })
  status!: CareCaseStatus;

  @Field({ description: "When the office handed the case over (A4)" })
  @Column({ name: "handed_over_at", type: "timestamptz" })
  handedOverAt!: Date;

  @Field(() => Date, { nullable: true, description: "A4: when 人文課 acknowledged receipt (附件3 returned)" })
  @Column({ name: "acknowledged_at", type: "timestamptz", nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "A6: why 人文課 last sent the case back to the office for correction" })
  @Column({ name: "return_reason", type: "varchar", length: 500, nullable: true })
  returnReason!: string | null;

  @Field(() => Date, { nullable: true, description: "A6: when the case was last sent back for correction" })
  @Column({ name: "returned_at", type: "timestamptz", nullable: true })
  returnedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "A6: the 人文課 officer who sent it back (staff identifier)" })
  @Column({ name: "returned_by", type: "varchar", length: 64, nullable: true })
  returnedBy!: string | null;

  /** The sender's key of the last correction received (D3): a retried delivery is answered, not applied twice. */
  @Column({ name: "correction_key", type: "varchar", length: 100, nullable: true })
  correctionKey!: string | null;

  @Field(() => Date, { nullable: true, description: "A6: when the corrected case last arrived back from the office" })
  @Column({ name: "corrected_at", type: "timestamptz", nullable: true })
  correctedAt!: Date | null;

  @Field(() => String, { nullable: true, description: "里幹事 assigned (A6): staff identifier, the token subject" })
  @Column({ name: "assigned_officer_id", type: "varchar", length: 64, nullable: true })
  assignedOfficerId!: string | null;

  @Field(() => String, { nullable: true, description: "里幹事 assigned (A6): name" })
  @Column({ name: "assigned_officer_name", type: "varchar", length: 60, nullable: true })
  assignedOfficerName!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "結案日期" })
  @Column({ name: "closed_on", type: "date", nullable: true })
  closedOn!: string | null;

  @Field(() => CareCaseClosure, { nullable: true, description: "Why the case was closed" })
  @Column({ type: "varchar", length: 24, nullable: true })
  closure!: CareCaseClosure | null;

  @Field(() => String, { nullable: true, description: "A6 (issue #9): why the office withdrew the case after a return (closure RETURNED_TO_OFFICE)" })
  @Column({ name: "withdrawal_reason", type: "varchar", length: 500, nullable: true })
  withdrawalReason!: string | null;

  @Field(() => Date, { nullable: true, description: "A6 (issue #9): when the office's withdrawal arrived" })
  @Column({ name: "withdrawn_at", type: "timestamptz", nullable: true })
  withdrawnAt!: Date | null;

  /** The sender's key of the withdrawal received (D3): a retried delivery is answered, not applied twice. */
  @Column({ name: "withdrawal_key", type: "varchar", length: 100, nullable: true })
  withdrawalKey!: string | null;

  /** Set by the scoped loaders: whether the caller may see this row's fields (issue #4). */
  inScope?: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
