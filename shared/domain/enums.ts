/**
 * The closed lists of the seed forms and statistics, written once: the type-graphql enums of every
 * subgraph, the demo-data generator and the tests import them from here (STYLE 9).
 */

/** A1: 洽公項目. The consent form (附件1) lists five; the statistics (seed 001) count eight. */
export enum CaseType {
  /** 出生登記 */
  BIRTH = "BIRTH",
  /** 結婚登記 */
  MARRIAGE = "MARRIAGE",
  /** 離婚登記 */
  DIVORCE = "DIVORCE",
  /** 配偶死亡登記 (A1: only when the surviving spouse is a new immigrant) */
  DEATH = "DEATH",
  /** 遷徙登記 */
  MOVE = "MOVE",
  /** 收養登記 */
  ADOPTION = "ADOPTION",
  /** 初設戶籍登記 */
  FIRST_REGISTRATION = "FIRST_REGISTRATION",
  /** 其他 */
  OTHER = "OTHER",
}

/**
 * A2: the respondent's decision on 附件1 (R3: this mark is authoritative): exactly the form's three
 * boxes. There is no "other" box (DOMAIN.md erratum, issue #9); the office's "4.其他" line is
 * `ConsentInquiry.officeRemarks`.
 */
export enum VisitDecision {
  /** 同意到府訪視 */
  HOME_VISIT = "HOME_VISIT",
  /** 不同意訪視 (A3: recorded, declined, never visited) */
  DECLINED = "DECLINED",
  /** 同意電話訪視 (meant for families living outside Taipei) */
  PHONE_VISIT = "PHONE_VISIT",
}

/**
 * A1: who the new immigrant is to the registration. A consent inquiry is asked only when the
 * registrant, the registrant's spouse or (births) a parent is the new immigrant, and for a death
 * only when the surviving spouse is (registration/trigger.ts).
 */
export enum NewImmigrantRelation {
  /** 申請人本人 (A13: she registers her own move) */
  REGISTRANT = "REGISTRANT",
  /** 申請人之配偶 */
  REGISTRANT_SPOUSE = "REGISTRANT_SPOUSE",
  /** 出生登記: 新生兒之父或母 */
  PARENT = "PARENT",
  /** 配偶死亡登記: 生存配偶 */
  SURVIVING_SPOUSE = "SURVIVING_SPOUSE",
  /** 配偶死亡登記: the new immigrant is the deceased spouse (no inquiry, A1) */
  DECEASED_SPOUSE = "DECEASED_SPOUSE",
  /** Any other relation, e.g. a grandparent or sibling (no inquiry, A1) */
  OTHER_RELATIVE = "OTHER_RELATIVE",
}

/** A1: the welcome handbook (幸福手冊) the clerk gives, as a book or on CD. */
export enum WelcomeHandbook {
  /** 書冊 */
  BOOK = "BOOK",
  /** 光碟 */
  CD = "CD",
}

/** A2: 最適拜訪時間. */
export enum VisitTimeSlot {
  /** 09:00~11:00 */
  MORNING = "MORNING",
  /** 14:00~17:00 */
  AFTERNOON = "AFTERNOON",
}

/** A2: 原屬國籍或地區. */
export enum OriginCountry {
  /** 大陸港澳 */
  MAINLAND_HK_MACAU = "MAINLAND_HK_MACAU",
  /** 越南 */
  VIETNAM = "VIETNAM",
  /** 印尼 */
  INDONESIA = "INDONESIA",
  /** 泰國 */
  THAILAND = "THAILAND",
  /** 菲律賓 */
  PHILIPPINES = "PHILIPPINES",
  /** 緬甸 */
  MYANMAR = "MYANMAR",
  /** 其他 (with text) */
  OTHER = "OTHER",
}

/** 先生 / 小姐 after the respondent's name on 附件1. */
export enum Honorific {
  /** 先生 */
  MR = "MR",
  /** 小姐 */
  MS = "MS",
}

export enum Sex {
  FEMALE = "FEMALE",
  MALE = "MALE",
}

