/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A2: address in parts (區 里 鄰 路(街) 段 巷 弄 號 樓) */
export type AddressInput = {
  alley?: number | null | undefined;
  /** 區: district code or name (e.g. 63000050, zhongzheng, 中正區) */
  districtCode: string;
  floor?: number | null | undefined;
  /** 樓之: the 1 of 5樓之1 (only with a floor) */
  floorUnit?: number | null | undefined;
  lane?: number | null | undefined;
  neighbourhood?: number | null | undefined;
  /** 號: 12, 12號, 12之3 or 12號之3 */
  number: string;
  road: string;
  section?: number | null | undefined;
  village: string;
};

export type AuditFilter = {
  /** Newest first, 1–500 */
  first?: number | null | undefined;
  /** Reads at or after this instant */
  from?: string | null | undefined;
  personId?: string | number | null | undefined;
  /** A reader's staff identifier (the token's subject) */
  subject?: string | null | undefined;
  /** Reads before this instant (exclusive) */
  to?: string | null | undefined;
};

export type CareCaseClosure =
  | 'INTERNAL_HELP_DONE'
  | 'NO_FURTHER_NEED'
  | 'REFERRALS_CLOSED'
  | 'RETURNED_TO_OFFICE'
  | 'TWO_MISSED_VISITS';

export type CareCaseStatus =
  | 'CLOSED'
  | 'HANDED_OVER'
  | 'OPEN'
  | 'REFERRED'
  | 'RETURNED_FOR_CORRECTION';

/** A1: 洽公項目 (the eight case types of the statistics) */
export type CaseType =
  | 'ADOPTION'
  | 'BIRTH'
  | 'DEATH'
  | 'DIVORCE'
  | 'FIRST_REGISTRATION'
  | 'MARRIAGE'
  | 'MOVE'
  | 'OTHER';

/** B9: open, in the closing review, closed */
export type ChildCareCaseStatus =
  | 'CLOSED'
  | 'IN_REVIEW'
  | 'OPEN';

/** B1: the eight categories of 六歲以下弱勢兒童主動關懷方案 */
export type ChildCareCategory =
  | 'EX_OFFICIO_BIRTH'
  | 'EX_OFFICIO_MOVE'
  | 'LOW_INCOME_DISABILITY'
  | 'NOT_ENROLLED'
  | 'OVERDUE_VACCINATION'
  | 'PARENT_IN_CUSTODY'
  | 'TEEN_PARENT'
  | 'UNINSURED';

/** B2–B6, R7: why a notice is excluded before a social unit sees it */
export type ChildCareExclusionReason =
  | 'ALREADY_SERVED'
  | 'EMIGRATED'
  | 'OVER_AGE';

/** Issue #12: what a notice matched its child's case on */
export type ChildCareMatch =
  | 'ID_NUMBER'
  | 'NAME_BIRTH_DATE_MOTHER';

/** B3: one platform record matched on a case */
export type ChildCareRecordMatchInput = {
  caseId: string | number;
  found: boolean;
  matchedOn: string;
  note?: string | null | undefined;
  source: ChildCareRecordSource;
};

/** B3 (註3): the platform records matched before a police search */
export type ChildCareRecordSource =
  | 'CHILDCARE'
  | 'INSURANCE_CONTACT_ADDRESS'
  | 'KINDERGARTEN'
  | 'NEWBORN_CLINIC_VISITS'
  | 'RECENT_CLINICS'
  | 'VACCINATION';

/** B2, B9: the district's follow-up (met or not) or the police's NOT_FOUND */
export type ChildCareReplyOutcome =
  | 'MET'
  | 'NOT_FOUND'
  | 'NOT_MET';

/** B9: a district follow-up or a police search */
export type ChildCareRequestKind =
  | 'DISTRICT_FOLLOW_UP'
  | 'POLICE_SEARCH';

/** B9: the closing review's decision */
export type ChildCareReviewDecision =
  | 'APPROVE'
  | 'RETURN';

/** B9: the closing review */
export type ChildCareReviewInput = {
  caseId: string | number;
  decision: ChildCareReviewDecision;
  note?: string | null | undefined;
  reviewedOn: string;
};

/** B9: the visit, the assessment and the treatment chosen */
export type ChildCareVisitInput = {
  assessment: string;
  caseId: string | number;
  treatment: string;
  visitedOn: string;
};

/** A11/R4: the single cases 民政局 takes */
export type CivilAffairsNeed =
  | 'INTERPRETING'
  | 'OUT_OF_CITY'
  | 'UNCLEAR_OWNER';

/** A11: 民政局 serves its referrals itself */
export type CivilAffairsServiceUnit =
  | 'CIVIL_AFFAIRS_BUREAU';

/** 附件1: the answers of the consent inquiry */
export type ConsentInquiryInput = {
  /** 申請日期 */
  appliedOn: string;
  clerkName: string;
  clerkPhone: string;
  /** 新移民聯絡地址: one line, any city */
  contactAddress?: string | null | undefined;
  decision: VisitDecision;
  email?: string | null | undefined;
  fax?: string | null | undefined;
  homePhone?: string | null | undefined;
  /** The new immigrant's opt-in to materials */
  immigrantAcceptsMaterials: boolean;
  /** The new immigrant's own consent box (R3) */
  immigrantConsents: boolean;
  mobilePhone?: string | null | undefined;
  newImmigrantPhone?: string | null | undefined;
  /** 4.其他: the office's remarks */
  officeRemarks?: string | null | undefined;
  /** 3–7 days after appliedOn (A2) */
  preferredFrom?: string | null | undefined;
  /** 3–7 days after appliedOn (A2) */
  preferredTo?: string | null | undefined;
  /** 居住地 when a phone visit's family lives outside Taipei (R4), e.g. 新北市 */
  residenceCity?: string | null | undefined;
  respondentHonorific: Honorific;
  /** 受訪者姓名 */
  respondentName: string;
  timeSlot?: VisitTimeSlot | null | undefined;
  /** 拜訪地址 in Taipei; absent = the household address */
  visitAddress?: AddressInput | null | undefined;
  workPhone?: string | null | undefined;
};

/** B4: whom a two-way contact reached */
export type ContactedPerson =
  | 'GRANDPARENT'
  | 'MAIN_CARER'
  | 'PARENT';

/** A6: the corrected fields of a returned 附件1; absent fields stay as recorded */
export type CorrectConsentInquiryInput = {
  /** 案件類別 */
  caseType?: CaseType | null | undefined;
  consentInquiryId: string | number;
  /** HOME_VISIT or PHONE_VISIT (a declined form is never handed over, A3) */
  decision?: VisitDecision | null | undefined;
  /** 拜訪地址, in the same district (a move to another district is a new handover) */
  visitAddress?: AddressInput | null | undefined;
};

/** B12: a deadline step's outcome in the statistics */
export type DeadlineOutcome =
  | 'BREACHED'
  | 'MET_LATE'
  | 'MET_ON_TIME'
  | 'OPEN';

/** Issue #8: where a step stands against its deadline (a flag, never a refusal, R2) */
export type DeadlineState =
  /** Open, not yet near its due time */
  | 'DUE'
  /** Open, due within the configured threshold */
  | 'DUE_SOON'
  /** Done after its due time; the breach stays recorded */
  | 'MET_LATE'
  /** Done at or before its due time */
  | 'MET_ON_TIME'
  /** Issue #9: its case ended before the step was done (endedAt, endReason); neither met nor breached */
  | 'NO_LONGER_DUE'
  /** Open and past its due time: breached */
  | 'OVERDUE';

/** C1: a local agency of the city, a central agency, or an NGO (A11) */
export type DirectoryAgencyLevel =
  | 'CENTRAL'
  | 'LOCAL'
  | 'NGO';

/** B2, B9: who asked the district office to follow a child up */
export type FollowUpRequesterAgency =
  | 'HOUSEHOLD'
  | 'SOCIAL';

/** B2, B9: the village officer's follow-up, replied to the requester (within 1 month) */
export type FollowUpResultInput = {
  followUpRequestId: string | number;
  /** The follow-up's date: not before the request arrived, not in the future */
  followedUpOn: string;
  /** Whether the child was met (seen) */
  met: boolean;
  /** Notes (may describe the family) */
  note?: string | null | undefined;
  /** The officer who followed up */
  officerName: string;
  /** Where the child is (one line); required when the child was met */
  whereabouts?: string | null | undefined;
};

/** B2, B9: where a follow-up request stands */
export type FollowUpStatus =
  | 'ASSIGNED'
  | 'RECEIVED'
  | 'REPLIED';

/** D3: the ledger's hand-off to the district */
export type HandoverDelivery =
  /** The district's intake stored it */
  | 'DELIVERED'
  /** The district refused it with a code; an operator looks at it */
  | 'FAILED'
  /** Written, not yet acknowledged by the district's intake; retried until it is */
  | 'PENDING';

export type HealthNeed =
  | 'COUNSELLING'
  | 'MEDICAL'
  | 'NEWBORN_CARE'
  | 'PRENATAL_POSTNATAL';

/** A10: 健康服務中心 or 社區心理衛生中心 */
export type HealthServiceUnit =
  | 'COMMUNITY_MENTAL_HEALTH_CENTRE'
  | 'HEALTH_SERVICE_CENTRE';

/** A9: 社會課 or 人文課 help, ticked on 附件4 */
export type HelpTaskKind =
  | 'HUMANITIES_SECTION'
  | 'SOCIAL_SECTION';

/** A9: open, or done by the district it is assigned to */
export type HelpTaskState =
  | 'DONE'
  | 'OPEN';

/** 先生 / 小姐 */
export type Honorific =
  | 'MR'
  | 'MS';

/** Issue #8: an inbox item's state; the deadline states are exact at the time of the read */
export type InboxState =
  /** A step with a deadline not yet near */
  | 'DUE'
  /** A step due within the configured threshold */
  | 'DUE_SOON'
  /** Work from the entity's status, without a deadline */
  | 'OPEN'
  /** A step past its due time */
  | 'OVERDUE';

/** A1: who the new immigrant is to the registration */
export type NewImmigrantRelation =
  | 'DECEASED_SPOUSE'
  | 'OTHER_RELATIVE'
  | 'PARENT'
  | 'REGISTRANT'
  | 'REGISTRANT_SPOUSE'
  | 'SURVIVING_SPOUSE';

/** A11: 中央權責機關 or 民間團體 */
export type OnwardTargetKind =
  | 'CENTRAL_AGENCY'
  | 'NGO';

/** A2: 原屬國籍或地區 */
export type OriginCountry =
  | 'INDONESIA'
  | 'MAINLAND_HK_MACAU'
  | 'MYANMAR'
  | 'OTHER'
  | 'PHILIPPINES'
  | 'THAILAND'
  | 'VIETNAM';

/** A1: a registration involving a new immigrant, with its consent inquiry */
export type RecordRegistrationInput = {
  caseType: CaseType;
  /** 附件1, when the family answered it */
  consentInquiry?: ConsentInquiryInput | null | undefined;
  /** The new immigrant involved (for a death: the surviving spouse, A1) */
  newImmigrantId: string | number;
  /** A1: who the new immigrant is; may be left out only when the registrant is the new immigrant (REGISTRANT) */
  newImmigrantRelation?: NewImmigrantRelation | null | undefined;
  registeredOn: string;
  /** The registrant (may be the new immigrant, A13) */
  registrantId: string | number;
  /** 幸福手冊 given (A1): BOOK or CD; absent = not given */
  welcomeHandbook?: WelcomeHandbook | null | undefined;
};

/** B7: 附表4 as the clerk enters it; declined = the applicant chose not to fill it (voluntary) */
export type RecordTeenParentSurveyInput = {
  /** 寶寶 rows (one or more) */
  babies?: Array<SurveyPersonInput> | null | undefined;
  carer?: SurveyCarerInput | null | undefined;
  /** 轉介人員 */
  clerkName: string;
  /** 轉介人員電話 */
  clerkPhone: string;
  /** The applicant declined (the survey is voluntary): then no answers are given */
  declined: boolean;
  facebook?: string | null | undefined;
  father?: SurveyPersonInput | null | undefined;
  /** 戶籍地 */
  householdAddress?: SurveyAddressInput | null | undefined;
  lineId?: string | null | undefined;
  mother?: SurveyPersonInput | null | undefined;
  needOther?: string | null | undefined;
  /** A–I, several; H needs needOther; I alone */
  needs?: Array<TeenParentNeed> | null | undefined;
  otherContact?: string | null | undefined;
  /** 轉介日期 */
  referredOn: string;
  /** The birth registration that made it due (R7) */
  registrationId: string | number;
  /** 居住地, when not 同上 */
  residenceAddress?: SurveyAddressInput | null | undefined;
  /** 居住地 同上 */
  residenceSameAsHousehold?: boolean | null | undefined;
  serviceOther?: string | null | undefined;
  /** Empty = 無 */
  servicesReceived?: Array<TeenParentReceivedService> | null | undefined;
};

/** A11: 民政局 refers one of its cases onward */
export type ReferOnwardInput = {
  note?: string | null | undefined;
  /** The 民政局 referral (still open) */
  referralId: string | number;
  referredOn: string;
  /** A central agency's or NGO's code in the service directory in force (taipei.national-immigration-agency, taipei.straits-exchange-foundation, …) */
  target: string;
  /** Must be the target's own kind */
  targetKind: OnwardTargetKind;
};

/** D3: the referral's hand-off to the receiving agency */
export type ReferralDelivery =
  /** the receiving agency's intake stored it */
  | 'DELIVERED'
  /** the receiving agency refused it with a code; an operator looks at it */
  | 'FAILED'
  /** Written, not yet acknowledged by the receiving agency's intake; retried until it is */
  | 'PENDING';

/** A9: the referral to send at filing for one ticked 附件4 box */
export type ReferralPlanInput = {
  /** What the district found, for the receiving unit (sensitive) */
  description?: string | null | undefined;
  /** At least one of the target's own needs (SOCIAL_WELFARE_BUREAU: SocialNeed; HEALTH_BUREAU: HealthNeed; a partner agency's box: its needs in visitFormBoxes) */
  needs: Array<string>;
  /** The ticked REFERRAL box of the visit form in force (visitFormBoxes: SOCIAL_WELFARE_BUREAU, LABOUR_BUREAU, …) */
  target: string;
};

export type ReferralStatus =
  | 'CLOSED'
  | 'IN_SERVICE'
  | 'RECEIVED';

