import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { HealthNeed, HealthServiceUnit, ReferralStatus } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/**
 * A referral to 衛生局 received from a district (A9, D3: the receiving side of the hand-off). By
 * default the district's 健康服務中心 serves it (a public-health nurse assesses by phone or visit);
 * counselling alone goes to the 社區心理衛生中心 (A10).
 */
@Entity({ name: "referrals" })
@ObjectType({ description: "A9/A10: a referral received by 衛生局 from a district" })
@Directive('@key(fields: "id")')
export class HealthReferral {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field({ description: "Idempotency key the district sent with the hand-off (D3)" })
  @Column({ name: "client_key", type: "varchar", length: 100 })
  clientKey!: string;

  @Field(() => ID, { description: "Key of the referring district's CareCase" })
  @Column({ name: "care_case_id", type: "uuid" })
  careCaseId!: string;

  @Field(() => ID, { description: "Key of household's Person (mother, child or spouse) to be served" })
  @Column({ name: "person_id", type: "uuid" })
  personId!: string;

  @Field(() => [HealthNeed], { description: "附件4 衛生局 box: pre/post-natal, newborn, medical, counselling" })
  @Column({ type: "text", array: true })
  needs!: HealthNeed[];

  @Field(() => String, { nullable: true, description: "The district's account of the need (sensitive health data)" })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "受轉介者姓名: whom to contact, as the district gave it with the referral (A8 附件4; this agency's own copy, D3)" })
  @Column({ name: "contact_name", type: "varchar", length: 60, nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true, description: "The contact's phone, as the district gave it" })
  @Column({ name: "contact_phone", type: "varchar", length: 20, nullable: true })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true, description: "The contact's address, as the district gave it" })
  @Column({ name: "contact_address", type: "varchar", length: 200, nullable: true })
  contactAddress!: string | null;

  @Field({ description: "Code of the district whose 區公所 referred the family" })
  @Column({ name: "referring_district_code", type: "varchar", length: 8 })
  referringDistrictCode!: string;

  @Field({ description: "健康服務中心: district code of the centre responsible (the referring district)" })
  @Column({ name: "health_centre_code", type: "varchar", length: 8 })
  healthCentreCode!: string;

  @Field(() => LocalDateScalar, { description: "Date the district made the referral" })
  @Column({ name: "referred_on", type: "date" })
  referredOn!: string;

  @Field({ description: "When 衛生局 entered the referral (登錄系統日期)" })
  @Column({ name: "received_at", type: "timestamptz" })
  receivedAt!: Date;

  @Field(() => HealthServiceUnit, { description: "A10: 健康服務中心, or 社區心理衛生中心 for counselling only" })
  @Column({ name: "service_unit", type: "varchar", length: 32 })
  serviceUnit!: HealthServiceUnit;

  @Field(() => ReferralStatus)
  @Column({ type: "varchar", length: 12 })
  status!: ReferralStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: "Closed when a reassessment finds no further need (A10)" })
  @Column({ name: "closed_on", type: "date", nullable: true })
  closedOn!: string | null;

  /** Set by the scoped loaders: whether the caller may see this row's fields (issue #4). */
  inScope?: boolean;

  @Field({ description: "Row creation time (the same instant as receivedAt)" })
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