/** Which number a person's identity number is. */
export enum IdentityDocument {
  /** 國民身分證統一編號 */
  NATIONAL_ID = "NATIONAL_ID",
  /** 居留證統一證號 (resident certificate of a foreign or mainland-born spouse) */
  RESIDENT_CERTIFICATE = "RESIDENT_CERTIFICATE",
}

/** A6: how a visit was made; seed 001 counts "visited, home or phone". */
export enum VisitMode {
  HOME = "HOME",
  PHONE = "PHONE",
}

/** A8: 附件4's outcome, exactly one. */
export enum VisitOutcome {
  /** 訪視未遇 (A7: closed after the 2nd miss) */
  MISSED = "MISSED",
  /** 一切安好 */
  ALL_WELL = "ALL_WELL",
  /** 需協助 (with any number of needs) */
  NEEDS_HELP = "NEEDS_HELP",
}

/**
 * A8/A9: the boxes under 附件4's "needs help" as printed (with A9's 勞動局 and 教育局). The district's
 * own 社會課 and 人文課 are internal help; the others are referrals to another agency (seed 001
 * counts exactly those five). Issue #9 (C1): the codes of the printed form (district
 * directory/printed-form.ts); the form in force is 民政局's directory's, whose boxes may add others.
 */
export enum HelpNeed {
  /** 社會局: family and relationship problems, social worker visit */
  SOCIAL_WELFARE_BUREAU = "SOCIAL_WELFARE_BUREAU",
  /** 衛生局: pre/post-natal or newborn health, counselling */
  HEALTH_BUREAU = "HEALTH_BUREAU",
  /** 區公所社會課: economic hardship needing immediate help */
  DISTRICT_SOCIAL_SECTION = "DISTRICT_SOCIAL_SECTION",
  /** 區公所人文課: Chinese or other classes */
  DISTRICT_HUMANITIES_SECTION = "DISTRICT_HUMANITIES_SECTION",
  /** 民政局: outside the city, or unclear which agency (A11) */
  CIVIL_AFFAIRS_BUREAU = "CIVIL_AFFAIRS_BUREAU",
  /** 勞動局: jobs, training (A9, seed 001) */
  LABOUR_BUREAU = "LABOUR_BUREAU",
  /** 教育局: schooling (A9, seed 001) */
  EDUCATION_BUREAU = "EDUCATION_BUREAU",
  /** 其他 (with a description) */
  OTHER = "OTHER",
}

/** A8: the sign-off row of 附件4, in the order the form lists it. */
export enum SignOffRole {
  /** 里幹事 */
  VILLAGE_OFFICER = "VILLAGE_OFFICER",
  /** 民政課課長 */
  CIVIL_SECTION_HEAD = "CIVIL_SECTION_HEAD",
  /** 人文課 */
  HUMANITIES_SECTION = "HUMANITIES_SECTION",
  /** 主任秘書 */
  CHIEF_SECRETARY = "CHIEF_SECRETARY",
  /** 副區長 */
  DEPUTY_DISTRICT_CHIEF = "DEPUTY_DISTRICT_CHIEF",
  /** 區長 */
  DISTRICT_CHIEF = "DISTRICT_CHIEF",
}

/** A6/A7/A9: a district care case (列管) from handover to closing. */
export enum CareCaseStatus {
  /** Handed over by the office, receipt not yet acknowledged (A4). */
  HANDED_OVER = "HANDED_OVER",
  /** A6 (issue #8): wrongly recorded, sent back to the office for correction; it comes back HANDED_OVER. */
  RETURNED_FOR_CORRECTION = "RETURNED_FOR_CORRECTION",
  /** Acknowledged and registered for follow-up (列管), officer assigned or to be assigned. */
  OPEN = "OPEN",
  /** Visited, needs referred to agencies; waits for their handling (A10). */
  REFERRED = "REFERRED",
  /** 結案 */
  CLOSED = "CLOSED",
}

/** Why a case was closed. */
export enum CareCaseClosure {
  /** A9: visited, no further need. */
  NO_FURTHER_NEED = "NO_FURTHER_NEED",
  /** A7: nobody met at the 2nd attempt. */
  TWO_MISSED_VISITS = "TWO_MISSED_VISITS",
  /** A10: every referred part closed. */
  REFERRALS_CLOSED = "REFERRALS_CLOSED",
  /** A6: wrongly recorded, sent back to the office. */
  RETURNED_TO_OFFICE = "RETURNED_TO_OFFICE",
  /** A9 (issue #9): the need was only the district's own help (社會課, 人文課), and 人文課 has given it. */
  INTERNAL_HELP_DONE = "INTERNAL_HELP_DONE",
}

