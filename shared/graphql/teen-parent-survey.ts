import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { LocalDateScalar } from "./scalars";

/**
 * B7 (issue #12): the lists of the needs survey 附表4 (溫馨關懷服務需求調查表), shared by household
 * (which records it) and civil-affairs (which relays it to social monthly): one source (STYLE 9).
 */

/** 附表4 二、需求了解: A–I, several may be ticked; H has its text, I excludes the others. */
export enum TeenParentNeed {
  /** A. 經濟及物資協助 */
  ECONOMIC_MATERIAL = "ECONOMIC_MATERIAL",
  /** B. 醫療協助 */
  MEDICAL = "MEDICAL",
  /** C. 就學規劃 */
  SCHOOLING = "SCHOOLING",
  /** D. 媒合就業 */
  JOB_MATCHING = "JOB_MATCHING",
  /** E. 育兒指導 */
  PARENTING_GUIDANCE = "PARENTING_GUIDANCE",
  /** F. 法律及福利諮詢 */
  LEGAL_WELFARE_ADVICE = "LEGAL_WELFARE_ADVICE",
  /** G. 情緒支持 */
  EMOTIONAL_SUPPORT = "EMOTIONAL_SUPPORT",
  /** H. 其他 (請說明): needs its text. */
  OTHER = "OTHER",
  /** I. 以上皆無: ticked alone. */
  NONE = "NONE",
}

/** 附表4 三、是否已有相關單位協助或服務: the units the seed names, and any other (its text). None ticked = 無. */
export enum TeenParentReceivedService {
  /** 家防中心 (家庭暴力及性侵害防治中心) */
  DOMESTIC_VIOLENCE_CENTRE = "DOMESTIC_VIOLENCE_CENTRE",
  /** 少年中心 (少年輔導委員會) */
  YOUTH_CENTRE = "YOUTH_CENTRE",
  /** 社福中心 (社會福利服務中心) */
  SOCIAL_WELFARE_CENTRE = "SOCIAL_WELFARE_CENTRE",
  /** 其他: needs its text. */
  OTHER = "OTHER",
}

registerEnumType(TeenParentNeed, { name: "TeenParentNeed", description: "B7: 附表4's needs A–I (several; H with text; I alone)" });
registerEnumType(TeenParentReceivedService, { name: "TeenParentReceivedService", description: "B7: 附表4's services already received" });

/*
 * The rows and addresses of 附表4 as input: household's mutation and 民政局's intake of the monthly
 * relay take the same classes, so composition sees one definition of each (STYLE 9).
 */
@InputType({ description: "B7: a row of 附表4's 基本資料" })
export class SurveyPersonInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: "身分證字號 or 居留證號 (check digit verified)" })
  idNumber?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType({ description: "B7: 附表4's 主要照顧者 with the relationship" })
export class SurveyCarerInput extends SurveyPersonInput {
  @Field({ description: "關係" })
  relationship!: string;
}

/** B7: no 里, 鄰 or 樓 — the form has no place for them, so the input has none. */
@InputType({ description: "B7: an address of 附表4 (縣市 鄉鎮市區 路街 段 巷 弄 號; no 里/鄰/樓)" })
export class SurveyAddressInput {
  @Field({ description: "縣(市), e.g. 臺北市" })
  city!: string;

  @Field({ description: "鄉(鎮市區)" })
  district!: string;

  @Field()
  road!: string;

  @Field(() => String, { nullable: true })
  section?: string | null;

  @Field(() => String, { nullable: true })
  lane?: string | null;

  @Field(() => String, { nullable: true })
  alley?: string | null;

  @Field({ description: "號: 12, 12號, 12之3 or 12號之3" })
  number!: string;
}

/** A survey as household relays it to 民政局 (B7, D3): the family's answers social needs for the referral, and who referred. */
@InputType({ description: "B7: one survey of the month, relayed by household to 民政局" })
export class TeenParentSurveyRelayInput {
  @Field({ description: "The sender's idempotency key (its outbox row)" })
  clientKey!: string;

  @Field({ description: "The month of the relay, YYYY-MM (of 轉介日期)" })
  month!: string;

  @Field({ description: "轉介單位: the household office (district code)" })
  officeCode!: string;

  @Field(() => ID, { description: "household's survey" })
  surveyId!: string;

  @Field(() => [SurveyPersonInput])
  babies!: SurveyPersonInput[];

  @Field(() => SurveyPersonInput, { nullable: true })
  father?: SurveyPersonInput | null;

  @Field(() => SurveyPersonInput, { nullable: true })
  mother?: SurveyPersonInput | null;

  @Field(() => SurveyCarerInput, { nullable: true })
  carer?: SurveyCarerInput | null;

  @Field(() => SurveyAddressInput)
  householdAddress!: SurveyAddressInput;

  @Field(() => SurveyAddressInput, { nullable: true, description: "Absent = 同上" })
  residenceAddress?: SurveyAddressInput | null;

  @Field(() => String, { nullable: true })
  facebook?: string | null;

  @Field(() => String, { nullable: true })
  lineId?: string | null;

  @Field(() => String, { nullable: true })
  otherContact?: string | null;

  @Field(() => [TeenParentNeed])
  needs!: TeenParentNeed[];

  @Field(() => String, { nullable: true })
  needOther?: string | null;

  @Field(() => [TeenParentReceivedService])
  servicesReceived!: TeenParentReceivedService[];

  @Field(() => String, { nullable: true })
  serviceOther?: string | null;

  @Field()
  clerkName!: string;

  @Field()
  clerkPhone!: string;

  @Field(() => LocalDateScalar)
  referredOn!: string;
}

/** 民政局's intake of the relay, by operation name in household's outbox rows. */
export const RECEIVE_TEEN_PARENT_SURVEYS = "ReceiveTeenParentSurveys";

/** The document household's outbox posts; both sides import it, so they cannot drift apart. */
export const TEEN_PARENT_SURVEY_DOCUMENTS: Readonly<Record<string, string>> = {
  [RECEIVE_TEEN_PARENT_SURVEYS]: `mutation ${RECEIVE_TEEN_PARENT_SURVEYS}($input: TeenParentSurveyRelayInput!) { receiveTeenParentSurveys(input: $input) { id } }`,
};
