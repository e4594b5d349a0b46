/**
 * Programme B's codes (六歲以下弱勢兒童主動關懷方案, issue #12) in the words of seeds 003/004, for the
 * nurse's, the social worker's and the police's screens. A code without a label is shown as itself.
 */
import type { Labels } from "./agencies";

/** B1: the eight categories, numbered as 004 §三 numbers them (a case's reasons). */
export const CHILD_CARE_CATEGORY_LABELS: Labels = {
  EX_OFFICIO_BIRTH: "(1) 逕為出生登記",
  EX_OFFICIO_MOVE: "(2) 逕遷戶籍至戶政事務所",
  OVERDUE_VACCINATION: "(3) 未按時預防接種",
  UNINSURED: "(4) 未納健保逾1年",
  NOT_ENROLLED: "(5) 國小新生未入學",
  PARENT_IN_CUSTODY: "(6) 收容人之子女",
  TEEN_PARENT: "(7) 未滿20歲父母",
  LOW_INCOME_DISABILITY: "(8) 低收／中低收入戶且家人領有精神或智能障礙證明",
};

/** B9: open, in the closing review, closed. */
export const CHILD_CARE_STATUS_LABELS: Labels = { OPEN: "處理中", IN_REVIEW: "結案審核中", CLOSED: "已結案" };

/** One child, one case: what a notice was merged on. */
export const CHILD_CARE_MATCH_LABELS: Labels = { ID_NUMBER: "身分證統一編號相同", NAME_BIRTH_DATE_MOTHER: "姓名、生日及母親姓名相同" };

/** B3 (註3): the six platform records matched before a police search, in the seed's order. */
export const RECORD_SOURCE_LABELS: Labels = {
  NEWBORN_CLINIC_VISITS: "出生60日內依附母親健保就醫紀錄",
  RECENT_CLINICS: "兒童及母親（照顧者）近半年就醫院所",
  INSURANCE_CONTACT_ADDRESS: "健保聯絡地址",
  VACCINATION: "預防接種紀錄",
  KINDERGARTEN: "幼兒園就學紀錄",
  CHILDCARE: "托育紀錄",
};

export const REQUEST_KIND_LABELS: Labels = { DISTRICT_FOLLOW_UP: "請區公所（村里長或村里幹事）追蹤", POLICE_SEARCH: "請警察機關協尋" };

/** B2, B9: why the police are asked to search. */
export const SEARCH_REASON_LABELS: Labels = {
  WHEREABOUTS_UNKNOWN_AT_BIRTH: "逕為出生登記，行蹤不明",
  MOVED_EX_OFFICIO: "逕遷戶籍",
  MISSING_CHILD: "社政單位查無兒童下落",
  DIFFICULT_VISIT: "訪視顯有困難",
};

/** The two a social unit may ask for (requestChildCareSearch: MISSING_CHILD or DIFFICULT_VISIT). */
export const SOCIAL_SEARCH_REASONS: readonly string[] = ["MISSING_CHILD", "DIFFICULT_VISIT"];

export const SEARCH_STATUS_LABELS: Readonly<Record<string, { readonly label: string; readonly color: string }>> = {
  RECEIVED: { label: "待訪查", color: "yellow" },
  VISITED: { label: "已訪查，待回復", color: "blue" },
  FOUND: { label: "已尋獲", color: "teal.9" },
  NOT_FOUND: { label: "查無下落", color: "gray" },
};

/** B9: the closing review's decision. */
export const REVIEW_DECISION_LABELS: Labels = { APPROVE: "核准結案（兒童照顧良好）", RETURN: "退回補正" };

export const SEARCH_REQUESTER_LABELS: Labels = { HOUSEHOLD: "戶政事務所", SOCIAL: "社政單位" };

export const SEARCH_OUTCOME_LABELS: Labels = { FOUND: "已尋獲", NOT_FOUND: "查無下落" };

export const EXCLUSION_REASON_LABELS: Labels = {
  EMIGRATED: "已出境（入出境紀錄）",
  OVER_AGE: "篩選日已滿7歲",
  ALREADY_SERVED: "家庭已受六大系統服務",
};

/** The senders of docs/programme-b.md, as a social worker names them. */
export const SENDER_LABELS: Labels = { household: "戶政", health: "衛政", police: "警政", "civil-affairs": "民政局", social: "社會局匯入" };

/** B4: how a catch-up reminder was given (衛教 with each). */
export const REMINDER_MODE_LABELS: Labels = { LETTER: "書信", SMS: "簡訊", PHONE: "電話", HOME_VISIT: "家訪" };

/** B4: whom a two-way contact reached. */
export const CONTACTED_PERSON_LABELS: Labels = { PARENT: "父母", GRANDPARENT: "祖父母", MAIN_CARER: "主要照顧者" };

export const VACCINATION_STATUS_LABELS: Labels = { OPEN: "催種中", VACCINATED: "已完成接種", REFERRED: "已轉介社政" };

export const VACCINATION_OUTCOME_LABELS: Labels = {
  VACCINATED: "已完成接種",
  REFUSED_SIGNED: "拒絕接種並已簽署切結",
  REFUSED_NOT_SIGNED: "拒絕接種且拒簽切結",
  NOBODY_LIVES_THERE: "查無此人，戶籍地確認無人居住",
};

/** B4 (a)–(d): the conditions on which the health unit refers the child to social units. */
export const REFERRAL_CONDITION_LABELS: Labels = {
  A_PROTECTION_CONCERN: "(a) 訪視發現疑似兒少保護情事（立即轉介）",
  B_IN_SERVICE_OR_MISSING: "(b) 弱勢家庭平台列為服務中或失聯",
  C_REFUSED_AND_NOT_SIGNED: "(c) 訪視後家長拒絕接種且拒簽切結",
  D_NOT_FOUND: "(d) 查無此人、戶籍地無人居住且無其他資訊",
};

/** B2, B9: where a district follow-up (村里追蹤) stands, as 人文課 and the 里幹事 read it. */
export const FOLLOW_UP_STATUS_LABELS: Readonly<Record<string, { readonly label: string; readonly color: string }>> = {
  RECEIVED: { label: "待派里幹事", color: "yellow" },
  ASSIGNED: { label: "已派，待回復", color: "blue" },
  REPLIED: { label: "已回復", color: "teal.9" },
};

/** B2, B9: whether the follow-up met (saw) the child, the form's radio and the reply's words. */
export const FOLLOW_UP_MET_LABELS: Labels = { MET: "已見到兒童", NOT_MET: "未見到兒童" };

/** B2, B9: a reply a social unit's case received (the district's follow-up, the police's NOT_FOUND). */
export const CHILD_CARE_REPLY_LABELS: Labels = { MET: "區公所追蹤：已見到兒童", NOT_MET: "區公所追蹤：未見到兒童", NOT_FOUND: "警察機關：查無下落" };

/** A contact's relation as a requester sent it: social sends the mother as a code (child-care.work.ts), household in words. */
export const CONTACT_RELATION_LABELS: Labels = { MOTHER: "母親" };
