import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { deliveryEnumOptions } from "../../../shared/outbox/delivery";

/**
 * The printed 附件4's referral boxes (A9, seed 001's five targets), for code that names one (the demo
 * data, seed 001's build). Issue #9 (C1): a referral's target is a String, the REFERRAL box code of
 * 民政局's directory in force, so a box the city adds is a target with no code change.
 */
export enum ReferralTarget {
  SOCIAL_WELFARE_BUREAU = "SOCIAL_WELFARE_BUREAU",
  HEALTH_BUREAU = "HEALTH_BUREAU",
  /** Issue #9: 民政局's own single cases (A11). */
  CIVIL_AFFAIRS_BUREAU = "CIVIL_AFFAIRS_BUREAU",
  /** Issue #9: partner agencies without a subgraph, received for them by 民政局's subgraph. */
  LABOUR_BUREAU = "LABOUR_BUREAU",
  EDUCATION_BUREAU = "EDUCATION_BUREAU",
}

/** Where the referral's delivery to the receiving agency stands, from the district's outbox (D3). */
export enum ReferralDelivery {
  PENDING = "PENDING",
  DELIVERED = "DELIVERED",
  FAILED = "FAILED",
}

registerEnumType(ReferralDelivery, deliveryEnumOptions("ReferralDelivery", "the referral", "the receiving agency"));

/**
 * 轉介 (A9): the district's own record of a referral it sent, entered by 人文課 from a filed 附件4
 * that ticked the agency. The hand-off itself is the outbox row written with it (D3); the receiver
 * stores its intake row and shows it back on the case (socialReferrals, healthReferrals). No
 * foreign key to care_cases: the demo reset empties care_cases without CASCADE (scripts/demo-data/reset.ts);
 * the row is written only under the case's row lock.
 */
@Entity({ name: "case_referrals" })
@ObjectType({ description: "A9: a referral the district sent to another agency, and its delivery" })
export class CaseReferral {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Column({ name: "care_case_id", type: "uuid" })
  careCaseId!: string;

  /** household's Person the referral is for (the case's), for the read audit. */
  @Column({ name: "person_id", type: "uuid" })
  personId!: string;

  @Field(() => String, { description: "The 附件4 box referred (the directory's code: SOCIAL_WELFARE_BUREAU, LABOUR_BUREAU, or a box the city added)" })
  @Column({ type: "varchar", length: 64 })
  target!: string;

  /** Issue #9 (C1, migrations/1767000000001): the directory agency the box reached; a partner agency's officers are scoped by it. */
  @Field({ description: "The receiving agency's directory code (taipei.social-bureau, taipei.labour-bureau, …)" })
  @Column({ name: "agency_code", type: "varchar", length: 100 })
  agencyCode!: string;

  @Field(() => [String], { description: "The receiving agency's needs (its own values: SocialNeed or HealthNeed)" })
  @Column({ type: "text", array: true })
  needs!: string[];

  @Field(() => String, { nullable: true, description: "What the district found (sensitive)" })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field({ description: "The 人文課 officer who referred (staff identifier, the token subject)" })
  @Column({ name: "sent_by", type: "varchar", length: 64 })
  sentBy!: string;

  @Field({ description: "When the referral was entered in the system (A9: within 1 day of the visit)" })
  @Column({ name: "sent_at", type: "timestamptz" })
  sentAt!: Date;

  @Field(() => LocalDateScalar, { description: "轉介日期: the Taipei date it was entered, as the receiver gets it" })
  @Column({ name: "referred_on", type: "date" })
  referredOn!: string;

  /** The outbox row that delivers it; its id is the receiver's client key (D3). */
  @Column({ name: "outbox_id", type: "uuid" })
  outboxId!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "A10 (issue #9): 結案日期 as the receiving agency reported it; absent while it serves" })
  @Column({ name: "closed_on", type: "date", nullable: true })
  closedOn!: string | null;

  @Field(() => Date, { nullable: true, description: "When the receiving agency's report of the closing arrived (D3)" })
  @Column({ name: "closed_reported_at", type: "timestamptz", nullable: true })
  closedReportedAt!: Date | null;

  /** The receiver's key of its closing report (its outbox row, D3): a retried delivery is answered, not applied twice. */
  @Column({ name: "closed_key", type: "varchar", length: 100, nullable: true })
  closedKey!: string | null;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