/** B4: how a catch-up reminder was given */
export type ReminderMode =
  | 'HOME_VISIT'
  | 'LETTER'
  | 'PHONE'
  | 'SMS';

/** B2, B9: the police's result */
export type SearchOutcome =
  | 'FOUND'
  | 'NOT_FOUND';

/** B2, B9: why the police are asked to search */
export type SearchReason =
  | 'DIFFICULT_VISIT'
  | 'MISSING_CHILD'
  | 'MOVED_EX_OFFICIO'
  | 'WHEREABOUTS_UNKNOWN_AT_BIRTH';

/** B2, B9: who asked the police to search */
export type SearchRequesterAgency =
  | 'HOUSEHOLD'
  | 'SOCIAL';

/** B2, B9: the search's result (within 1 month); FOUND is sent to social at once */
export type SearchResultInput = {
  /** FOUND: where the child is (required then) */
  foundAddress?: string | null | undefined;
  /** FOUND: who cares for the child there */
  foundContactName?: string | null | undefined;
  foundContactPhone?: string | null | undefined;
  /** The officer who recorded the result */
  officerName: string;
  outcome: SearchOutcome;
  resultOn: string;
  searchRequestId: string | number;
};

/** B2, B9: where a search request stands */
export type SearchStatus =
  | 'FOUND'
  | 'NOT_FOUND'
  | 'RECEIVED'
  | 'VISITED';

/** B2: the officers' visit (within 7 days of the request) */
export type SearchVisitInput = {
  note?: string | null | undefined;
  /** The officer who visited */
  officerName: string;
  searchRequestId: string | number;
  visitedOn: string;
};

export type ServiceContactMode =
  | 'HOME_VISIT'
  | 'OFFICE'
  | 'PHONE';

export type Sex =
  | 'FEMALE'
  | 'MALE';

/** A8: 附件4 sign-off row */
export type SignOffRole =
  | 'CHIEF_SECRETARY'
  | 'CIVIL_SECTION_HEAD'
  | 'DEPUTY_DISTRICT_CHIEF'
  | 'DISTRICT_CHIEF'
  | 'HUMANITIES_SECTION'
  | 'VILLAGE_OFFICER';

export type SocialNeed =
  | 'DEATH_OF_SPOUSE'
  | 'DIVORCE'
  | 'DOMESTIC_VIOLENCE'
  | 'ECONOMIC'
  | 'FAMILY_RELATIONSHIP'
  | 'OTHER';

/** A10: 社會局 care points and family service centre */
export type SocialServiceUnit =
  | 'EAST_CARE_POINT'
  | 'FAMILY_SERVICE_CENTRE'
  | 'NORTH_CARE_POINT'
  | 'SOUTH_CARE_POINT'
  | 'WEST_CARE_POINT';

/** B7: an address of 附表4 (縣市 鄉鎮市區 路街 段 巷 弄 號; no 里/鄰/樓) */
export type SurveyAddressInput = {
  alley?: string | null | undefined;
  /** 縣(市), e.g. 臺北市 */
  city: string;
  /** 鄉(鎮市區) */
  district: string;
  lane?: string | null | undefined;
  /** 號: 12, 12號, 12之3 or 12號之3 */
  number: string;
  road: string;
  section?: string | null | undefined;
};

/** B7: 附表4's 主要照顧者 with the relationship */
export type SurveyCarerInput = {
  birthDate?: string | null | undefined;
  /** 身分證字號 or 居留證號 (check digit verified) */
  idNumber?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  /** 關係 */
  relationship: string;
};

/** B7: a row of 附表4's 基本資料 */
export type SurveyPersonInput = {
  birthDate?: string | null | undefined;
  /** 身分證字號 or 居留證號 (check digit verified) */
  idNumber?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
};

/** B7: 附表4's needs A–I (several; H with text; I alone) */
export type TeenParentNeed =
  | 'ECONOMIC_MATERIAL'
  | 'EMOTIONAL_SUPPORT'
  | 'JOB_MATCHING'
  | 'LEGAL_WELFARE_ADVICE'
  | 'MEDICAL'
  | 'NONE'
  | 'OTHER'
  | 'PARENTING_GUIDANCE'
  | 'SCHOOLING';

/** B7: 附表4's services already received */
export type TeenParentReceivedService =
  | 'DOMESTIC_VIOLENCE_CENTRE'
  | 'OTHER'
  | 'SOCIAL_WELFARE_CENTRE'
  | 'YOUTH_CENTRE';

/** 緊急通報 (A9, A13) */
export type UrgentReportInput = {
  careCaseId: string | number;
  /** Idempotency key: a retry with the same key and content returns the same report */
  clientKey: string;
  kind: UrgentReportKind;
  /** 受理人 */
  recipientName?: string | null | undefined;
  /** 通報日期時間: not in the future, not before the hand-over date */
  reportedAt: string;
  /** 通報人 */
  reporterName: string;
  /** 通報內容 */
  summary?: string | null | undefined;
  target: UrgentReportTarget;
  /** The body reported to: required with OTHER, not allowed otherwise */
  targetOther?: string | null | undefined;
};

/** A9: urgent phone report, or report to an outside body */
export type UrgentReportKind =
  | 'OUTSIDE_BODY_REPORT'
  | 'URGENT_PHONE_REPORT';

/** A9, A13: 成案 (CASE_OPENED) or not */
export type UrgentReportOutcome =
  | 'CASE_OPENED'
  | 'NOT_OPENED'
  | 'PENDING';

/** A9, A13, B10: whom the urgent report went to */
export type UrgentReportTarget =
  | 'CHILD_PROTECTION_ART53'
  | 'CHILD_PROTECTION_ART54'
  | 'DOMESTIC_VIOLENCE_CENTRE'
  | 'HEALTH_BUREAU'
  | 'OTHER'
  | 'POLICE'
  | 'SOCIAL_BUREAU';

/** B4: where a vaccination follow-up stands */
export type VaccinationFollowUpStatus =
  | 'OPEN'
  | 'REFERRED'
  | 'VACCINATED';

/** B4: what came of the catch-up */
export type VaccinationOutcome =
  | 'NOBODY_LIVES_THERE'
  | 'REFUSED_NOT_SIGNED'
  | 'REFUSED_SIGNED'
  | 'VACCINATED';

/** B4: what came of the catch-up */
export type VaccinationOutcomeInput = {
  followUpId: string | number;
  outcome: VaccinationOutcome;
  /** Not in the future, not before the CDC's window start */
  outcomeOn: string;
};

/** B4 (a)–(d): why the child is referred to social units */
export type VaccinationReferralCondition =
  | 'A_PROTECTION_CONCERN'
  | 'B_IN_SERVICE_OR_MISSING'
  | 'C_REFUSED_AND_NOT_SIGNED'
  | 'D_NOT_FOUND';

/** B4: one catch-up reminder (with health education), recorded by the nurse */
export type VaccinationReminderInput = {
  /** The follow-up (open, of the nurse's centre) */
  followUpId: string | number;
  mode: ReminderMode;
  /** Whom the two-way contact reached; given exactly when twoWay */
  reached?: ContactedPerson | null | undefined;
  /** Not in the future, not before the CDC's window start */
  remindedOn: string;
  /** B4: a two-way contact (not by letter) */
  twoWay: boolean;
};

/** A6/A7: one visit attempt by the 里幹事 */
export type VisitAttemptInput = {
  /** 訪視日期: not before the hand-over date */
  attemptedOn: string;
  careCaseId: string | number;
  /** Somebody was met (false = 訪視未遇) */
  met: boolean;
  mode: VisitMode;
};

/** A2: the respondent's decision on 附件1 */
export type VisitDecision =
  | 'DECLINED'
  | 'HOME_VISIT'
  | 'PHONE_VISIT';

/** A9: a 附件4 box refers to another agency, is the district's own help, or is 其他 */
export type VisitFormBoxKind =
  | 'INTERNAL'
  | 'OTHER'
  | 'REFERRAL';

/** A6: home or phone visit */
export type VisitMode =
  | 'HOME'
  | 'PHONE';

/** A8: 附件4 outcome */
export type VisitOutcome =
  | 'ALL_WELL'
  | 'MISSED'
  | 'NEEDS_HELP';

/** 附件4 關懷訪視紀錄表 (A8), handed in for sign-off */
export type VisitRecordInput = {
  careCaseId: string | number;
  /** A7: 第1次未遇日期; required when MISSED */
  firstMissedOn?: string | null | undefined;
  /** 辦理情形 */
  handling?: string | null | undefined;
  /** 反映事項 */
  mattersRaised?: string | null | undefined;
  /** 服務概況 › 需協助: the ticked boxes' codes (visitFormBoxes); at least one for NEEDS_HELP, none otherwise */
  needs?: Array<string> | null | undefined;
  /** Required when needs include the 其他 box (OTHER) */
  needsOther?: string | null | undefined;
  outcome: VisitOutcome;
  /** A9: one referral per ticked box the platform refers (社會局, 衛生局, …), none for others; sent at filing */
  referrals?: Array<ReferralPlanInput> | null | undefined;
  /** A7: 第2次未遇日期 (MISSED only) */
  secondMissedOn?: string | null | undefined;
  /** 服務項目; default 關懷訪視 */
  serviceItem?: string | null | undefined;
  /** 訪視日期: required unless the outcome is MISSED */
  visitedOn?: string | null | undefined;
  /** 受訪者地址 */
  visitedPersonAddress: string;
  /** 受訪者姓名 */
  visitedPersonName: string;
  /** 受訪者電話 */
  visitedPersonPhone?: string | null | undefined;
};

/** A8: 附件4 handed in (DRAFT), being signed (SIGNING), filed by 人文課 (FILED) */
export type VisitRecordState =
  | 'DRAFT'
  | 'FILED'
  | 'SIGNING';

/** A2: 最適拜訪時間 */
export type VisitTimeSlot =
  | 'AFTERNOON'
  | 'MORNING';

/** A1: 幸福手冊, given as a book or on CD */
export type WelcomeHandbook =
  | 'BOOK'
  | 'CD';

export type ConsoleCivilAffairsReferralFragment = { __typename: 'CivilAffairsReferral', id: string, status: ReferralStatus | null, needs: Array<CivilAffairsNeed> | null, description: string | null, contactName: string | null, contactPhone: string | null, contactAddress: string | null, referringDistrictCode: string | null, referredOn: string | null, receivedAt: string | null, serviceUnit: CivilAffairsServiceUnit | null, closedOn: string | null, services: Array<{ __typename: 'CivilAffairsServiceRecord', id: string, servedOn: string | null, mode: ServiceContactMode | null, summary: string | null, staffName: string | null }> | null };

export type ConsoleCivilAffairsInboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleCivilAffairsInboxQuery = { __typename: 'Query', inbox: { __typename: 'CivilAffairsInboxPage', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean | null, endCursor: string | null } | null, items: Array<{ __typename: 'CivilAffairsInboxItem', id: string, kind: string | null, since: string | null, referral: { __typename: 'CivilAffairsReferral', id: string, status: ReferralStatus | null, needs: Array<CivilAffairsNeed> | null, description: string | null, contactName: string | null, contactPhone: string | null, contactAddress: string | null, referringDistrictCode: string | null, referredOn: string | null, receivedAt: string | null, serviceUnit: CivilAffairsServiceUnit | null, closedOn: string | null, services: Array<{ __typename: 'CivilAffairsServiceRecord', id: string, servedOn: string | null, mode: ServiceContactMode | null, summary: string | null, staffName: string | null }> | null } | null }> | null } | null };

export type ConsoleCivilAffairsReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCivilAffairsReferralQuery = { __typename: 'Query', referral: { __typename: 'CivilAffairsReferral', id: string, status: ReferralStatus | null, needs: Array<CivilAffairsNeed> | null, description: string | null, contactName: string | null, contactPhone: string | null, contactAddress: string | null, referringDistrictCode: string | null, referredOn: string | null, receivedAt: string | null, serviceUnit: CivilAffairsServiceUnit | null, closedOn: string | null, services: Array<{ __typename: 'CivilAffairsServiceRecord', id: string, servedOn: string | null, mode: ServiceContactMode | null, summary: string | null, staffName: string | null }> | null } | null };

export type ConsoleRecordCivilAffairsServiceMutationVariables = Exact<{
  referralId: string | number;
  servedOn: string;
  mode: ServiceContactMode;
  summary: string;
  staffName: string;
}>;


export type ConsoleRecordCivilAffairsServiceMutation = { __typename: 'Mutation', referral: { __typename: 'CivilAffairsReferral', id: string } | null };

export type ConsoleCloseCivilAffairsReferralMutationVariables = Exact<{
  referralId: string | number;
  closedOn: string;
}>;


export type ConsoleCloseCivilAffairsReferralMutation = { __typename: 'Mutation', referral: { __typename: 'CivilAffairsReferral', id: string } | null };

export type ConsoleCivilAffairsNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCivilAffairsNotificationsQuery = { __typename: 'Query', notifications: Array<{ __typename: 'CivilAffairsNotification', id: string, kind: string | null, subjectId: string | null, createdAt: string | null, seenAt: string | null }> | null };

export type ConsoleMarkCivilAffairsNotificationsSeenMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ConsoleMarkCivilAffairsNotificationsSeenMutation = { __typename: 'Mutation', notifications: Array<{ __typename: 'CivilAffairsNotification', id: string }> | null };

export type ConsoleHealthReferralFragment = { __typename: 'HealthReferral', id: string, careCaseId: string | null, status: ReferralStatus | null, needs: Array<HealthNeed> | null, description: string | null, contactName: string | null, contactPhone: string | null, contactAddress: string | null, referringDistrictCode: string | null, referredOn: string | null, receivedAt: string | null, serviceUnit: HealthServiceUnit | null, closedOn: string | null, services: Array<{ __typename: 'HealthServiceRecord', id: string, servedOn: string | null, mode: ServiceContactMode | null, summary: string | null, staffName: string | null }> | null, transfers: Array<{ __typename: 'HealthReferralTransfer', id: string, fromUnit: HealthServiceUnit | null, toUnit: HealthServiceUnit | null, reason: string | null, transferredOn: string | null }> | null };