/** A10: state of a referral at the receiving agency. */
export enum ReferralStatus {
  /** Received, not yet assessed. */
  RECEIVED = "RECEIVED",
  /** Assessed, being served. */
  IN_SERVICE = "IN_SERVICE",
  /** Closed after a reassessment found no further need. */
  CLOSED = "CLOSED",
}

/** A10: where 社會局 serves a referral: a care point, or the family service centre for serious cases. */
export enum SocialServiceUnit {
  /** 東區關懷據點 */
  EAST_CARE_POINT = "EAST_CARE_POINT",
  /** 西區關懷據點 */
  WEST_CARE_POINT = "WEST_CARE_POINT",
  /** 南區關懷據點 */
  SOUTH_CARE_POINT = "SOUTH_CARE_POINT",
  /** 北區關懷據點 */
  NORTH_CARE_POINT = "NORTH_CARE_POINT",
  /** 新移民婦女暨家庭服務中心 */
  FAMILY_SERVICE_CENTRE = "FAMILY_SERVICE_CENTRE",
}

/** A12: why a family was referred to 社會局 (seed 001: divorce, death, domestic violence). */
export enum SocialNeed {
  FAMILY_RELATIONSHIP = "FAMILY_RELATIONSHIP",
  DIVORCE = "DIVORCE",
  DEATH_OF_SPOUSE = "DEATH_OF_SPOUSE",
  DOMESTIC_VIOLENCE = "DOMESTIC_VIOLENCE",
  ECONOMIC = "ECONOMIC",
  OTHER = "OTHER",
}

/** A8/A10: why a family was referred to 衛生局. */
export enum HealthNeed {
  /** 產前產後 */
  PRENATAL_POSTNATAL = "PRENATAL_POSTNATAL",
  /** 新生兒健康 / 育嬰 */
  NEWBORN_CARE = "NEWBORN_CARE",
  /** 就醫 */
  MEDICAL = "MEDICAL",
  /** 心理諮商 (may go to 社區心理衛生中心) */
  COUNSELLING = "COUNSELLING",
}

/** A10: 衛生局's units. */
export enum HealthServiceUnit {
  /** 健康服務中心 of a district (the default) */
  HEALTH_SERVICE_CENTRE = "HEALTH_SERVICE_CENTRE",
  /** 社區心理衛生中心 (counselling that meets its intake criteria) */
  COMMUNITY_MENTAL_HEALTH_CENTRE = "COMMUNITY_MENTAL_HEALTH_CENTRE",
}

/** A11/R4 (issue #9): why a family was referred to 民政局: the single cases it takes itself. */
export enum CivilAffairsNeed {
  /** 通譯: interpreting (seed 001: civil affairs 7, interpreting) */
  INTERPRETING = "INTERPRETING",
  /** 外縣市: a need that belongs to another city (R4) */
  OUT_OF_CITY = "OUT_OF_CITY",
  /** 權責不明: no agency clearly owns it (A11) */
  UNCLEAR_OWNER = "UNCLEAR_OWNER",
}

/** A11: who serves a 民政局 referral: the bureau itself, one city-wide organisation (its officers' org is the city). */
export enum CivilAffairsServiceUnit {
  CIVIL_AFFAIRS_BUREAU = "CIVIL_AFFAIRS_BUREAU",
}

/** A9 (issue #9, seed 001): what a partner agency without a subgraph of its own is referred for. */
export enum PartnerNeed {
  /** 勞動局: 就業 */
  JOBS = "JOBS",
  /** 勞動局: 職業訓練 */
  TRAINING = "TRAINING",
  /** 教育局: 就學 */
  SCHOOLING = "SCHOOLING",
}

/** How a referred agency served the family (A10: assesses by phone or visit). */
export enum ServiceContactMode {
  PHONE = "PHONE",
  HOME_VISIT = "HOME_VISIT",
  OFFICE = "OFFICE",
}
