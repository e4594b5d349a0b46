/** 民政局統計, 稽核 and the unified view's words (issue #11). */

/** Whose record of use (the agency's schema, shared/audit's `agency`). */
export const AGENCY_LABELS: Readonly<Record<string, string>> = {
  household: "戶政事務所",
  district: "區公所",
  social: "社會局",
  health: "衛生局",
  civil_affairs: "民政局",
  calendar: "人事處",
};

/** A value the role may not read (FORBIDDEN at its path): never a blank that reads as "no data" (issue #11). */
export const DENIED_TEXT = "無權限檢視";
/** A value shown in its masked form (shared/masking.ts). */
export const MASKED_TEXT = "已遮罩";
/** A field the role may read, with nothing recorded. */
export const NO_DATA_TEXT = "無資料";
/**
 * An agency's part with no row: the gateway leaves out the rows outside the role's scope rather
 * than deny them one by one, so an empty list may mean either, and the words must say so.
 */
export const NO_VISIBLE_RECORDS_TEXT = "查無您可檢視的紀錄（尚無紀錄，或不在您的權限範圍內）";
/** An agency that did not answer (SERVICE_UNAVAILABLE at its path). */
export const UNAVAILABLE_TEXT = "機關系統暫無回應";

export const REFERRAL_STATUS_LABELS: Readonly<Record<string, string>> = {
  RECEIVED: "已收案",
  IN_SERVICE: "服務中",
  CLOSED: "已結案",
};

export const SEX_LABELS: Readonly<Record<string, string>> = { MALE: "男", FEMALE: "女" };

export const VISIT_DECISION_LABELS: Readonly<Record<string, string>> = { HOME_VISIT: "同意到府訪視", PHONE_VISIT: "同意電話訪視", DECLINED: "不同意" };

export const VISIT_OUTCOME_LABELS: Readonly<Record<string, string>> = { MISSED: "未遇", ALL_WELL: "生活良好", NEEDS_HELP: "需要進一步關懷協助" };

export const VISIT_MODE_LABELS: Readonly<Record<string, string>> = { HOME: "到府", PHONE: "電話" };
