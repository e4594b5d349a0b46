import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, PrimaryColumn } from "typeorm";
import { CaseType, Honorific, OriginCountry, VisitDecision, VisitTimeSlot } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { Address } from "../address";

/**
 * 附件1 新移民關懷訪視意願徵詢書 (A2): the consent inquiry filled at a registration. Every answer is
 * recorded, declined ones included (A3). The respondent's decision is authoritative (R3).
 */
@Entity({ name: "consent_inquiries" })
@ObjectType({ description: "附件1: consent inquiry for a care visit (A2, A3, R3)" })
@Directive('@key(fields: "id")')
export class ConsentInquiry {
  @Field(() => ID)
  @PrimaryColumn("uuid")
  id!: string;

  @Column({ name: "registration_id", type: "uuid" })
  registrationId!: string;

  @Field(() => CaseType, { description: "案件類別" })
  @Column({ name: "case_type", type: "varchar", length: 24 })
  caseType!: CaseType;

  @Field({ description: "受訪者姓名 (may be the Taiwanese spouse or parent)" })
  @Column({ name: "respondent_name", type: "varchar", length: 60 })
  respondentName!: string;

  @Field(() => Honorific, { description: "先生 / 小姐" })
  @Column({ name: "respondent_honorific", type: "varchar", length: 4 })
  respondentHonorific!: Honorific;

  @Field(() => String, { nullable: true, description: "聯絡電話（自宅）" })
  @Column({ name: "home_phone", type: "varchar", length: 20, nullable: true })
  homePhone!: string | null;

  @Field(() => String, { nullable: true, description: "聯絡電話（手機）" })
  @Column({ name: "mobile_phone", type: "varchar", length: 20, nullable: true })
  mobilePhone!: string | null;

  @Field(() => String, { nullable: true, description: "聯絡電話（公司）" })
  @Column({ name: "work_phone", type: "varchar", length: 20, nullable: true })
  workPhone!: string | null;

  @Field(() => String, { nullable: true, description: "傳真" })
  @Column({ type: "varchar", length: 20, nullable: true })
  fax!: string | null;

  @Field(() => String, { nullable: true, description: "電子郵件" })
  @Column({ type: "varchar", length: 120, nullable: true })
  email!: string | null;

  @Field(() => VisitDecision, { description: "同意到府訪視 / 不同意訪視 / 同意電話訪視 (the form's three boxes, no other)" })
  @Column({ type: "varchar", length: 12 })
  decision!: VisitDecision;