export type ConsoleHealthInboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleHealthInboxQuery = { __typename: 'Query', inbox: { __typename: 'HealthInboxPage', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean | null, endCursor: string | null } | null, items: Array<{ __typename: 'HealthInboxItem', id: string, kind: string | null, since: string | null, referral: { __typename: 'HealthReferral', id: string, careCaseId: string | null, status: ReferralStatus | null, needs: Array<HealthNeed> | null, description: string | null, contactName: string | null, contactPhone: string | null, contactAddress: string | null, referringDistrictCode: string | null, referredOn: string | null, receivedAt: string | null, serviceUnit: HealthServiceUnit | null, closedOn: string | null, services: Array<{ __typename: 'HealthServiceRecord', id: string, servedOn: string | null, mode: ServiceContactMode | null, summary: string | null, staffName: string | null }> | null, transfers: Array<{ __typename: 'HealthReferralTransfer', id: string, fromUnit: HealthServiceUnit | null, toUnit: HealthServiceUnit | null, reason: string | null, transferredOn: string | null }> | null } | null }> | null } | null };

export type ConsoleHealthReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleHealthReferralQuery = { __typename: 'Query', referral: { __typename: 'HealthReferral', id: string, careCaseId: string | null, status: ReferralStatus | null, needs: Array<HealthNeed> | null, description: string | null, contactName: string | null, contactPhone: string | null, contactAddress: string | null, referringDistrictCode: string | null, referredOn: string | null, receivedAt: string | null, serviceUnit: HealthServiceUnit | null, closedOn: string | null, services: Array<{ __typename: 'HealthServiceRecord', id: string, servedOn: string | null, mode: ServiceContactMode | null, summary: string | null, staffName: string | null }> | null, transfers: Array<{ __typename: 'HealthReferralTransfer', id: string, fromUnit: HealthServiceUnit | null, toUnit: HealthServiceUnit | null, reason: string | null, transferredOn: string | null }> | null } | null };

export type ConsoleRecordHealthServiceMutationVariables = Exact<{
  referralId: string | number;
  servedOn: string;
  mode: ServiceContactMode;
  summary: string;
  staffName: string;
}>;


export type ConsoleRecordHealthServiceMutation = { __typename: 'Mutation', referral: { __typename: 'HealthReferral', id: string } | null };

export type ConsoleCloseHealthReferralMutationVariables = Exact<{
  referralId: string | number;
  closedOn: string;
}>;


export type ConsoleCloseHealthReferralMutation = { __typename: 'Mutation', referral: { __typename: 'HealthReferral', id: string } | null };

export type ConsoleHealthNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleHealthNotificationsQuery = { __typename: 'Query', notifications: Array<{ __typename: 'HealthNotification', id: string, kind: string | null, subjectId: string | null, createdAt: string | null, seenAt: string | null }> | null };

export type ConsoleMarkHealthNotificationsSeenMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ConsoleMarkHealthNotificationsSeenMutation = { __typename: 'Mutation', notifications: Array<{ __typename: 'HealthNotification', id: string }> | null };

export type ConsoleTransferHealthReferralMutationVariables = Exact<{
  referralId: string | number;
  reason: string;
  transferredOn: string;
}>;


export type ConsoleTransferHealthReferralMutation = { __typename: 'Mutation', referral: { __typename: 'HealthReferral', id: string } | null };

export type ConsolePartnerReferralFragment = { __typename: 'PartnerReferral', id: string, status: ReferralStatus | null, needs: Array<string> | null, description: string | null, contactName: string | null, contactPhone: string | null, contactAddress: string | null, referringDistrictCode: string | null, referredOn: string | null, receivedAt: string | null, serviceUnit: string | null, closedOn: string | null, services: Array<{ __typename: 'PartnerServiceRecord', id: string, servedOn: string | null, mode: ServiceContactMode | null, summary: string | null, staffName: string | null }> | null };

export type ConsolePartnerInboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsolePartnerInboxQuery = { __typename: 'Query', inbox: { __typename: 'PartnerInboxPage', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean | null, endCursor: string | null } | null, items: Array<{ __typename: 'PartnerInboxItem', id: string, kind: string | null, since: string | null, referral: { __typename: 'PartnerReferral', id: string, status: ReferralStatus | null, needs: Array<string> | null, description: string | null, contactName: string | null, contactPhone: string | null, contactAddress: string | null, referringDistrictCode: string | null, referredOn: string | null, receivedAt: string | null, serviceUnit: string | null, closedOn: string | null, services: Array<{ __typename: 'PartnerServiceRecord', id: string, servedOn: string | null, mode: ServiceContactMode | null, summary: string | null, staffName: string | null }> | null } | null }> | null } | null };

export type ConsolePartnerReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsolePartnerReferralQuery = { __typename: 'Query', referral: { __typename: 'PartnerReferral', id: string, status: ReferralStatus | null, needs: Array<string> | null, description: string | null, contactName: string | null, contactPhone: string | null, contactAddress: string | null, referringDistrictCode: string | null, referredOn: string | null, receivedAt: string | null, serviceUnit: string | null, closedOn: string | null, services: Array<{ __typename: 'PartnerServiceRecord', id: string, servedOn: string | null, mode: ServiceContactMode | null, summary: string | null, staffName: string | null }> | null } | null };

export type ConsoleRecordPartnerServiceMutationVariables = Exact<{
  referralId: string | number;
  servedOn: string;
  mode: ServiceContactMode;
  summary: string;
  staffName: string;
}>;


export type ConsoleRecordPartnerServiceMutation = { __typename: 'Mutation', referral: { __typename: 'PartnerReferral', id: string } | null };

export type ConsoleClosePartnerReferralMutationVariables = Exact<{
  referralId: string | number;
  closedOn: string;
}>;


export type ConsoleClosePartnerReferralMutation = { __typename: 'Mutation', referral: { __typename: 'PartnerReferral', id: string } | null };

export type ConsolePartnerNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsolePartnerNotificationsQuery = { __typename: 'Query', notifications: Array<{ __typename: 'PartnerNotification', id: string, kind: string | null, subjectId: string | null, createdAt: string | null, seenAt: string | null }> | null };

export type ConsoleMarkPartnerNotificationsSeenMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ConsoleMarkPartnerNotificationsSeenMutation = { __typename: 'Mutation', notifications: Array<{ __typename: 'PartnerNotification', id: string }> | null };

export type ConsoleSocialReferralFragment = { __typename: 'SocialReferral', id: string, careCaseId: string | null, status: ReferralStatus | null, needs: Array<SocialNeed> | null, description: string | null, contactName: string | null, contactPhone: string | null, contactAddress: string | null, referringDistrictCode: string | null, referredOn: string | null, receivedAt: string | null, serviceUnit: SocialServiceUnit | null, closedOn: string | null, services: Array<{ __typename: 'SocialServiceRecord', id: string, servedOn: string | null, mode: ServiceContactMode | null, summary: string | null, staffName: string | null }> | null, transfers: Array<{ __typename: 'SocialReferralTransfer', id: string, fromUnit: SocialServiceUnit | null, toUnit: SocialServiceUnit | null, reason: string | null, transferredOn: string | null }> | null };

export type ConsoleSocialInboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleSocialInboxQuery = { __typename: 'Query', inbox: { __typename: 'SocialInboxPage', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean | null, endCursor: string | null } | null, items: Array<{ __typename: 'SocialInboxItem', id: string, kind: string | null, since: string | null, referral: { __typename: 'SocialReferral', id: string, careCaseId: string | null, status: ReferralStatus | null, needs: Array<SocialNeed> | null, description: string | null, contactName: string | null, contactPhone: string | null, contactAddress: string | null, referringDistrictCode: string | null, referredOn: string | null, receivedAt: string | null, serviceUnit: SocialServiceUnit | null, closedOn: string | null, services: Array<{ __typename: 'SocialServiceRecord', id: string, servedOn: string | null, mode: ServiceContactMode | null, summary: string | null, staffName: string | null }> | null, transfers: Array<{ __typename: 'SocialReferralTransfer', id: string, fromUnit: SocialServiceUnit | null, toUnit: SocialServiceUnit | null, reason: string | null, transferredOn: string | null }> | null } | null }> | null } | null };

export type ConsoleSocialReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSocialReferralQuery = { __typename: 'Query', referral: { __typename: 'SocialReferral', id: string, careCaseId: string | null, status: ReferralStatus | null, needs: Array<SocialNeed> | null, description: string | null, contactName: string | null, contactPhone: string | null, contactAddress: string | null, referringDistrictCode: string | null, referredOn: string | null, receivedAt: string | null, serviceUnit: SocialServiceUnit | null, closedOn: string | null, services: Array<{ __typename: 'SocialServiceRecord', id: string, servedOn: string | null, mode: ServiceContactMode | null, summary: string | null, staffName: string | null }> | null, transfers: Array<{ __typename: 'SocialReferralTransfer', id: string, fromUnit: SocialServiceUnit | null, toUnit: SocialServiceUnit | null, reason: string | null, transferredOn: string | null }> | null } | null };

export type ConsoleRecordSocialServiceMutationVariables = Exact<{
  referralId: string | number;
  servedOn: string;
  mode: ServiceContactMode;
  summary: string;
  staffName: string;
}>;


export type ConsoleRecordSocialServiceMutation = { __typename: 'Mutation', referral: { __typename: 'SocialReferral', id: string } | null };

export type ConsoleCloseSocialReferralMutationVariables = Exact<{
  referralId: string | number;
  closedOn: string;
}>;


export type ConsoleCloseSocialReferralMutation = { __typename: 'Mutation', referral: { __typename: 'SocialReferral', id: string } | null };

export type ConsoleSocialNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSocialNotificationsQuery = { __typename: 'Query', notifications: Array<{ __typename: 'SocialNotification', id: string, kind: string | null, subjectId: string | null, createdAt: string | null, seenAt: string | null }> | null };

export type ConsoleMarkSocialNotificationsSeenMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ConsoleMarkSocialNotificationsSeenMutation = { __typename: 'Mutation', notifications: Array<{ __typename: 'SocialNotification', id: string }> | null };

export type ConsoleTransferSocialReferralMutationVariables = Exact<{
  referralId: string | number;
  reason: string;
  transferredOn: string;
}>;


export type ConsoleTransferSocialReferralMutation = { __typename: 'Mutation', referral: { __typename: 'SocialReferral', id: string } | null };

export type ConsoleOnwardReferralsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleOnwardReferralsQuery = { __typename: 'Query', civilAffairsReferral: { __typename: 'CivilAffairsReferral', id: string, onwardReferrals: Array<{ __typename: 'OnwardReferral', id: string, targetName: string | null, targetKind: OnwardTargetKind | null, referredOn: string | null, note: string | null, outcome: string | null, outcomeOn: string | null }> | null } | null };

export type ConsoleReferOnwardMutationVariables = Exact<{
  input: ReferOnwardInput;
}>;


export type ConsoleReferOnwardMutation = { __typename: 'Mutation', referOnward: { __typename: 'OnwardReferral', id: string } | null };

export type ConsoleRecordOnwardOutcomeMutationVariables = Exact<{
  id: string | number;
  outcome: string;
  outcomeOn: string;
}>;


export type ConsoleRecordOnwardOutcomeMutation = { __typename: 'Mutation', recordOnwardOutcome: { __typename: 'OnwardReferral', id: string } | null };

export type ConsoleOnwardTargetsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type ConsoleOnwardTargetsQuery = { __typename: 'Query', serviceDirectory: { __typename: 'ServiceDirectory', versionDate: string | null, agencies: Array<{ __typename: 'DirectoryAgency', code: string | null, name: string | null, level: DirectoryAgencyLevel | null }> | null } | null };

export type ConsoleReferralUrgentReportsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleReferralUrgentReportsQuery = { __typename: 'Query', careCase: { __typename: 'CareCase', id: string, urgentReports: Array<{ __typename: 'UrgentReport', id: string, kind: UrgentReportKind | null, target: UrgentReportTarget | null, reportedAt: string | null, outcome: UrgentReportOutcome | null, outcomeRecordedAt: string | null }> | null } | null };

export type ConsoleAuditEntryFragment = { __typename: 'AuditEntry', id: string, agency: string | null, readAt: string | null, subject: string | null, role: string | null, org: string | null, personId: string | null, entityType: string | null, entityId: string | null, fields: Array<string> | null, operationName: string | null, operationId: string | null, purpose: string | null };

export type ConsoleAuditLogQueryVariables = Exact<{
  filter: AuditFilter;
}>;


export type ConsoleAuditLogQuery = { __typename: 'Query', householdAuditLog: Array<{ __typename: 'AuditEntry', id: string, agency: string | null, readAt: string | null, subject: string | null, role: string | null, org: string | null, personId: string | null, entityType: string | null, entityId: string | null, fields: Array<string> | null, operationName: string | null, operationId: string | null, purpose: string | null }> | null, districtAuditLog: Array<{ __typename: 'AuditEntry', id: string, agency: string | null, readAt: string | null, subject: string | null, role: string | null, org: string | null, personId: string | null, entityType: string | null, entityId: string | null, fields: Array<string> | null, operationName: string | null, operationId: string | null, purpose: string | null }> | null, socialAuditLog: Array<{ __typename: 'AuditEntry', id: string, agency: string | null, readAt: string | null, subject: string | null, role: string | null, org: string | null, personId: string | null, entityType: string | null, entityId: string | null, fields: Array<string> | null, operationName: string | null, operationId: string | null, purpose: string | null }> | null, healthAuditLog: Array<{ __typename: 'AuditEntry', id: string, agency: string | null, readAt: string | null, subject: string | null, role: string | null, org: string | null, personId: string | null, entityType: string | null, entityId: string | null, fields: Array<string> | null, operationName: string | null, operationId: string | null, purpose: string | null }> | null, civilAffairsAuditLog: Array<{ __typename: 'AuditEntry', id: string, agency: string | null, readAt: string | null, subject: string | null, role: string | null, org: string | null, personId: string | null, entityType: string | null, entityId: string | null, fields: Array<string> | null, operationName: string | null, operationId: string | null, purpose: string | null }> | null, calendarAuditLog: Array<{ __typename: 'AuditEntry', id: string, agency: string | null, readAt: string | null, subject: string | null, role: string | null, org: string | null, personId: string | null, entityType: string | null, entityId: string | null, fields: Array<string> | null, operationName: string | null, operationId: string | null, purpose: string | null }> | null };

export type ConsoleChildCareCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleChildCareCasesQuery = { __typename: 'Query', childCareCases: Array<{ __typename: 'ChildCareCase', id: string, status: ChildCareCaseStatus | null, childName: string | null, birthDate: string | null, categories: Array<ChildCareCategory> | null, receivedAt: string | null, deadlines: Array<{ __typename: 'Deadline', step: string | null, dueAt: string | null, state: DeadlineState | null }> | null }> | null };

