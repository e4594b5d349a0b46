import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { TeenParentNeed, TeenParentReceivedService } from "../../../shared/graphql/teen-parent-survey";

/** 附表4 一、基本資料: one row of a person (寶寶, 家長, 主要照顧者): 姓名 身分證字號 生日 連絡電話. */
@ObjectType({ description: "B7: a row of 附表4's 基本資料 (name, ID number, birth date, phone)" })
export class SurveyPerson {
  @Field({ description: "姓名" })
  name!: string;

  @Field(() => String, { nullable: true, description: "身分證字號 (check digit verified)" })
  idNumber!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "生日" })
  birthDate!: string | null;

  @Field(() => String, { nullable: true, description: "連絡電話" })
  phone!: string | null;
}

/** 附表4: 主要照顧者(關係): a person row with the carer's relationship to the babies. */
@ObjectType({ description: "B7: 附表4's 主要照顧者 with the relationship" })
export class SurveyCarer extends SurveyPerson {
  @Field({ description: "關係, e.g. 祖母" })
  relationship!: string;
}

/** 附表4's 戶籍地 / 居住地: 縣(市) 鄉(鎮市區) 路(街) 段 巷 弄 號之 — no 里, 鄰 or 樓 (B7). */
@ObjectType({ description: "B7: an address of 附表4 (縣市 鄉鎮市區 路街 段 巷 弄 號; no 里/鄰/樓)" })
export class SurveyAddress {
  @Field({ description: "縣(市)" })
  city!: string;

  @Field({ description: "鄉(鎮市區)" })
  district!: string;

  @Field({ description: "路(街)" })
  road!: string;

  @Field(() => String, { nullable: true, description: "段" })
  section!: string | null;

  @Field(() => String, { nullable: true, description: "巷" })
  lane!: string | null;

  @Field(() => String, { nullable: true, description: "弄" })
  alley!: string | null;

  @Field({ description: "號之, e.g. 12 or 12之3" })
  number!: string;
}

/**
 * B7, R7 (issue #12): 溫馨關懷服務需求調查表 (附表4), asked at a birth registration where a parent is
 * under 20 on the registration date. Voluntary: a refusal is recorded (declined) with no answers.
 * Used only for referral to social units (附表4's own words), so it is relayed monthly through
 * 民政局 (relay.job.ts) and read here by the office's clerk only (survey.policy.ts).
 */
@Entity({ name: "teen_parent_surveys" })
@ObjectType({ description: "B7: 附表4 溫馨關懷服務需求調查表 (teen parent's needs survey)" })
@Directive('@key(fields: "id")')
export class TeenParentSurvey {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  /** The birth registration that made the survey due (R7): one survey per registration. */
  @Column({ name: "registration_id", type: "uuid" })
  registrationId!: string;

  @Field({ description: "轉介單位: the referring household office (district code)" })
  @Column({ name: "office_code", type: "varchar", length: 8 })
  officeCode!: string;

  @Field({ description: "The applicant declined to fill the survey (it is voluntary); a declined survey holds no answers" })
  @Column({ type: "boolean" })
  declined!: boolean;

  @Field(() => [SurveyPerson], { description: "寶寶 1, 2, …" })
  @Column({ type: "jsonb" })
  babies!: SurveyPerson[];

  @Field(() => SurveyPerson, { nullable: true, description: "家長 (父親)" })
  @Column({ type: "jsonb", nullable: true })
  father!: SurveyPerson | null;

  @Field(() => SurveyPerson, { nullable: true, description: "家長 (母親)" })
  @Column({ type: "jsonb", nullable: true })
  mother!: SurveyPerson | null;

  @Field(() => SurveyCarer, { nullable: true, description: "主要照顧者 (關係)" })
  @Column({ type: "jsonb", nullable: true })
  carer!: SurveyCarer | null;

  @Field(() => SurveyAddress, { nullable: true, description: "戶籍地" })
  @Column({ name: "household_address", type: "jsonb", nullable: true })
  householdAddress!: SurveyAddress | null;

  @Field(() => Boolean, { nullable: true, description: "居住地: 同上 (the household address)" })
  @Column({ name: "residence_same_as_household", type: "boolean", nullable: true })
  residenceSameAsHousehold!: boolean | null;

  @Field(() => SurveyAddress, { nullable: true, description: "居住地, when not 同上" })
  @Column({ name: "residence_address", type: "jsonb", nullable: true })
  residenceAddress!: SurveyAddress | null;

  @Field(() => String, { nullable: true, description: "FB 帳號 (optional, as the family wishes)" })
  @Column({ type: "varchar", length: 100, nullable: true })
  facebook!: string | null;

  @Field(() => String, { nullable: true, description: "LINE ID (optional)" })
  @Column({ name: "line_id", type: "varchar", length: 100, nullable: true })
  lineId!: string | null;

  @Field(() => String, { nullable: true, description: "其他聯絡方式 (optional)" })
  @Column({ name: "other_contact", type: "varchar", length: 200, nullable: true })
  otherContact!: string | null;

  @Field(() => [TeenParentNeed], { description: "二、需求了解 A–I" })
  @Column({ type: "jsonb" })
  needs!: TeenParentNeed[];

  @Field(() => String, { nullable: true, description: "H. 其他: 請說明" })
  @Column({ name: "need_other", type: "varchar", length: 200, nullable: true })
  needOther!: string | null;

  @Field(() => [TeenParentReceivedService], { description: "三、已有相關單位協助或服務 (none = 無)" })
  @Column({ name: "services_received", type: "jsonb" })
  servicesReceived!: TeenParentReceivedService[];

  @Field(() => String, { nullable: true, description: "三、其他協助或服務之單位" })
  @Column({ name: "service_other", type: "varchar", length: 200, nullable: true })
  serviceOther!: string | null;

  @Field({ description: "轉介人員" })
  @Column({ name: "clerk_name", type: "varchar", length: 60 })
  clerkName!: string;

  @Field({ description: "轉介人員電話" })
  @Column({ name: "clerk_phone", type: "varchar", length: 40 })
  clerkPhone!: string;

  @Field(() => LocalDateScalar, { description: "轉介日期: the month it is relayed with is this date's (B7)" })
  @Column({ name: "referred_on", type: "date" })
  referredOn!: string;

  /** B7: when the monthly relay queued it for 民政局 (null = not yet; declined surveys never). */
  @Field(() => Date, { nullable: true, description: "When the monthly relay queued it for 民政局 (B7)" })
  @Column({ name: "relayed_at", type: "timestamptz", nullable: true })
  relayedAt!: Date | null;

  /** Set by the scoped loaders: whether the caller may see this row's fields (issue #4). */
  inScope?: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
