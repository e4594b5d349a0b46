import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { ReferralStatus, SocialNeed, SocialServiceUnit } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";

/**
 * A referral to 社會局 received from a district (A9, D3: the intake row of the hand-off). It keys
 * the district's CareCase and household's Person; 社會局 serves it at a care point (東西南北區關懷據點)
 * or, for serious cases, at the 新移民婦女暨家庭服務中心 (A10).
 */
@Entity({ name: "referrals" })
@ObjectType({ description: "A9/A10: a referral received by 社會局 from a district" })
@Directive('@key(fields: "id")')
export class SocialReferral {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field({ description: "The referring district's idempotency key for this hand-off (D3)" })
  @Column({ name: "client_key", type: "varchar", length: 100 })
  clientKey!: string;

  @Field(() => ID, { description: "Key of the district's care case (列管案件) that referred the family" })
  @Column({ name: "care_case_id", type: "uuid" })
  careCaseId!: string;

  @Field(() => ID, { description: "Key of the person (household's Person) the social worker serves" })
  @Column({ name: "person_id", type: "uuid" })
  personId!: string;

  @Field(() => [SocialNeed], { description: "附件4 社會局 box: family, divorce, death, domestic violence (A12)" })
  @Column({ type: "text", array: true })
  needs!: SocialNeed[];

  @Field(() => String, { nullable: true, description: "What the district reported (may describe violence: sensitive)" })
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

  @Field({ description: "District code of the referring 區公所" })
  @Column({ name: "referring_district_code", type: "varchar", length: 8 })
  referringDistrictCode!: string;

  @Field(() => LocalDateScalar, { description: "轉介日期 as the district entered it" })
  @Column({ name: "referred_on", type: "date" })
  referredOn!: string;

  @Field({ description: "When 社會局 received the hand-off (登錄系統日期, A13)" })
  @Column({ name: "received_at", type: "timestamptz" })
  receivedAt!: Date;

  @Field(() => SocialServiceUnit, { description: "A10: the care point of the district, or the family service centre" })
  @Column({ name: "service_unit", type: "varchar", length: 24 })
  serviceUnit!: SocialServiceUnit;

  @Field(() => ReferralStatus)
  @Column({ type: "varchar", length: 12 })
  status!: ReferralStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: "結案日期: closed after a reassessment (A10)" })
  @Column({ name: "closed_on", type: "date", nullable: true })
  closedOn!: string | null;

  /** Set by the scoped loaders: whether the caller may see this row's fields (issue #4). */
  inScope?: boolean;

  @Field()
  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