export type ConsoleChildCareCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleChildCareCaseQuery = { __typename: 'Query', childCareCase: { __typename: 'ChildCareCase', id: string, status: ChildCareCaseStatus | null, childName: string | null, idNumber: string | null, birthDate: string | null, motherName: string | null, categories: Array<ChildCareCategory> | null, receivedAt: string | null, visitedOn: string | null, assessment: string | null, treatment: string | null, sentForReviewAt: string | null, reviewNote: string | null, closedOn: string | null, notices: Array<{ __typename: 'ChildCareNotice', id: string, category: ChildCareCategory | null, senderService: string | null, noticedOn: string | null }> | null, merges: Array<{ __typename: 'ChildCareMerge', id: string, noticeId: string | null, matchedOn: ChildCareMatch | null, mergedAt: string | null, undoneAt: string | null, splitCaseId: string | null }> | null, recordMatches: Array<{ __typename: 'ChildCareRecordMatch', id: string, source: ChildCareRecordSource | null, found: boolean | null, note: string | null, matchedOn: string | null, matchedByUnit: SocialServiceUnit | null }> | null, requests: Array<{ __typename: 'ChildCareRequest', id: string, kind: ChildCareRequestKind | null, searchReason: SearchReason | null, requestedOn: string | null }> | null, found: Array<{ __typename: 'ChildFound', id: string, foundOn: string | null, location: string | null }> | null, replies: Array<{ __typename: 'ChildCareReply', id: string, requestKind: ChildCareRequestKind | null, outcome: ChildCareReplyOutcome | null, repliedOn: string | null, whereabouts: string | null, note: string | null }> | null, deadlines: Array<{ __typename: 'Deadline', step: string | null, dueAt: string | null, state: DeadlineState | null }> | null } | null };

export type ConsoleUndoChildCareMergeMutationVariables = Exact<{
  mergeId: string | number;
}>;


export type ConsoleUndoChildCareMergeMutation = { __typename: 'Mutation', undoChildCareMerge: { __typename: 'ChildCareMerge', id: string, undoneAt: string | null, splitCaseId: string | null } | null };

export type ConsoleRecordChildCareRecordMatchMutationVariables = Exact<{
  input: ChildCareRecordMatchInput;
}>;


export type ConsoleRecordChildCareRecordMatchMutation = { __typename: 'Mutation', recordChildCareRecordMatch: { __typename: 'ChildCareRecordMatch', id: string } | null };

export type ConsoleRequestChildCareFollowUpMutationVariables = Exact<{
  caseId: string | number;
  requestedOn: string;
}>;


export type ConsoleRequestChildCareFollowUpMutation = { __typename: 'Mutation', requestChildCareFollowUp: { __typename: 'ChildCareRequest', id: string } | null };

export type ConsoleRequestChildCareSearchMutationVariables = Exact<{
  caseId: string | number;
  reason: SearchReason;
  requestedOn: string;
}>;


export type ConsoleRequestChildCareSearchMutation = { __typename: 'Mutation', requestChildCareSearch: { __typename: 'ChildCareRequest', id: string } | null };

export type ConsoleRecordChildCareVisitMutationVariables = Exact<{
  input: ChildCareVisitInput;
}>;


export type ConsoleRecordChildCareVisitMutation = { __typename: 'Mutation', recordChildCareVisit: { __typename: 'ChildCareCase', id: string } | null };

export type ConsoleSendChildCareCaseForReviewMutationVariables = Exact<{
  caseId: string | number;
}>;


export type ConsoleSendChildCareCaseForReviewMutation = { __typename: 'Mutation', sendChildCareCaseForReview: { __typename: 'ChildCareCase', id: string } | null };

export type ConsoleReviewChildCareClosingMutationVariables = Exact<{
  input: ChildCareReviewInput;
}>;


export type ConsoleReviewChildCareClosingMutation = { __typename: 'Mutation', reviewChildCareClosing: { __typename: 'ChildCareCase', id: string } | null };

export type ConsoleChildCareExclusionsQueryVariables = Exact<{
  reason?: ChildCareExclusionReason | null | undefined;
}>;


export type ConsoleChildCareExclusionsQuery = { __typename: 'Query', childCareExclusions: Array<{ __typename: 'ChildCareExclusion', id: string, category: ChildCareCategory | null, reason: ChildCareExclusionReason | null, senderService: string | null, householdDistrictCode: string | null, noticedOn: string | null, screenedOn: string | null }> | null, childCareExclusionCounts: Array<{ __typename: 'ChildCareExclusionCount', reason: ChildCareExclusionReason | null, count: number | null }> | null };

export type ConsoleDistrictInboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  states?: Array<InboxState> | InboxState | null | undefined;
}>;


export type ConsoleDistrictInboxQuery = { __typename: 'Query', districtInbox: { __typename: 'DistrictInboxPage', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean | null, endCursor: string | null } | null, counts: Array<{ __typename: 'DistrictInboxStateCount', state: InboxState | null, count: number | null }> | null, items: Array<{ __typename: 'DistrictInboxItem', id: string, kind: string | null, step: string | null, dueAt: string | null, since: string | null, state: InboxState | null, careCase: { __typename: 'CareCase', id: string, caseType: CaseType | null, village: string | null, neighbourhood: number | null, status: CareCaseStatus | null, assignedOfficerName: string | null } | null, followUpRequest: { __typename: 'FollowUpRequest', id: string, status: FollowUpStatus | null, assignedOfficerName: string | null } | null }> | null } | null };

export type ConsoleCasesToAssignQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  village?: string | null | undefined;
}>;


export type ConsoleCasesToAssignQuery = { __typename: 'Query', careCases: { __typename: 'CareCaseConnection', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean | null, endCursor: string | null } | null, edges: Array<{ __typename: 'CareCaseEdge', node: { __typename: 'CareCase', id: string, caseType: CaseType | null, village: string | null, neighbourhood: number | null, requestedMode: VisitMode | null, assignedOfficerId: string | null, deadlines: Array<{ __typename: 'Deadline', step: string | null, dueAt: string | null, state: DeadlineState | null }> | null } | null }> | null } | null };

export type ConsoleAssignVillageOfficerMutationVariables = Exact<{
  careCaseId: string | number;
  officerId: string;
  officerName: string;
}>;


export type ConsoleAssignVillageOfficerMutation = { __typename: 'Mutation', assignVillageOfficer: { __typename: 'CareCase', id: string, assignedOfficerId: string | null, assignedOfficerName: string | null } | null };

export type ConsoleFollowUpRequestsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: FollowUpStatus | null | undefined;
}>;


export type ConsoleFollowUpRequestsQuery = { __typename: 'Query', followUpRequests: { __typename: 'FollowUpRequestConnection', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean | null, endCursor: string | null } | null, edges: Array<{ __typename: 'FollowUpRequestEdge', node: { __typename: 'FollowUpRequest', id: string, reason: SearchReason | null, requesterAgency: FollowUpRequesterAgency | null, requestedOn: string | null, receivedAt: string | null, status: FollowUpStatus | null, childName: string | null, childIdNumber: string | null, childBirthDate: string | null, motherName: string | null, assignedOfficerId: string | null, assignedOfficerName: string | null, met: boolean | null, followedUpOn: string | null, whereabouts: string | null, note: string | null, recordedBy: string | null, repliedAt: string | null, contacts: Array<{ __typename: 'FollowUpContact', name: string | null, relation: string | null, phone: string | null, address: string | null }> | null, deadlines: Array<{ __typename: 'Deadline', step: string | null, dueAt: string | null, state: DeadlineState | null }> | null } | null }> | null } | null };

export type ConsoleAssignFollowUpOfficerMutationVariables = Exact<{
  followUpRequestId: string | number;
  officerId: string;
  officerName: string;
}>;


export type ConsoleAssignFollowUpOfficerMutation = { __typename: 'Mutation', assignFollowUpOfficer: { __typename: 'FollowUpRequest', id: string, status: FollowUpStatus | null, assignedOfficerName: string | null } | null };

export type ConsoleRecordFollowUpResultMutationVariables = Exact<{
  input: FollowUpResultInput;
}>;


export type ConsoleRecordFollowUpResultMutation = { __typename: 'Mutation', recordFollowUpResult: { __typename: 'FollowUpRequest', id: string, status: FollowUpStatus | null } | null };

export type ConsoleHelpTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleHelpTasksQuery = { __typename: 'Query', helpTasks: Array<{ __typename: 'HelpTask', id: string, kind: HelpTaskKind | null, careCase: { __typename: 'CareCase', id: string, village: string | null, visitRecord: { __typename: 'VisitRecord', id: string, visitedPersonName: string | null, visitedPersonPhone: string | null, visitedPersonAddress: string | null } | null } | null }> | null };

export type ConsoleCompleteHelpTaskMutationVariables = Exact<{
  taskId: string | number;
  doneOn: string;
  note?: string | null | undefined;
}>;


export type ConsoleCompleteHelpTaskMutation = { __typename: 'Mutation', completeHelpTask: { __typename: 'HelpTask', id: string, state: HelpTaskState | null, doneOn: string | null } | null };

export type ConsoleLedgersToAcknowledgeQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleLedgersToAcknowledgeQuery = { __typename: 'Query', handoverLedgersToAcknowledge: { __typename: 'HandoverLedgerConnection', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean | null, endCursor: string | null } | null, edges: Array<{ __typename: 'HandoverLedgerEdge', node: { __typename: 'HandoverLedger', id: string, receivedAt: string | null, officeCode: string | null, ledgerDate: string | null, formCount: number | null, careCases: Array<{ __typename: 'CareCase', id: string, caseType: CaseType | null, village: string | null, neighbourhood: number | null, deadlines: Array<{ __typename: 'Deadline', step: string | null, dueAt: string | null, state: DeadlineState | null }> | null }> | null } | null }> | null } | null };

export type ConsoleAcknowledgeLedgerMutationVariables = Exact<{
  ledgerId: string | number;
}>;


export type ConsoleAcknowledgeLedgerMutation = { __typename: 'Mutation', acknowledgeHandoverLedger: { __typename: 'HandoverLedger', id: string, acknowledgedAt: string | null, careCases: Array<{ __typename: 'CareCase', id: string, status: CareCaseStatus | null }> | null } | null };

export type ConsoleSignOffQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleSignOffQueueQuery = { __typename: 'Query', careCases: { __typename: 'CareCaseConnection', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean | null, endCursor: string | null } | null, edges: Array<{ __typename: 'CareCaseEdge', node: { __typename: 'CareCase', id: string, village: string | null, assignedOfficerName: string | null, visitRecord: { __typename: 'VisitRecord', id: string, state: VisitRecordState | null, outcome: VisitOutcome | null, visitedOn: string | null, firstMissedOn: string | null, needs: Array<string> | null, requiredLevels: Array<SignOffRole> | null, signatures: Array<{ __typename: 'VisitRecordSignature', level: SignOffRole | null, signerName: string | null, signedAt: string | null }> | null } | null } | null }> | null } | null, visitFormBoxes: Array<{ __typename: 'VisitFormBox', code: string | null, label: string | null }> | null };

export type ConsoleSignVisitRecordMutationVariables = Exact<{
  id: string | number;
  level: SignOffRole;
  signerName: string;
}>;


export type ConsoleSignVisitRecordMutation = { __typename: 'Mutation', signVisitRecord: { __typename: 'VisitRecord', id: string, state: VisitRecordState | null, signatures: Array<{ __typename: 'VisitRecordSignature', level: SignOffRole | null, signerName: string | null, signedAt: string | null }> | null } | null };

export type ConsoleFileVisitRecordMutationVariables = Exact<{
  id: string | number;
  filedOn: string;
}>;


export type ConsoleFileVisitRecordMutation = { __typename: 'Mutation', fileVisitRecord: { __typename: 'VisitRecord', id: string, state: VisitRecordState | null, filedOn: string | null, careCase: { __typename: 'CareCase', id: string, status: CareCaseStatus | null, referrals: Array<{ __typename: 'CaseReferral', id: string, target: string | null, delivery: ReferralDelivery | null }> | null } | null } | null };

export type ConsoleVaccinationFollowUpsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleVaccinationFollowUpsQuery = { __typename: 'Query', vaccinationFollowUps: Array<{ __typename: 'VaccinationFollowUp', id: string, name: string | null, idNumber: string | null, birthDate: string | null, householdAddress: string | null, motherName: string | null, windowStart: string | null, windowEnd: string | null, status: VaccinationFollowUpStatus | null, outcome: VaccinationOutcome | null, outcomeOn: string | null, referralCondition: VaccinationReferralCondition | null, referredOn: string | null, doses: Array<{ __typename: 'OverdueDose', vaccine: string | null, dose: string | null, dueOn: string | null }> | null, reminders: Array<{ __typename: 'VaccinationReminder', id: string, remindedOn: string | null, mode: ReminderMode | null, twoWay: boolean | null, reached: ContactedPerson | null }> | null, catchUpRule: { __typename: 'CatchUpReminderRule', remindersInWindow: number | null, twoWayContacts: number | null, holds: boolean | null } | null, deadlines: Array<{ __typename: 'Deadline', step: string | null, dueAt: string | null, state: DeadlineState | null }> | null }> | null };

export type ConsoleRecordVaccinationReminderMutationVariables = Exact<{
  input: VaccinationReminderInput;
}>;


export type ConsoleRecordVaccinationReminderMutation = { __typename: 'Mutation', recordVaccinationReminder: { __typename: 'VaccinationFollowUp', id: string } | null };

export type ConsoleRecordVaccinationOutcomeMutationVariables = Exact<{
  input: VaccinationOutcomeInput;
}>;


export type ConsoleRecordVaccinationOutcomeMutation = { __typename: 'Mutation', recordVaccinationOutcome: { __typename: 'VaccinationFollowUp', id: string } | null };

export type ConsoleReferVaccinationFollowUpMutationVariables = Exact<{
  id: string | number;
  condition: VaccinationReferralCondition;
}>;


export type ConsoleReferVaccinationFollowUpMutation = { __typename: 'Mutation', referVaccinationFollowUpToSocial: { __typename: 'VaccinationFollowUp', id: string } | null };

export type ConsoleFormsToHandOverQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleFormsToHandOverQuery = { __typename: 'Query', householdInbox: { __typename: 'HouseholdInboxPage', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean | null, endCursor: string | null } | null, items: Array<{ __typename: 'HouseholdInboxItem', id: string, step: string | null, dueAt: string | null, state: InboxState | null, consentInquiry: { __typename: 'ConsentInquiry', id: string, caseType: CaseType | null, decision: VisitDecision | null, appliedOn: string | null, respondentName: string | null, visitAddress: { __typename: 'Address', districtCode: string | null, village: string | null, neighbourhood: number | null } | null } | null }> | null } | null };

export type ConsoleHandOverMutationVariables = Exact<{
  date: string;
}>;


export type ConsoleHandOverMutation = { __typename: 'Mutation', handOverConsentInquiries: Array<{ __typename: 'HandoverLedger', id: string }> | null };

export type ConsoleHandoverLedgersQueryVariables = Exact<{
  date: string;
}>;


export type ConsoleHandoverLedgersQuery = { __typename: 'Query', handoverLedgers: Array<{ __typename: 'HandoverLedger', id: string, receivingDistrictCode: string | null, ledgerDate: string | null, formCount: number | null, handedOverBy: string | null, handedOverAt: string | null, remark: string | null, stampText: string | null, delivery: HandoverDelivery | null, acknowledgedBy: string | null, acknowledgedAt: string | null }> | null };

export type ConsoleClerkStartQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleClerkStartQuery = { __typename: 'Query', householdInbox: { __typename: 'HouseholdInboxPage', totalCount: number | null, counts: Array<{ __typename: 'HouseholdInboxStateCount', state: InboxState | null, count: number | null }> | null } | null, handovers: { __typename: 'HouseholdInboxPage', totalCount: number | null } | null, corrections: { __typename: 'HouseholdInboxPage', totalCount: number | null } | null, householdNotifications: Array<{ __typename: 'HouseholdNotification', id: string, kind: string | null, step: string | null, createdAt: string | null, seenAt: string | null }> | null };

export type ConsoleMarkHouseholdNotificationsSeenMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ConsoleMarkHouseholdNotificationsSeenMutation = { __typename: 'Mutation', markHouseholdNotificationsSeen: Array<{ __typename: 'HouseholdNotification', id: string, seenAt: string | null }> | null };

export type ConsoleClerkPersonsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ConsoleClerkPersonsQuery = { __typename: 'Query', persons: { __typename: 'PersonConnection', edges: Array<{ __typename: 'PersonEdge', node: { __typename: 'Person', id: string, name: string | null, idNumber: string | null, isNewImmigrant: boolean | null, originCountry: OriginCountry | null, originCountryOther: string | null, household: { __typename: 'Household', id: string, householdNumber: string | null, address: { __typename: 'Address', districtCode: string | null, village: string | null, neighbourhood: number | null, road: string | null, section: number | null, lane: number | null, alley: number | null, number: string | null, floor: number | null, floorUnit: number | null } | null } | null } | null }> | null } | null };

export type ConsoleRecordRegistrationMutationVariables = Exact<{
  input: RecordRegistrationInput;
}>;


export type ConsoleRecordRegistrationMutation = { __typename: 'Mutation', recordRegistration: { __typename: 'Registration', id: string, caseType: CaseType | null, consentInquiry: { __typename: 'ConsentInquiry', id: string, decision: VisitDecision | null, deadlines: Array<{ __typename: 'Deadline', step: string | null, dueAt: string | null }> | null } | null } | null };

export type ConsoleReturnsToCorrectQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleReturnsToCorrectQuery = { __typename: 'Query', householdInbox: { __typename: 'HouseholdInboxPage', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean | null, endCursor: string | null } | null, items: Array<{ __typename: 'HouseholdInboxItem', id: string, step: string | null, dueAt: string | null, state: InboxState | null, consentInquiry: { __typename: 'ConsentInquiry', id: string, caseType: CaseType | null, decision: VisitDecision | null, appliedOn: string | null, respondentName: string | null, visitAddress: { __typename: 'Address', districtCode: string | null, village: string | null, neighbourhood: number | null, road: string | null, section: number | null, lane: number | null, alley: number | null, number: string | null, floor: number | null, floorUnit: number | null } | null, correctionRequest: { __typename: 'CorrectionRequest', reason: string | null, requestedAt: string | null, district: string | null } | null } | null }> | null } | null };

export type ConsoleCorrectConsentInquiryMutationVariables = Exact<{
  input: CorrectConsentInquiryInput;
}>;


export type ConsoleCorrectConsentInquiryMutation = { __typename: 'Mutation', correctConsentInquiry: { __typename: 'ConsentInquiry', id: string, correctionRequest: { __typename: 'CorrectionRequest', correctedAt: string | null } | null } | null };

export type ConsoleTeenParentSurveysDueQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleTeenParentSurveysDueQuery = { __typename: 'Query', teenParentSurveysDue: Array<{ __typename: 'Registration', id: string, registeredOn: string | null, registrant: { __typename: 'Person', id: string, name: string | null } | null }> | null };

export type ConsoleRecordTeenParentSurveyMutationVariables = Exact<{
  input: RecordTeenParentSurveyInput;
}>;


export type ConsoleRecordTeenParentSurveyMutation = { __typename: 'Mutation', recordTeenParentSurvey: { __typename: 'TeenParentSurvey', id: string, declined: boolean | null } | null };

export type ConsoleWithdrawConsentInquiryMutationVariables = Exact<{
  consentInquiryId: string | number;
  reason: string;
}>;


export type ConsoleWithdrawConsentInquiryMutation = { __typename: 'Mutation', withdrawConsentInquiry: { __typename: 'ConsentInquiry', id: string, correctionRequest: { __typename: 'CorrectionRequest', withdrawnAt: string | null } | null } | null };

export type ConsoleSearchRequestsQueryVariables = Exact<{
  status?: SearchStatus | null | undefined;
}>;


export type ConsoleSearchRequestsQuery = { __typename: 'Query', searchRequests: { __typename: 'SearchRequestConnection', totalCount: number | null, edges: Array<{ __typename: 'SearchRequestEdge', node: { __typename: 'SearchRequest', id: string, reason: SearchReason | null, requesterAgency: SearchRequesterAgency | null, householdDistrictCode: string | null, requestedOn: string | null, receivedAt: string | null, status: SearchStatus | null, childName: string | null, childIdNumber: string | null, childBirthDate: string | null, motherName: string | null, visitedOn: string | null, visitNote: string | null, outcome: SearchOutcome | null, resultOn: string | null, foundAddress: string | null, officerName: string | null, contacts: Array<{ __typename: 'SearchContact', name: string | null, relation: string | null, phone: string | null, address: string | null }> | null, deadlines: Array<{ __typename: 'Deadline', step: string | null, dueAt: string | null, state: DeadlineState | null }> | null } | null }> | null } | null };

export type ConsoleRecordSearchVisitMutationVariables = Exact<{
  input: SearchVisitInput;
}>;


export type ConsoleRecordSearchVisitMutation = { __typename: 'Mutation', recordSearchVisit: { __typename: 'SearchRequest', id: string } | null };

export type ConsoleRecordSearchResultMutationVariables = Exact<{
  input: SearchResultInput;
}>;


export type ConsoleRecordSearchResultMutation = { __typename: 'Mutation', recordSearchResult: { __typename: 'SearchRequest', id: string } | null };

export type ConsoleCareStatisticsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ConsoleCareStatisticsQuery = { __typename: 'Query', byCaseType: { __typename: 'CareStatistics', id: string, casesRecorded: { __typename: 'StatisticsTable', cells: Array<{ __typename: 'StatisticsCell', caseType: CaseType | null, count: number | null, suppressed: boolean | null }> | null, total: { __typename: 'StatisticsCell', count: number | null, suppressed: boolean | null } | null } | null, casesVisited: { __typename: 'StatisticsTable', total: { __typename: 'StatisticsCell', count: number | null, suppressed: boolean | null } | null } | null, socialReferralsReceived: { __typename: 'StatisticsTable', total: { __typename: 'StatisticsCell', count: number | null, suppressed: boolean | null } | null } | null, healthReferralsReceived: { __typename: 'StatisticsTable', total: { __typename: 'StatisticsCell', count: number | null, suppressed: boolean | null } | null } | null, civilAffairsReferralsReceived: { __typename: 'StatisticsTable', total: { __typename: 'StatisticsCell', count: number | null, suppressed: boolean | null } | null } | null, socialReferralOutcomes: { __typename: 'StatisticsTable', cells: Array<{ __typename: 'StatisticsCell', status: ReferralStatus | null, count: number | null, suppressed: boolean | null }> | null } | null, healthReferralOutcomes: { __typename: 'StatisticsTable', cells: Array<{ __typename: 'StatisticsCell', status: ReferralStatus | null, count: number | null, suppressed: boolean | null }> | null } | null, civilAffairsReferralOutcomes: { __typename: 'StatisticsTable', cells: Array<{ __typename: 'StatisticsCell', status: ReferralStatus | null, count: number | null, suppressed: boolean | null }> | null } | null } | null, byUnit: { __typename: 'CareStatistics', id: string, partnerReferralsReceived: { __typename: 'StatisticsTable', cells: Array<{ __typename: 'StatisticsCell', unit: string | null, count: number | null, suppressed: boolean | null }> | null } | null, partnerReferralOutcomes: { __typename: 'StatisticsTable', cells: Array<{ __typename: 'StatisticsCell', unit: string | null, status: ReferralStatus | null, count: number | null, suppressed: boolean | null }> | null } | null } | null, byMonth: { __typename: 'CareStatistics', id: string, casesRecorded: { __typename: 'StatisticsTable', cells: Array<{ __typename: 'StatisticsCell', month: string | null, count: number | null, suppressed: boolean | null }> | null } | null, casesVisited: { __typename: 'StatisticsTable', cells: Array<{ __typename: 'StatisticsCell', month: string | null, count: number | null, suppressed: boolean | null }> | null } | null } | null, byDistrict: { __typename: 'CareStatistics', id: string, acknowledgementTimeliness: { __typename: 'StatisticsTable', cells: Array<{ __typename: 'StatisticsCell', area: string | null, outcome: DeadlineOutcome | null, count: number | null, suppressed: boolean | null }> | null } | null, homeVisitTimeliness: { __typename: 'StatisticsTable', cells: Array<{ __typename: 'StatisticsCell', area: string | null, outcome: DeadlineOutcome | null, count: number | null, suppressed: boolean | null }> | null } | null, visitRecordTimeliness: { __typename: 'StatisticsTable', cells: Array<{ __typename: 'StatisticsCell', area: string | null, outcome: DeadlineOutcome | null, count: number | null, suppressed: boolean | null }> | null } | null } | null };

export type ConsoleUnifiedCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleUnifiedCaseQuery = { __typename: 'Query', person: { __typename: 'Person', id: string, name: string | null, sex: Sex | null, birthDate: string | null, idNumber: string | null, originCountry: OriginCountry | null, mobilePhone: string | null, isNewImmigrant: boolean | null, household: { __typename: 'Household', id: string, householdNumber: string | null } | null, registrations: Array<{ __typename: 'Registration', id: string, caseType: CaseType | null, registeredOn: string | null, consentInquiry: { __typename: 'ConsentInquiry', id: string, decision: VisitDecision | null, workPhone: string | null, email: string | null } | null }> | null, careCases: Array<{ __typename: 'CareCase', id: string, status: CareCaseStatus | null, caseType: CaseType | null, village: string | null, neighbourhood: number | null, visitAttempts: Array<{ __typename: 'VisitAttempt', id: string, attemptNumber: number | null, attemptedOn: string | null, mode: VisitMode | null, met: boolean | null }> | null, visitRecord: { __typename: 'VisitRecord', id: string, outcome: VisitOutcome | null, visitedOn: string | null, visitedPersonName: string | null, visitedPersonPhone: string | null, visitedPersonAddress: string | null } | null }> | null, socialReferrals: Array<{ __typename: 'SocialReferral', id: string, status: ReferralStatus | null, referredOn: string | null, contactName: string | null, contactPhone: string | null }> | null, healthReferrals: Array<{ __typename: 'HealthReferral', id: string, status: ReferralStatus | null, referredOn: string | null, contactName: string | null, contactPhone: string | null }> | null, civilAffairsReferrals: Array<{ __typename: 'CivilAffairsReferral', id: string, status: ReferralStatus | null, referredOn: string | null, contactName: string | null, contactPhone: string | null }> | null, partnerReferrals: Array<{ __typename: 'PartnerReferral', id: string, status: ReferralStatus | null, referredOn: string | null, contactName: string | null, contactPhone: string | null }> | null } | null };

export type ConsoleVillageCaseWorkQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleVillageCaseWorkQuery = { __typename: 'Query', careCase: { __typename: 'CareCase', id: string, caseType: CaseType | null, village: string | null, neighbourhood: number | null, status: CareCaseStatus | null, requestedMode: VisitMode | null, handedOverAt: string | null, deadlines: Array<{ __typename: 'Deadline', step: string | null, dueAt: string | null, state: DeadlineState | null }> | null, visitAttempts: Array<{ __typename: 'VisitAttempt', attemptNumber: number | null, attemptedOn: string | null, mode: VisitMode | null, met: boolean | null }> | null, visitRecord: { __typename: 'VisitRecord', id: string, state: VisitRecordState | null, outcome: VisitOutcome | null, visitedOn: string | null, needs: Array<string> | null, requiredLevels: Array<SignOffRole> | null, signatures: Array<{ __typename: 'VisitRecordSignature', level: SignOffRole | null, signerName: string | null, signedAt: string | null }> | null } | null, urgentReports: Array<{ __typename: 'UrgentReport', id: string, kind: UrgentReportKind | null, target: UrgentReportTarget | null, targetOther: string | null, reportedAt: string | null, recipientName: string | null, outcome: UrgentReportOutcome | null, outcomeRecordedAt: string | null }> | null } | null };

export type ConsoleSignOwnLevelMutationVariables = Exact<{
  id: string | number;
  signerName: string;
}>;


export type ConsoleSignOwnLevelMutation = { __typename: 'Mutation', signVisitRecord: { __typename: 'VisitRecord', id: string, state: VisitRecordState | null, signatures: Array<{ __typename: 'VisitRecordSignature', level: SignOffRole | null, signerName: string | null, signedAt: string | null }> | null } | null };

export type ConsoleRecordUrgentReportMutationVariables = Exact<{
  input: UrgentReportInput;
}>;


export type ConsoleRecordUrgentReportMutation = { __typename: 'Mutation', recordUrgentReport: { __typename: 'UrgentReport', id: string, kind: UrgentReportKind | null, target: UrgentReportTarget | null, reportedAt: string | null, outcome: UrgentReportOutcome | null } | null };