  /** R4: a phone visit's family may live outside Taipei; null = in Taipei, at the visit address. */
  @Field(() => String, { nullable: true, description: "居住地 for a phone visit outside Taipei (R4), e.g. 新北市; null = Taipei" })
  @Column({ name: "residence_city", type: "varchar", length: 8, nullable: true })
  residenceCity!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "最適拜訪日期 (from), 3–7 days after application" })
  @Column({ name: "preferred_from", type: "date", nullable: true })
  preferredFrom!: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "最適拜訪日期 (to)" })
  @Column({ name: "preferred_to", type: "date", nullable: true })
  preferredTo!: string | null;

  @Field(() => VisitTimeSlot, { nullable: true, description: "最適拜訪時間" })
  @Column({ name: "time_slot", type: "varchar", length: 10, nullable: true })
  timeSlot!: VisitTimeSlot | null;

  @Field({ description: "拜訪地址 is the household address (同戶籍地址)" })
  @Column({ name: "visit_address_is_household", type: "boolean" })
  visitAddressIsHousehold!: boolean;

  @Field(() => Address, { description: "拜訪地址 (Taipei only); equals the household address when so marked" })
  @Column(() => Address, { prefix: "visit_" })
  visitAddress!: Address;

  @Field(() => Address, { description: "戶籍地址, filled by the office" })
  @Column(() => Address, { prefix: "household_" })
  householdAddress!: Address;

  @Column({ name: "new_immigrant_id", type: "uuid" })
  newImmigrantId!: string;

  /** 附件1's office block, item 2: the new immigrant's own 聯絡地址 — one printed line, any city. */
  @Field(() => String, { nullable: true, description: "新移民聯絡地址 (one line, any city)" })
  @Column({ name: "contact_address", type: "varchar", length: 120, nullable: true })
  contactAddress!: string | null;

  @Field(() => String, { nullable: true, description: "新移民聯絡電話" })
  @Column({ name: "new_immigrant_phone", type: "varchar", length: 20, nullable: true })
  newImmigrantPhone!: string | null;

  @Field(() => OriginCountry, { description: "原屬國籍或地區, filled by the office" })
  @Column({ name: "origin_country", type: "varchar", length: 24 })
  originCountry!: OriginCountry;

  @Field(() => String, { nullable: true, description: "原屬國籍 when OTHER" })
  @Column({ name: "origin_country_other", type: "varchar", length: 40, nullable: true })
  originCountryOther!: string | null;

  @Field({ description: "新移民本人同意區公所里幹事訪視 (R3: the immigrant's own consent)" })
  @Column({ name: "immigrant_consents", type: "boolean" })
  immigrantConsents!: boolean;

  @Field({ description: "新移民本人同意收受資料 (opt-in to materials)" })
  @Column({ name: "immigrant_accepts_materials", type: "boolean" })
  immigrantAcceptsMaterials!: boolean;

  @Field(() => LocalDateScalar, { description: "申請日期" })
  @Column({ name: "applied_on", type: "date" })
  appliedOn!: string;

  /** 附件1's office block, "4.其他": the office's own remarks (not a decision box, issue #9). */
  @Field(() => String, { nullable: true, description: "4.其他: the office's remarks" })
  @Column({ name: "office_remarks", type: "varchar", length: 200, nullable: true })
  officeRemarks!: string | null;

  @Field({ description: "受理戶所: district code" })
  @Column({ name: "office_code", type: "varchar", length: 8 })
  officeCode!: string;

  @Field({ description: "承辦人" })
  @Column({ name: "clerk_name", type: "varchar", length: 60 })
  clerkName!: string;

  @Field({ description: "承辦人電話" })
  @Column({ name: "clerk_phone", type: "varchar", length: 20 })
  clerkPhone!: string;

  /** 附件3: the ledger that handed it over (A4); null until then, and always for a declined one (A3). */
  @Column({ name: "handover_ledger_id", type: "uuid", nullable: true })
  handoverLedgerId!: string | null;

  /** A6 (issue #8): the district's last return of this form for correction; null until one arrives. */
  @Column({ name: "correction_reason", type: "varchar", length: 500, nullable: true })
  correctionReason!: string | null;

  @Column({ name: "correction_requested_at", type: "timestamptz", nullable: true })
  correctionRequestedAt!: Date | null;

  /** District code of the 區公所 that returned it. */
  @Column({ name: "correction_requested_by", type: "varchar", length: 8, nullable: true })
  correctionRequestedBy!: string | null;

  /** The district's care case the return is about: the corrected form goes back to it. */
  @Column({ name: "correction_care_case_id", type: "uuid", nullable: true })
  correctionCareCaseId!: string | null;

  /** The district's key of the last return received (D3): a retried delivery is answered, not applied twice. */
  @Column({ name: "correction_request_key", type: "varchar", length: 100, nullable: true })
  correctionRequestKey!: string | null;

  /** When the office sent the last return back corrected; null while a correction is open. */
  @Column({ name: "corrected_at", type: "timestamptz", nullable: true })
  correctedAt!: Date | null;

  /**
   * A6 (issue #9): the other ending of a return: the office withdraws the case (wrongly recorded, not
   * to be visited) instead of correcting it; why, when and by which clerk (token subject).
   */
  @Column({ name: "withdrawal_reason", type: "varchar", length: 500, nullable: true })
  withdrawalReason!: string | null;

  @Column({ name: "withdrawn_at", type: "timestamptz", nullable: true })
  withdrawnAt!: Date | null;

  @Column({ name: "withdrawn_by", type: "varchar", length: 64, nullable: true })
  withdrawnBy!: string | null;

  /** A9 (issue #9): the day the district closed the case this form opened (its closing notice, D3); the retention counts from it. */
  @Column({ name: "case_closed_on", type: "date", nullable: true })
  caseClosedOn!: string | null;

  /** Why the district closed it (CareCaseClosure), as its notice said. */
  @Column({ name: "case_closure", type: "varchar", length: 24, nullable: true })
  caseClosure!: string | null;

  /** The district's key of the closing notice received (D3): a retried delivery is answered, not applied twice. */
  @Column({ name: "case_closed_key", type: "varchar", length: 100, nullable: true })
  caseClosedKey!: string | null;

  /** Set by the scoped loaders: whether the caller may see this row's fields (issue #4). */
  inScope?: boolean;

  @CreateDateColumn({ name: "created_at", type: "timestamptz" })
  createdAt!: Date;
}
