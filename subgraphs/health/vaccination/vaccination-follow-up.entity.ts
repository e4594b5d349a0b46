import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { Sex } from "../../../shared/domain/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { VaccinationFollowUpStatus, VaccinationOutcome, VaccinationReferralCondition } from "./vaccination.enums";

/** One overdue dose as the CDC listed it (B4: its dates stored as given). */
@ObjectType({ description: "B4: an overdue dose as the CDC's file listed it" })
export class OverdueDose {
  @Field({ description: "The CDC's row id of the line that listed it" })
  cdcRowId!: string;

  @Field({ description: "疫苗: the CDC's vaccine code, e.g. MMR, DTaP-IPV-Hib-HepB" })
  vaccine!: string;

  @Field({ description: "劑次" })
  dose!: string;

  @Field(() => LocalDateScalar, { description: "應接種日: the CDC's due date" })
  dueOn!: string;
}

/**
 * B4 (category 3): a child the CDC lists as overdue for vaccination, followed up by the 健康服務中心
 * of the household district (its 公衛護士): at least 3 catch-up reminders within 6 months, at least
 * 1 two-way; referred to social units under (a)–(d). One open follow-up per child; a further
 * overdue dose of the same child joins it. The CDC's dates are stored as the CDC gave them.
 */
@Entity({ name: "vaccination_follow_ups" })
@ObjectType({ description: "B4: a child overdue for vaccination, followed up by the health centre of the household district" })
@Directive('@key(fields: "id")')
export class VaccinationFollowUp {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Field({ description: "國民身分證統一編號 (or 居留證號) of the child, as the CDC sent it" })
  @Column({ name: "id_number", type: "varchar", length: 10 })
  idNumber!: string;

  @Field({ description: "The child's name" })
  @Column({ type: "varchar", length: 60 })
  name!: string;

  @Field(() => Sex)
  @Column({ type: "varchar", length: 8 })
  sex!: Sex;

  @Field(() => LocalDateScalar)
  @Column({ name: "birth_date", type: "date" })
  birthDate!: string;

  @Field({ description: "健康服務中心: the household district's code (its centre follows the child up)" })
  @Column({ name: "health_centre_code", type: "varchar", length: 8 })
  healthCentreCode!: string;

  @Field({ description: "戶籍地址 as the CDC sent it" })
  @Column({ name: "household_address", type: "varchar", length: 200 })
  householdAddress!: string;

  @Field(() => String, { nullable: true, description: "The mother's name, when the CDC knows it" })
  @Column({ name: "mother_name", type: "varchar", length: 60, nullable: true })
  motherName!: string | null;

  @Field(() => String, { nullable: true, description: "The mother's ID number, when the CDC knows it" })
  @Column({ name: "mother_id_number", type: "varchar", length: 10, nullable: true })
  motherIdNumber!: string | null;

  @Field(() => [OverdueDose], { description: "The overdue doses, in the order the CDC listed them" })
  @Column({ type: "jsonb" })
  doses!: OverdueDose[];

  @Field(() => LocalDateScalar, { description: "The CDC's 6-month catch-up window: its start, as given" })
  @Column({ name: "window_start", type: "date" })
  windowStart!: string;

  @Field(() => LocalDateScalar, { description: "The CDC's window end, as given" })
  @Column({ name: "window_end", type: "date" })
  windowEnd!: string;

  @Field(() => LocalDateScalar, { description: "The CDC's own record date of its first line for the child" })
  @Column({ name: "cdc_recorded_on", type: "date" })
  cdcRecordedOn!: string;

  @Field(() => LocalDateScalar, { description: "R7: the screening date (the feed run's Taipei date): under 7 on it" })
  @Column({ name: "screened_on", type: "date" })
  screenedOn!: string;

  @Field(() => VaccinationFollowUpStatus)
  @Column({ type: "varchar", length: 16 })
  status!: VaccinationFollowUpStatus;

  @Field(() => VaccinationOutcome, { nullable: true })
  @Column({ type: "varchar", length: 24, nullable: true })
  outcome!: VaccinationOutcome | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: "outcome_on", type: "date", nullable: true })
  outcomeOn!: string | null;

  @Field(() => VaccinationReferralCondition, { nullable: true, description: "B4 (a)–(d), once referred to social units" })
  @Column({ name: "referral_condition", type: "varchar", length: 32, nullable: true })
  referralCondition!: VaccinationReferralCondition | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: "referred_on", type: "date", nullable: true })
  referredOn!: string | null;

  @Field(() => ID, { nullable: true, description: "The child-care notice's key at social (the outbox row that carries it, D3)" })
  @Column({ name: "notice_key", type: "uuid", nullable: true })
  noticeKey!: string | null;

  @Field({ description: "When the feed stored it" })
  @Column({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;

  /** Set by the scoped loader (shared/authz/row-scope.ts). */
  inScope?: boolean;
}
