import { Field, ID, InputType } from "type-graphql";
import { CaseType, Honorific, NewImmigrantRelation, VisitDecision, VisitTimeSlot, WelcomeHandbook } from "../../../shared/graphql/enums";
import { LocalDateScalar } from "../../../shared/graphql/scalars";
import { AddressInput } from "../address";

/** 附件1 as the clerk enters it (A2). */
@InputType({ description: "附件1: the answers of the consent inquiry" })
export class ConsentInquiryInput {
  @Field({ description: "受訪者姓名" })
  respondentName!: string;

  @Field(() => Honorific)
  respondentHonorific!: Honorific;

  @Field(() => String, { nullable: true })
  homePhone?: string | null;

  @Field(() => String, { nullable: true })
  mobilePhone?: string | null;

  @Field(() => String, { nullable: true })
  workPhone?: string | null;

  @Field(() => String, { nullable: true })
  fax?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => VisitDecision)
  decision!: VisitDecision;

  @Field(() => String, { nullable: true, description: "居住地 when a phone visit's family lives outside Taipei (R4), e.g. 新北市" })
  residenceCity?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "3–7 days after appliedOn (A2)" })
  preferredFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "3–7 days after appliedOn (A2)" })
  preferredTo?: string | null;

  @Field(() => VisitTimeSlot, { nullable: true })
  timeSlot?: VisitTimeSlot | null;

  @Field(() => AddressInput, { nullable: true, description: "拜訪地址 in Taipei; absent = the household address" })
  visitAddress?: AddressInput | null;

  @Field(() => String, { nullable: true, description: "新移民聯絡地址: one line, any city" })
  contactAddress?: string | null;

  @Field(() => String, { nullable: true })
  newImmigrantPhone?: string | null;

  @Field({ description: "The new immigrant's own consent box (R3)" })
  immigrantConsents!: boolean;

  @Field({ description: "The new immigrant's opt-in to materials" })
  immigrantAcceptsMaterials!: boolean;

  @Field(() => LocalDateScalar, { description: "申請日期" })
  appliedOn!: string;

  @Field(() => String, { nullable: true, description: "4.其他: the office's remarks" })
  officeRemarks?: string | null;

  @Field()
  clerkName!: string;

  @Field()
  clerkPhone!: string;
}

@InputType({ description: "A1: a registration involving a new immigrant, with its consent inquiry" })
export class RecordRegistrationInput {
  @Field(() => CaseType)
  caseType!: CaseType;

  @Field(() => LocalDateScalar)
  registeredOn!: string;

  @Field(() => ID, { description: "The registrant (may be the new immigrant, A13)" })
  registrantId!: string;

  @Field(() => ID, { description: "The new immigrant involved (for a death: the surviving spouse, A1)" })
  newImmigrantId!: string;

  @Field(() => NewImmigrantRelation, {
    nullable: true,
    description: "A1: who the new immigrant is; may be left out only when the registrant is the new immigrant (REGISTRANT)",
  })
  newImmigrantRelation?: NewImmigrantRelation | null;

  @Field(() => WelcomeHandbook, { nullable: true, description: "幸福手冊 given (A1): BOOK or CD; absent = not given" })
  welcomeHandbook?: WelcomeHandbook | null;

  @Field(() => ConsentInquiryInput, { nullable: true, description: "附件1, when the family answered it" })
  consentInquiry?: ConsentInquiryInput | null;
}