export type ConsoleRecordUrgentReportOutcomeMutationVariables = Exact<{
  reportId: string | number;
  outcome: UrgentReportOutcome;
  recordedAt: string;
}>;


export type ConsoleRecordUrgentReportOutcomeMutation = { __typename: 'Mutation', recordUrgentReportOutcome: { __typename: 'UrgentReport', id: string, outcome: UrgentReportOutcome | null, outcomeRecordedAt: string | null } | null };

export type ConsoleRecordVisitAttemptMutationVariables = Exact<{
  input: VisitAttemptInput;
}>;


export type ConsoleRecordVisitAttemptMutation = { __typename: 'Mutation', recordVisitAttempt: { __typename: 'CareCase', id: string, status: CareCaseStatus | null, closure: CareCaseClosure | null, visitAttempts: Array<{ __typename: 'VisitAttempt', attemptNumber: number | null, attemptedOn: string | null, mode: VisitMode | null, met: boolean | null }> | null } | null };

export type ConsoleVisitFormBoxesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleVisitFormBoxesQuery = { __typename: 'Query', visitFormBoxes: Array<{ __typename: 'VisitFormBox', code: string | null, label: string | null, order: number | null, kind: VisitFormBoxKind | null, agencyName: string | null, phone: string | null, description: string | null, versionDate: string | null }> | null };

export type ConsoleDraftVisitRecordMutationVariables = Exact<{
  input: VisitRecordInput;
}>;


export type ConsoleDraftVisitRecordMutation = { __typename: 'Mutation', draftVisitRecord: { __typename: 'VisitRecord', id: string, state: VisitRecordState | null, outcome: VisitOutcome | null, requiredLevels: Array<SignOffRole> | null } | null };

export type ConsoleVillageCasesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  village?: string | null | undefined;
}>;


export type ConsoleVillageCasesQuery = { __typename: 'Query', careCases: { __typename: 'CareCaseConnection', totalCount: number | null, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean | null, endCursor: string | null } | null, edges: Array<{ __typename: 'CareCaseEdge', node: { __typename: 'CareCase', id: string, caseType: CaseType | null, village: string | null, neighbourhood: number | null, requestedMode: VisitMode | null, assignedOfficerName: string | null, visitAttempts: Array<{ __typename: 'VisitAttempt', attemptNumber: number | null }> | null, visitRecord: { __typename: 'VisitRecord', id: string, state: VisitRecordState | null } | null, deadlines: Array<{ __typename: 'Deadline', step: string | null, dueAt: string | null, state: DeadlineState | null }> | null } | null }> | null } | null };

export const ConsoleCivilAffairsReferralFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCivilAffairsReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CivilAffairsReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactAddress"}},{"kind":"Field","name":{"kind":"Name","value":"referringDistrictCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","alias":{"kind":"Name","value":"staffName"},"name":{"kind":"Name","value":"officerName"}}]}}]}}]} as unknown as DocumentNode<ConsoleCivilAffairsReferralFragment, unknown>;
export const ConsoleHealthReferralFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleHealthReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"careCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactAddress"}},{"kind":"Field","name":{"kind":"Name","value":"referringDistrictCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","alias":{"kind":"Name","value":"staffName"},"name":{"kind":"Name","value":"nurseName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredOn"}}]}}]}}]} as unknown as DocumentNode<ConsoleHealthReferralFragment, unknown>;
export const ConsolePartnerReferralFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePartnerReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactAddress"}},{"kind":"Field","name":{"kind":"Name","value":"referringDistrictCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","alias":{"kind":"Name","value":"staffName"},"name":{"kind":"Name","value":"officerName"}}]}}]}}]} as unknown as DocumentNode<ConsolePartnerReferralFragment, unknown>;
export const ConsoleSocialReferralFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleSocialReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"careCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactAddress"}},{"kind":"Field","name":{"kind":"Name","value":"referringDistrictCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","alias":{"kind":"Name","value":"staffName"},"name":{"kind":"Name","value":"socialWorkerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredOn"}}]}}]}}]} as unknown as DocumentNode<ConsoleSocialReferralFragment, unknown>;
export const ConsoleAuditEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleAuditEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"org"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]} as unknown as DocumentNode<ConsoleAuditEntryFragment, unknown>;
export const ConsoleCivilAffairsInboxDocument = {"__meta__":{"hash":"sha256:48042876db4d06878b9ba2b5f8d5d6f0199e20eccb0cf2ad3b6ab3ee29622f81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCivilAffairsInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"inbox"},"name":{"kind":"Name","value":"civilAffairsInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCivilAffairsReferral"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCivilAffairsReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CivilAffairsReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactAddress"}},{"kind":"Field","name":{"kind":"Name","value":"referringDistrictCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","alias":{"kind":"Name","value":"staffName"},"name":{"kind":"Name","value":"officerName"}}]}}]}}]} as unknown as DocumentNode<ConsoleCivilAffairsInboxQuery, ConsoleCivilAffairsInboxQueryVariables>;
export const ConsoleCivilAffairsReferralDocument = {"__meta__":{"hash":"sha256:5f3baaba99159b2404a77cecfa1e16a295a87cfe0bbdec5d0bdadb189ba842d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCivilAffairsReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"referral"},"name":{"kind":"Name","value":"civilAffairsReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCivilAffairsReferral"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCivilAffairsReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CivilAffairsReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactAddress"}},{"kind":"Field","name":{"kind":"Name","value":"referringDistrictCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","alias":{"kind":"Name","value":"staffName"},"name":{"kind":"Name","value":"officerName"}}]}}]}}]} as unknown as DocumentNode<ConsoleCivilAffairsReferralQuery, ConsoleCivilAffairsReferralQueryVariables>;
export const ConsoleRecordCivilAffairsServiceDocument = {"__meta__":{"hash":"sha256:30e04dc7fb901b67642bf31a2f3780701dcdb93195944821651ee058168476fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordCivilAffairsService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"servedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceContactMode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"summary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"referral"},"name":{"kind":"Name","value":"recordCivilAffairsService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"servedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"servedOn"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"summary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"summary"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"officerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffName"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordCivilAffairsServiceMutation, ConsoleRecordCivilAffairsServiceMutationVariables>;
export const ConsoleCloseCivilAffairsReferralDocument = {"__meta__":{"hash":"sha256:0f5ecc4e458e450fc5b3b8225a5a1db1f9de8966b7845cd4c4ebc8c09558f15e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCloseCivilAffairsReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"referral"},"name":{"kind":"Name","value":"closeCivilAffairsReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"closedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCloseCivilAffairsReferralMutation, ConsoleCloseCivilAffairsReferralMutationVariables>;
export const ConsoleCivilAffairsNotificationsDocument = {"__meta__":{"hash":"sha256:c7ef7fa6c32d5f8c8d169e5a77363bc6e75fc04fb0bc3470ac10fca7b22e9c01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCivilAffairsNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"notifications"},"name":{"kind":"Name","value":"civilAffairsNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleCivilAffairsNotificationsQuery, ConsoleCivilAffairsNotificationsQueryVariables>;
export const ConsoleMarkCivilAffairsNotificationsSeenDocument = {"__meta__":{"hash":"sha256:3a27205f6a18c7fdbaba7fbafb0fa2fb8708167e46aba802fd94a4483e177ed8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMarkCivilAffairsNotificationsSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"notifications"},"name":{"kind":"Name","value":"markCivilAffairsNotificationsSeen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleMarkCivilAffairsNotificationsSeenMutation, ConsoleMarkCivilAffairsNotificationsSeenMutationVariables>;
export const ConsoleHealthInboxDocument = {"__meta__":{"hash":"sha256:8ec0488e95333c849535d11161b328262e41bf6b5270f785621050b62dcbaf11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleHealthInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"inbox"},"name":{"kind":"Name","value":"healthInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleHealthReferral"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleHealthReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"careCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactAddress"}},{"kind":"Field","name":{"kind":"Name","value":"referringDistrictCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","alias":{"kind":"Name","value":"staffName"},"name":{"kind":"Name","value":"nurseName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredOn"}}]}}]}}]} as unknown as DocumentNode<ConsoleHealthInboxQuery, ConsoleHealthInboxQueryVariables>;
export const ConsoleHealthReferralDocument = {"__meta__":{"hash":"sha256:ccdff8d1613c8e99f18f28eab0ee44d22f0ca833006b45b8c65304d43991d5dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleHealthReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"referral"},"name":{"kind":"Name","value":"healthReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleHealthReferral"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleHealthReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"careCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactAddress"}},{"kind":"Field","name":{"kind":"Name","value":"referringDistrictCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","alias":{"kind":"Name","value":"staffName"},"name":{"kind":"Name","value":"nurseName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredOn"}}]}}]}}]} as unknown as DocumentNode<ConsoleHealthReferralQuery, ConsoleHealthReferralQueryVariables>;
export const ConsoleRecordHealthServiceDocument = {"__meta__":{"hash":"sha256:4be937a8620e4c0c0f6653f469239c0e29e9b16d62e1e50273855ad0277baed9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordHealthService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"servedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceContactMode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"summary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"referral"},"name":{"kind":"Name","value":"recordHealthService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"servedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"servedOn"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"summary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"summary"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"nurseName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffName"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordHealthServiceMutation, ConsoleRecordHealthServiceMutationVariables>;
export const ConsoleCloseHealthReferralDocument = {"__meta__":{"hash":"sha256:1cfce3d448cdf203075c5c3bb145a757d7201407cc7b52556711b2f698b71975"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCloseHealthReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"referral"},"name":{"kind":"Name","value":"closeHealthReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"closedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCloseHealthReferralMutation, ConsoleCloseHealthReferralMutationVariables>;
export const ConsoleHealthNotificationsDocument = {"__meta__":{"hash":"sha256:017dfe7e76113a36a3595b453cbeb41c596a27b7ee56adada68f5ab646b19d1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleHealthNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"notifications"},"name":{"kind":"Name","value":"healthNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleHealthNotificationsQuery, ConsoleHealthNotificationsQueryVariables>;
export const ConsoleMarkHealthNotificationsSeenDocument = {"__meta__":{"hash":"sha256:b186c0e71baadee1b1125187ab8ad7c5606ae252cf5b061c2a171f934861b74e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMarkHealthNotificationsSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"notifications"},"name":{"kind":"Name","value":"markHealthNotificationsSeen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleMarkHealthNotificationsSeenMutation, ConsoleMarkHealthNotificationsSeenMutationVariables>;
export const ConsoleTransferHealthReferralDocument = {"__meta__":{"hash":"sha256:df827ccad4dc217816b3f8f2f7a3954bf3b90f9992e2b969545ff473086e5512"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTransferHealthReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"transferredOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"referral"},"name":{"kind":"Name","value":"transferHealthReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toUnit"},"value":{"kind":"EnumValue","value":"COMMUNITY_MENTAL_HEALTH_CENTRE"}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"transferredOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"transferredOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleTransferHealthReferralMutation, ConsoleTransferHealthReferralMutationVariables>;
export const ConsolePartnerInboxDocument = {"__meta__":{"hash":"sha256:2c8d5c67caded7907a71a205a972f3cf3bbab6285985eca0c872394314d04414"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePartnerInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"inbox"},"name":{"kind":"Name","value":"partnerInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePartnerReferral"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePartnerReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactAddress"}},{"kind":"Field","name":{"kind":"Name","value":"referringDistrictCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","alias":{"kind":"Name","value":"staffName"},"name":{"kind":"Name","value":"officerName"}}]}}]}}]} as unknown as DocumentNode<ConsolePartnerInboxQuery, ConsolePartnerInboxQueryVariables>;
export const ConsolePartnerReferralDocument = {"__meta__":{"hash":"sha256:b4c2def44927fbb9b39cf27157baf937fde130ab2419447da6f937f251037a12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePartnerReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"referral"},"name":{"kind":"Name","value":"partnerReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePartnerReferral"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePartnerReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactAddress"}},{"kind":"Field","name":{"kind":"Name","value":"referringDistrictCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","alias":{"kind":"Name","value":"staffName"},"name":{"kind":"Name","value":"officerName"}}]}}]}}]} as unknown as DocumentNode<ConsolePartnerReferralQuery, ConsolePartnerReferralQueryVariables>;
export const ConsoleRecordPartnerServiceDocument = {"__meta__":{"hash":"sha256:693a49e0284a326fd60e76e5c9632b681781d3168ada0cd8aa45af5c285efa7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordPartnerService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"servedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceContactMode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"summary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"referral"},"name":{"kind":"Name","value":"recordPartnerService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"servedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"servedOn"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"summary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"summary"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"officerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffName"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordPartnerServiceMutation, ConsoleRecordPartnerServiceMutationVariables>;
export const ConsoleClosePartnerReferralDocument = {"__meta__":{"hash":"sha256:59eeead8c76095e07edba90a3a77fbf61b81843c3c88db8da28fcf98722e768a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleClosePartnerReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"referral"},"name":{"kind":"Name","value":"closePartnerReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"closedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleClosePartnerReferralMutation, ConsoleClosePartnerReferralMutationVariables>;
export const ConsolePartnerNotificationsDocument = {"__meta__":{"hash":"sha256:c09213f3c110875eaedcc1a603cc0ef998f893f0b026a354cd056c88f3eb412c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePartnerNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"notifications"},"name":{"kind":"Name","value":"partnerNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenAt"}}]}}]}}]} as unknown as DocumentNode<ConsolePartnerNotificationsQuery, ConsolePartnerNotificationsQueryVariables>;
export const ConsoleMarkPartnerNotificationsSeenDocument = {"__meta__":{"hash":"sha256:093ddeccb5ddb92e03819112de5a853fd2aae3ce7e349fdab37617eef2db4fea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMarkPartnerNotificationsSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"notifications"},"name":{"kind":"Name","value":"markPartnerNotificationsSeen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleMarkPartnerNotificationsSeenMutation, ConsoleMarkPartnerNotificationsSeenMutationVariables>;
export const ConsoleSocialInboxDocument = {"__meta__":{"hash":"sha256:4b83a201a9cfc2958c49fdd483c5feca1dd78adf755889b94e2c8068b487d7f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSocialInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"inbox"},"name":{"kind":"Name","value":"socialInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleSocialReferral"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleSocialReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"careCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactAddress"}},{"kind":"Field","name":{"kind":"Name","value":"referringDistrictCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","alias":{"kind":"Name","value":"staffName"},"name":{"kind":"Name","value":"socialWorkerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredOn"}}]}}]}}]} as unknown as DocumentNode<ConsoleSocialInboxQuery, ConsoleSocialInboxQueryVariables>;
export const ConsoleSocialReferralDocument = {"__meta__":{"hash":"sha256:d8b53c43e78bce75efa6910a0c0df5568ce0d4ecebf6640f51bc0d6938b6e5c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSocialReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"referral"},"name":{"kind":"Name","value":"socialReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleSocialReferral"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleSocialReferral"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SocialReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"careCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactAddress"}},{"kind":"Field","name":{"kind":"Name","value":"referringDistrictCode"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnit"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"servedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","alias":{"kind":"Name","value":"staffName"},"name":{"kind":"Name","value":"socialWorkerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transfers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fromUnit"}},{"kind":"Field","name":{"kind":"Name","value":"toUnit"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"transferredOn"}}]}}]}}]} as unknown as DocumentNode<ConsoleSocialReferralQuery, ConsoleSocialReferralQueryVariables>;
export const ConsoleRecordSocialServiceDocument = {"__meta__":{"hash":"sha256:9707e110b8c74e69fb310776627522516777569bcdfbe859339d4b075e7141eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordSocialService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"servedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceContactMode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"summary"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"referral"},"name":{"kind":"Name","value":"recordSocialService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"servedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"servedOn"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"summary"},"value":{"kind":"Variable","name":{"kind":"Name","value":"summary"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"socialWorkerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffName"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordSocialServiceMutation, ConsoleRecordSocialServiceMutationVariables>;
export const ConsoleCloseSocialReferralDocument = {"__meta__":{"hash":"sha256:22c2985a9feef9c51e923b148a4e42b6fc2470ae0aa9ac0ac83acde5deb95bf9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCloseSocialReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"referral"},"name":{"kind":"Name","value":"closeSocialReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"closedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCloseSocialReferralMutation, ConsoleCloseSocialReferralMutationVariables>;
export const ConsoleSocialNotificationsDocument = {"__meta__":{"hash":"sha256:ef23f81fee56e702abe957c85cab06b0846fa6abbb57672aab55bb712842f711"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSocialNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"notifications"},"name":{"kind":"Name","value":"socialNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleSocialNotificationsQuery, ConsoleSocialNotificationsQueryVariables>;
export const ConsoleMarkSocialNotificationsSeenDocument = {"__meta__":{"hash":"sha256:af679525796470a24008c01f31c9e0aac4954aec4de91e057ef43b71a7c5e4b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMarkSocialNotificationsSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"notifications"},"name":{"kind":"Name","value":"markSocialNotificationsSeen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleMarkSocialNotificationsSeenMutation, ConsoleMarkSocialNotificationsSeenMutationVariables>;
export const ConsoleTransferSocialReferralDocument = {"__meta__":{"hash":"sha256:c051e7935190b610fcddbc070c8558b848161a15279ec7420b11154d3e17a2a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTransferSocialReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"transferredOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"referral"},"name":{"kind":"Name","value":"transferSocialReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toUnit"},"value":{"kind":"EnumValue","value":"FAMILY_SERVICE_CENTRE"}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"transferredOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"transferredOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleTransferSocialReferralMutation, ConsoleTransferSocialReferralMutationVariables>;
export const ConsoleOnwardReferralsDocument = {"__meta__":{"hash":"sha256:44b68de327bd4c066ca59c504899435c213b82b02e2345ab7ef585f9e7264328"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleOnwardReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"civilAffairsReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"onwardReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleOnwardReferralsQuery, ConsoleOnwardReferralsQueryVariables>;
export const ConsoleReferOnwardDocument = {"__meta__":{"hash":"sha256:048d6828b9d05c3fe657334118fdea2ee248c8ce5fe165bc5df9eb118f4b354f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReferOnward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferOnwardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referOnward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleReferOnwardMutation, ConsoleReferOnwardMutationVariables>;
export const ConsoleRecordOnwardOutcomeDocument = {"__meta__":{"hash":"sha256:1f1aa815f026a67300dc31a2841a6cf6a6ba4d13319e2da5063498ebf068aba1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordOnwardOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcomeOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordOnwardOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcomeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcomeOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordOnwardOutcomeMutation, ConsoleRecordOnwardOutcomeMutationVariables>;
export const ConsoleOnwardTargetsDocument = {"__meta__":{"hash":"sha256:de919fc640cfdfe7654b9efe4538987c3ede4d1a9c950cd02dc2a4b1b88ec0ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleOnwardTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDirectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"city"},"value":{"kind":"StringValue","value":"taipei","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"versionDate"}},{"kind":"Field","name":{"kind":"Name","value":"agencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleOnwardTargetsQuery, ConsoleOnwardTargetsQueryVariables>;
export const ConsoleReferralUrgentReportsDocument = {"__meta__":{"hash":"sha256:dc90e2cb9cf77e9fcd4b8df25861a92d2faa659259c3325a3eb6f939b541005b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleReferralUrgentReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"careCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urgentReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRecordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReferralUrgentReportsQuery, ConsoleReferralUrgentReportsQueryVariables>;
export const ConsoleAuditLogDocument = {"__meta__":{"hash":"sha256:85ea15ba2b41cd2c0aa4cb3ab34fcdf4649c898116db5bb10e52465ace40c773"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"householdAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleAuditEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"districtAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleAuditEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleAuditEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleAuditEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"civilAffairsAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleAuditEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calendarAuditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleAuditEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleAuditEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"org"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}}]} as unknown as DocumentNode<ConsoleAuditLogQuery, ConsoleAuditLogQueryVariables>;
export const ConsoleChildCareCasesDocument = {"__meta__":{"hash":"sha256:1d89d687cbac8adc38e6b2e116e92aae9f727f57665c2151c5691ac9fcb6a268"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleChildCareCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"childCareCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleChildCareCasesQuery, ConsoleChildCareCasesQueryVariables>;
export const ConsoleChildCareCaseDocument = {"__meta__":{"hash":"sha256:cc61b0d335cfa8d81fe508c59ff5da07b15ea2503ecde35181ce923559862aec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleChildCareCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"childCareCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"motherName"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"treatment"}},{"kind":"Field","name":{"kind":"Name","value":"sentForReviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"senderService"}},{"kind":"Field","name":{"kind":"Name","value":"noticedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"merges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticeId"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mergedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"splitCaseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"found"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"matchedByUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"searchReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"found"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestKind"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"whereabouts"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleChildCareCaseQuery, ConsoleChildCareCaseQueryVariables>;
export const ConsoleUndoChildCareMergeDocument = {"__meta__":{"hash":"sha256:75b825148b6dadbbabe40099945346e3958fc971a3b01b261a05083bd23d8c52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUndoChildCareMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"undoChildCareMerge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mergeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"splitCaseId"}}]}}]}}]} as unknown as DocumentNode<ConsoleUndoChildCareMergeMutation, ConsoleUndoChildCareMergeMutationVariables>;
export const ConsoleRecordChildCareRecordMatchDocument = {"__meta__":{"hash":"sha256:eb67cf7b822dbea7838f5816a7684a8b79c0a9053edfe51feb5e6987968399f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordChildCareRecordMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCareRecordMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordChildCareRecordMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordChildCareRecordMatchMutation, ConsoleRecordChildCareRecordMatchMutationVariables>;
export const ConsoleRequestChildCareFollowUpDocument = {"__meta__":{"hash":"sha256:cabc8f56487ea978a90df66e392d41ba756e55bc61b1ae723a187b5b95fd634d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRequestChildCareFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestChildCareFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRequestChildCareFollowUpMutation, ConsoleRequestChildCareFollowUpMutationVariables>;
export const ConsoleRequestChildCareSearchDocument = {"__meta__":{"hash":"sha256:062608b3a8989677351f69f6d229bfcf9edec74d63c783bbbfd9a2a319da09b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRequestChildCareSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchReason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestChildCareSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRequestChildCareSearchMutation, ConsoleRequestChildCareSearchMutationVariables>;
export const ConsoleRecordChildCareVisitDocument = {"__meta__":{"hash":"sha256:c085c6a51edf2ef3e6fc8b52762112be7bf9fee116b0d08ae808728dfdfa021f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordChildCareVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCareVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordChildCareVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordChildCareVisitMutation, ConsoleRecordChildCareVisitMutationVariables>;
export const ConsoleSendChildCareCaseForReviewDocument = {"__meta__":{"hash":"sha256:9aaa7c0cb66f4e12fb899fa00363db3921dfccc2c5f9844180f02fcf73fe3741"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSendChildCareCaseForReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sendChildCareCaseForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleSendChildCareCaseForReviewMutation, ConsoleSendChildCareCaseForReviewMutationVariables>;
export const ConsoleReviewChildCareClosingDocument = {"__meta__":{"hash":"sha256:9cb6bda27c59da0bf57544a7fa9dc34a0b4bb4850c5286a00d03d4fc7d2725d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReviewChildCareClosing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCareReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reviewChildCareClosing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleReviewChildCareClosingMutation, ConsoleReviewChildCareClosingMutationVariables>;
export const ConsoleChildCareExclusionsDocument = {"__meta__":{"hash":"sha256:fa68fc93bfd725cde9887e1b5803bbd0191e5875ae5fdb5b294f106393da28a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleChildCareExclusions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChildCareExclusionReason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"childCareExclusions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"senderService"}},{"kind":"Field","name":{"kind":"Name","value":"householdDistrictCode"}},{"kind":"Field","name":{"kind":"Name","value":"noticedOn"}},{"kind":"Field","name":{"kind":"Name","value":"screenedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childCareExclusionCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ConsoleChildCareExclusionsQuery, ConsoleChildCareExclusionsQueryVariables>;
export const ConsoleDistrictInboxDocument = {"__meta__":{"hash":"sha256:4bbd9871a861eba310a8fd02c7f10241853fb09053107a96714a346a50ca81cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDistrictInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"states"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InboxState"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"districtInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"states"},"value":{"kind":"Variable","name":{"kind":"Name","value":"states"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"careCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDistrictInboxQuery, ConsoleDistrictInboxQueryVariables>;
export const ConsoleCasesToAssignDocument = {"__meta__":{"hash":"sha256:d7658c44624d487b83d64c9383ddb3f04999a506a32403618a172366fd9cddd1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCasesToAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"village"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"careCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"ObjectField","name":{"kind":"Name","value":"assigned"},"value":{"kind":"BooleanValue","value":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"village"},"value":{"kind":"Variable","name":{"kind":"Name","value":"village"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"requestedMode"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerId"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCasesToAssignQuery, ConsoleCasesToAssignQueryVariables>;
export const ConsoleAssignVillageOfficerDocument = {"__meta__":{"hash":"sha256:3f9e52d8aad49fb465ec04e8a5c457d903ced5a452980a03ea094b1180c401d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAssignVillageOfficer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"careCaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officerName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assignVillageOfficer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"careCaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"careCaseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"officerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"officerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officerName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerId"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerName"}}]}}]}}]} as unknown as DocumentNode<ConsoleAssignVillageOfficerMutation, ConsoleAssignVillageOfficerMutationVariables>;
export const ConsoleFollowUpRequestsDocument = {"__meta__":{"hash":"sha256:ccb6cdb15d07d69110f329dd121dcd628357fa7f0a508f93cbe95468af2bf49e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleFollowUpRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"followUpRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAgency"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"childIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"childBirthDate"}},{"kind":"Field","name":{"kind":"Name","value":"motherName"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerId"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerName"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"whereabouts"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"repliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleFollowUpRequestsQuery, ConsoleFollowUpRequestsQueryVariables>;
export const ConsoleAssignFollowUpOfficerDocument = {"__meta__":{"hash":"sha256:b077642413ad3e7552b9dcc49c32ef5cfb504fcfcd1a276b5f2fda9ae209989e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAssignFollowUpOfficer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"followUpRequestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officerName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assignFollowUpOfficer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"followUpRequestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"followUpRequestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"officerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"officerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officerName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerName"}}]}}]}}]} as unknown as DocumentNode<ConsoleAssignFollowUpOfficerMutation, ConsoleAssignFollowUpOfficerMutationVariables>;
export const ConsoleRecordFollowUpResultDocument = {"__meta__":{"hash":"sha256:37e30adc2a4cdd16056853a7c210ae77f6857050ddfadafe376406a19604295e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordFollowUpResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordFollowUpResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordFollowUpResultMutation, ConsoleRecordFollowUpResultMutationVariables>;
export const ConsoleHelpTasksDocument = {"__meta__":{"hash":"sha256:85bc134426ea399bb49adcb01a306de982d526e6feb75c43dbab62d75049347f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleHelpTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"helpTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"OPEN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"careCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"visitRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"visitedPersonPhone"}},{"kind":"Field","name":{"kind":"Name","value":"visitedPersonAddress"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleHelpTasksQuery, ConsoleHelpTasksQueryVariables>;
export const ConsoleCompleteHelpTaskDocument = {"__meta__":{"hash":"sha256:fc096ce5b1666e03b504da8afce40ae35371a17241c39bd1e692458614ac5df7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCompleteHelpTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doneOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeHelpTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"doneOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doneOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}}]}}]}}]} as unknown as DocumentNode<ConsoleCompleteHelpTaskMutation, ConsoleCompleteHelpTaskMutationVariables>;
export const ConsoleLedgersToAcknowledgeDocument = {"__meta__":{"hash":"sha256:369826a8f5aecbf23c488fb20f34be6494334a5bea4d1917350a7065d5142255"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLedgersToAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"handoverLedgersToAcknowledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerDate"}},{"kind":"Field","name":{"kind":"Name","value":"formCount"}},{"kind":"Field","name":{"kind":"Name","value":"careCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLedgersToAcknowledgeQuery, ConsoleLedgersToAcknowledgeQueryVariables>;
export const ConsoleAcknowledgeLedgerDocument = {"__meta__":{"hash":"sha256:6695dbd19bac568081bbcfc601faccf9a63fc7db8ecd4c996fc5f197748fae57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAcknowledgeLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeHandoverLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ledgerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"careCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAcknowledgeLedgerMutation, ConsoleAcknowledgeLedgerMutationVariables>;
export const ConsoleSignOffQueueDocument = {"__meta__":{"hash":"sha256:eb70c3ea70c30313d65e3c9c1ef9f18418fff3a0fb6202a3846f0dbe1affbaab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSignOffQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"careCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"ObjectField","name":{"kind":"Name","value":"visitRecordStates"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"},{"kind":"EnumValue","value":"SIGNING"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerName"}},{"kind":"Field","name":{"kind":"Name","value":"visitRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"firstMissedOn"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevels"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitFormBoxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ConsoleSignOffQueueQuery, ConsoleSignOffQueueQueryVariables>;
export const ConsoleSignVisitRecordDocument = {"__meta__":{"hash":"sha256:88e9c0eb80def112821b07da716498a7f1e775babf1219292190655d5455b0de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSignVisitRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffRole"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signerName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signVisitRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"signerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signerName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSignVisitRecordMutation, ConsoleSignVisitRecordMutationVariables>;
export const ConsoleFileVisitRecordDocument = {"__meta__":{"hash":"sha256:2331c50acee9a0c14ab86cc291328988629847b7fa0c17fe7d398a31b27d2178"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleFileVisitRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fileVisitRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"filedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"careCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleFileVisitRecordMutation, ConsoleFileVisitRecordMutationVariables>;
export const ConsoleVaccinationFollowUpsDocument = {"__meta__":{"hash":"sha256:2a09e6dae3c4b439f6cd975f8a83eb59933064eb1f4e25aedc3ddd03be364d59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleVaccinationFollowUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vaccinationFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"householdAddress"}},{"kind":"Field","name":{"kind":"Name","value":"motherName"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeOn"}},{"kind":"Field","name":{"kind":"Name","value":"referralCondition"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"doses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vaccine"}},{"kind":"Field","name":{"kind":"Name","value":"dose"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"remindedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"twoWay"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catchUpRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"remindersInWindow"}},{"kind":"Field","name":{"kind":"Name","value":"twoWayContacts"}},{"kind":"Field","name":{"kind":"Name","value":"holds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleVaccinationFollowUpsQuery, ConsoleVaccinationFollowUpsQueryVariables>;
export const ConsoleRecordVaccinationReminderDocument = {"__meta__":{"hash":"sha256:b792b4ebb9b14b5cf159e75fe6cc46c6562ae8891a69b0a6709a7268b4790cdc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordVaccinationReminder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VaccinationReminderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordVaccinationReminder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordVaccinationReminderMutation, ConsoleRecordVaccinationReminderMutationVariables>;
export const ConsoleRecordVaccinationOutcomeDocument = {"__meta__":{"hash":"sha256:b8465074f8ea6ce638cdaad9272842721c4a923d1de917cbbab9b87711d71123"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordVaccinationOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VaccinationOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordVaccinationOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordVaccinationOutcomeMutation, ConsoleRecordVaccinationOutcomeMutationVariables>;
export const ConsoleReferVaccinationFollowUpDocument = {"__meta__":{"hash":"sha256:17d376d015b7cd9ffa6379b90777a3f1972a0bf723e24127b02be2b8fbbb0f86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReferVaccinationFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"condition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VaccinationReferralCondition"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"referVaccinationFollowUpToSocial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"condition"},"value":{"kind":"Variable","name":{"kind":"Name","value":"condition"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleReferVaccinationFollowUpMutation, ConsoleReferVaccinationFollowUpMutationVariables>;
export const ConsoleFormsToHandOverDocument = {"__meta__":{"hash":"sha256:3a750a11d5ddbeaad7ccac2164043462e185a9a8ac4c762745d52041051c6d30"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleFormsToHandOver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"householdInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"steps"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"HANDOVER","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"consentInquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"visitAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleFormsToHandOverQuery, ConsoleFormsToHandOverQueryVariables>;
export const ConsoleHandOverDocument = {"__meta__":{"hash":"sha256:1856ed4a45e9590e1fb36f4f50e88a6e79a03c08a85f787f5c05436428294320"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleHandOver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"handOverConsentInquiries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleHandOverMutation, ConsoleHandOverMutationVariables>;
export const ConsoleHandoverLedgersDocument = {"__meta__":{"hash":"sha256:0d123447f7fecdf39bcae599374e398ab1ce515bf1b2c11af3f6714cc75a1383"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleHandoverLedgers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"handoverLedgers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivingDistrictCode"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerDate"}},{"kind":"Field","name":{"kind":"Name","value":"formCount"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverBy"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"stampText"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleHandoverLedgersQuery, ConsoleHandoverLedgersQueryVariables>;
export const ConsoleClerkStartDocument = {"__meta__":{"hash":"sha256:8e0479ebf63d70ea539fe27e05666505527bb6bf047eeb0acc6f486ae83bf6a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClerkStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"householdInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"handovers"},"name":{"kind":"Name","value":"householdInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"steps"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"HANDOVER","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"corrections"},"name":{"kind":"Name","value":"householdInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"steps"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"CORRECTION","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleClerkStartQuery, ConsoleClerkStartQueryVariables>;
export const ConsoleMarkHouseholdNotificationsSeenDocument = {"__meta__":{"hash":"sha256:b939abfa99dfbddd2342cfb453ecfecabc753be4f446f153e593dfbdfeaae6bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMarkHouseholdNotificationsSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markHouseholdNotificationsSeen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seenAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleMarkHouseholdNotificationsSeenMutation, ConsoleMarkHouseholdNotificationsSeenMutationVariables>;
export const ConsoleClerkPersonsDocument = {"__meta__":{"hash":"sha256:0ec4adbb084ed1d5934f90218f897c2c4d1fda05b2c11acdb497da65f82c06a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClerkPersons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"isNewImmigrant"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"}},{"kind":"Field","name":{"kind":"Name","value":"originCountryOther"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"road"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"lane"}},{"kind":"Field","name":{"kind":"Name","value":"alley"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"floorUnit"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleClerkPersonsQuery, ConsoleClerkPersonsQueryVariables>;
export const ConsoleRecordRegistrationDocument = {"__meta__":{"hash":"sha256:b17fce8f7b1e1656bf1e031f981970b586573be0c53db0d21cecdeb6ab15f1fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"consentInquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordRegistrationMutation, ConsoleRecordRegistrationMutationVariables>;
export const ConsoleReturnsToCorrectDocument = {"__meta__":{"hash":"sha256:6e651245f70c2f6bbf22970eb1da41c487a8e79d96eafd76e12b142af7397699"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleReturnsToCorrect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"householdInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"steps"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"CORRECTION","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"consentInquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"visitAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"road"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"lane"}},{"kind":"Field","name":{"kind":"Name","value":"alley"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"floorUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"district"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReturnsToCorrectQuery, ConsoleReturnsToCorrectQueryVariables>;
export const ConsoleCorrectConsentInquiryDocument = {"__meta__":{"hash":"sha256:9612ccd59089fc6793988de6247dc1396da5d9d31654fbb20f7718c73bfca2a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCorrectConsentInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectConsentInquiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"correctConsentInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCorrectConsentInquiryMutation, ConsoleCorrectConsentInquiryMutationVariables>;
export const ConsoleTeenParentSurveysDueDocument = {"__meta__":{"hash":"sha256:db9c81c6e121c52d95d04b883aaa3e95c4fbbeb47f7804fccaa1c64dce143422"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTeenParentSurveysDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"teenParentSurveysDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"registrant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTeenParentSurveysDueQuery, ConsoleTeenParentSurveysDueQueryVariables>;
export const ConsoleRecordTeenParentSurveyDocument = {"__meta__":{"hash":"sha256:6027f67ddaed2fa58c6509e88ee61420fd36a187366d3235d6f2d44511db1cb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordTeenParentSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTeenParentSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordTeenParentSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordTeenParentSurveyMutation, ConsoleRecordTeenParentSurveyMutationVariables>;
export const ConsoleWithdrawConsentInquiryDocument = {"__meta__":{"hash":"sha256:855a711d77d37bf29af849d90f964bfa6c4ea7b986dfc94dec73135209eb30f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleWithdrawConsentInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consentInquiryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawConsentInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consentInquiryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consentInquiryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWithdrawConsentInquiryMutation, ConsoleWithdrawConsentInquiryMutationVariables>;
export const ConsoleSearchRequestsDocument = {"__meta__":{"hash":"sha256:29b310d7ad673631ab0c83043192c2bfa0cad8d77abf377b3dbaa3e7bae1f7f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSearchRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"searchRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requesterAgency"}},{"kind":"Field","name":{"kind":"Name","value":"householdDistrictCode"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"childName"}},{"kind":"Field","name":{"kind":"Name","value":"childIdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"childBirthDate"}},{"kind":"Field","name":{"kind":"Name","value":"motherName"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"visitNote"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"resultOn"}},{"kind":"Field","name":{"kind":"Name","value":"foundAddress"}},{"kind":"Field","name":{"kind":"Name","value":"officerName"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSearchRequestsQuery, ConsoleSearchRequestsQueryVariables>;
export const ConsoleRecordSearchVisitDocument = {"__meta__":{"hash":"sha256:f9578c82112e283e9ada31b8a9fd9fe8b22b72ce50f04bed2d1d56516a8ffae6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordSearchVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordSearchVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordSearchVisitMutation, ConsoleRecordSearchVisitMutationVariables>;
export const ConsoleRecordSearchResultDocument = {"__meta__":{"hash":"sha256:ae7cb908f399c006cd3051c6b71a5c24cc1d644431e71ddfe218aa890b765bd2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordSearchResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordSearchResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordSearchResultMutation, ConsoleRecordSearchResultMutationVariables>;
export const ConsoleCareStatisticsDocument = {"__meta__":{"hash":"sha256:e65fb6af419b9da34a845c13210099fc973c128c77d894a7c4756a760533c0af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCareStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"byCaseType"},"name":{"kind":"Name","value":"careStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CASE_TYPE"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"casesRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialReferralsReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthReferralsReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"civilAffairsReferralsReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialReferralOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthReferralOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"civilAffairsReferralOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byUnit"},"name":{"kind":"Name","value":"careStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"UNIT"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerReferralsReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerReferralOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byMonth"},"name":{"kind":"Name","value":"careStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"MONTH"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"casesRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"casesVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byDistrict"},"name":{"kind":"Name","value":"careStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DISTRICT"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementTimeliness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeVisitTimeliness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitRecordTimeliness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCareStatisticsQuery, ConsoleCareStatisticsQueryVariables>;
export const ConsoleUnifiedCaseDocument = {"__meta__":{"hash":"sha256:a5c5f2733406bb945a06d2c6f9087a4975a02ef41dc4243eeca68431e95c7d9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleUnifiedCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"}},{"kind":"Field","name":{"kind":"Name","value":"mobilePhone"}},{"kind":"Field","name":{"kind":"Name","value":"isNewImmigrant"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentInquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"careCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"visitAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"visitedPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"visitedPersonPhone"}},{"kind":"Field","name":{"kind":"Name","value":"visitedPersonAddress"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"healthReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"civilAffairsReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUnifiedCaseQuery, ConsoleUnifiedCaseQueryVariables>;
export const ConsoleVillageCaseWorkDocument = {"__meta__":{"hash":"sha256:b5c79cb63a9a71996081e22e2c456c075e1968e2f553df5e69f5e5bd04f4a49b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleVillageCaseWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"careCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedMode"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevels"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgentReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOther"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRecordedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleVillageCaseWorkQuery, ConsoleVillageCaseWorkQueryVariables>;
export const ConsoleSignOwnLevelDocument = {"__meta__":{"hash":"sha256:8825ab4642df82971a0a10c052370a3d841c4d343106b895d2e28b1dd7944572"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSignOwnLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signerName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signVisitRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE_OFFICER"}},{"kind":"Argument","name":{"kind":"Name","value":"signerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signerName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSignOwnLevelMutation, ConsoleSignOwnLevelMutationVariables>;
export const ConsoleRecordUrgentReportDocument = {"__meta__":{"hash":"sha256:920ee448bd6fbff3248cc70e62cb2d80a791f904f9fedf358c15f25f881ef0de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordUrgentReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UrgentReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordUrgentReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordUrgentReportMutation, ConsoleRecordUrgentReportMutationVariables>;
export const ConsoleRecordUrgentReportOutcomeDocument = {"__meta__":{"hash":"sha256:4bd5cc2a1d04a63b01629bf3cb40ee1b3feb374eba525331c38f02bed9f5b28c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordUrgentReportOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UrgentReportOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recordedAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordUrgentReportOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reportId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reportId"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"recordedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recordedAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeRecordedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordUrgentReportOutcomeMutation, ConsoleRecordUrgentReportOutcomeMutationVariables>;
export const ConsoleRecordVisitAttemptDocument = {"__meta__":{"hash":"sha256:af8f801d973134bd12f5bc1b09468e8e9b55c537a144909cb253fb6c71838c83"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordVisitAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VisitAttemptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordVisitAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closure"}},{"kind":"Field","name":{"kind":"Name","value":"visitAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordVisitAttemptMutation, ConsoleRecordVisitAttemptMutationVariables>;
export const ConsoleVisitFormBoxesDocument = {"__meta__":{"hash":"sha256:5fbd69f466007d80d9097bcaadda973df7928cfc7ca542f53d9a2f414230f729"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleVisitFormBoxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"visitFormBoxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"versionDate"}}]}}]}}]} as unknown as DocumentNode<ConsoleVisitFormBoxesQuery, ConsoleVisitFormBoxesQueryVariables>;
export const ConsoleDraftVisitRecordDocument = {"__meta__":{"hash":"sha256:88f9ac7eb4163fe6367ee0695ff07e69ecca968fb79f56b1f216d2ef4f98bf10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDraftVisitRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VisitRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"draftVisitRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevels"}}]}}]}}]} as unknown as DocumentNode<ConsoleDraftVisitRecordMutation, ConsoleDraftVisitRecordMutationVariables>;
export const ConsoleVillageCasesDocument = {"__meta__":{"hash":"sha256:3f0a383632892fe9caa60fada8488743ca6ab2cf868cc5e994a75f39f462a9a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleVillageCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"village"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"careCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"ObjectField","name":{"kind":"Name","value":"village"},"value":{"kind":"Variable","name":{"kind":"Name","value":"village"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"requestedMode"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerName"}},{"kind":"Field","name":{"kind":"Name","value":"visitAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleVillageCasesQuery, ConsoleVillageCasesQueryVariables>;