/**
 * 區公所's codes in the words of its forms (附件4, the urgent-report record, the sign-off chain),
 * issue #11. The outcome boxes themselves are never listed here: they come from 民政局's directory
 * (visitFormBoxes, C1), so a box the city adds appears without a console release.
 */
export const VISIT_MODE_LABELS: Readonly<Record<string, string>> = { HOME: "到府訪視", PHONE: "電話訪視" };

/** 附件4's 服務概況 column (A7, A8). */
export const VISIT_OUTCOME_LABELS: Readonly<Record<string, string>> = { MISSED: "訪視未遇", ALL_WELL: "一切安好", NEEDS_HELP: "需協助" };

export const VISIT_RECORD_STATE_LABELS: Readonly<Record<string, string>> = { DRAFT: "待核章", SIGNING: "核章中", FILED: "已歸檔" };

/** 核章 levels in the form's order (A8). */
export const SIGN_OFF_LABELS: Readonly<Record<string, string>> = {
  VILLAGE_OFFICER: "里幹事",
  CIVIL_SECTION_HEAD: "民政課長",
  HUMANITIES_SECTION: "人文課",
  CHIEF_SECRETARY: "主任秘書",
  DEPUTY_DISTRICT_CHIEF: "副區長",
  DISTRICT_CHIEF: "區長",
};

/**
 * A9: each referral target's own needs (its intake's values: SocialNeed, HealthNeed,
 * CivilAffairsNeed, PartnerNeed), what the district tells the receiving unit the family needs.
 * Keyed by the target, which is the code of its box on the form.
 */
export const REFERRAL_NEEDS: Readonly<Record<string, readonly { readonly value: string; readonly label: string }[]>> = {
  SOCIAL_WELFARE_BUREAU: [
    { value: "FAMILY_RELATIONSHIP", label: "家庭關係" },
    { value: "DIVORCE", label: "離婚" },
    { value: "DEATH_OF_SPOUSE", label: "配偶死亡" },
    { value: "DOMESTIC_VIOLENCE", label: "家庭暴力" },
    { value: "ECONOMIC", label: "經濟困難" },
    { value: "OTHER", label: "其他" },
  ],
  HEALTH_BUREAU: [
    { value: "PRENATAL_POSTNATAL", label: "產前產後照護" },
    { value: "NEWBORN_CARE", label: "新生兒照護" },
    { value: "MEDICAL", label: "就醫" },
    { value: "COUNSELLING", label: "心理諮商" },
  ],
  CIVIL_AFFAIRS_BUREAU: [
    { value: "INTERPRETING", label: "通譯" },
    { value: "OUT_OF_CITY", label: "外縣市個案" },
    { value: "UNCLEAR_OWNER", label: "權責不明" },
  ],
  LABOUR_BUREAU: [
    { value: "JOBS", label: "就業" },
    { value: "TRAINING", label: "職業訓練" },
  ],
  EDUCATION_BUREAU: [{ value: "SCHOOLING", label: "就學" }],
};

export const URGENT_REPORT_KIND_LABELS: Readonly<Record<string, string>> = {
  URGENT_PHONE_REPORT: "緊急電話通報",
  OUTSIDE_BODY_REPORT: "向外部單位通報",
};

export const URGENT_REPORT_TARGET_LABELS: Readonly<Record<string, string>> = {
  DOMESTIC_VIOLENCE_CENTRE: "家庭暴力防治中心",
  CHILD_PROTECTION_ART53: "兒少保護（兒少權法第53條）",
  CHILD_PROTECTION_ART54: "兒少高風險家庭（兒少權法第54條）",
  POLICE: "警察機關",
  SOCIAL_BUREAU: "社會局",
  HEALTH_BUREAU: "衛生局",
  OTHER: "其他",
};

/** A9/A13: 社會局 and 衛生局 are reached by an urgent phone call, never as an outside body's report. */
export const PHONE_ONLY_TARGETS: readonly string[] = ["SOCIAL_BUREAU", "HEALTH_BUREAU"];

export const URGENT_REPORT_OUTCOME_LABELS: Readonly<Record<string, string>> = { PENDING: "待回覆", CASE_OPENED: "已成案", NOT_OPENED: "未成案" };

export const HELP_TASK_KIND_LABELS: Readonly<Record<string, string>> = { SOCIAL_SECTION: "社會課協助", HUMANITIES_SECTION: "人文課協助" };

/**
 * A deadline already met (D9): shown beside the open states of INBOX_STATE_LABELS, in words as well
 * as colour; shade 9, as white on green's or orange's shade 8 is below 4.5:1 (axe: color-contrast).
 */
export const MET_DEADLINE_LABELS: Readonly<Record<string, { readonly label: string; readonly color: string }>> = {
  MET_ON_TIME: { label: "如期完成", color: "teal.9" },
  MET_LATE: { label: "逾期完成", color: "red.9" },
  // Issue #9: the case ended before the step was done (a search answered before its visit).
  NO_LONGER_DUE: { label: "無須辦理", color: "gray.8" },
};

/** A deadline's step in a word, before its state on a badge (D9). */
export const STEP_SHORT_LABELS: Readonly<Record<string, string>> = {
  ACKNOWLEDGEMENT: "簽收",
  HOME_VISIT: "訪視",
  VISIT_RECORD: "紀錄表",
  REFERRAL: "轉介",
  CORRECTION: "更正",
  // Issue #12, programme B: B4's catch-up, B9's social visit and report, B2's police visit and reply.
  VACCINATION_CATCH_UP: "催種",
  SOCIAL_VISIT: "社工訪視",
  VISIT_REPORT: "訪視報告",
  POLICE_VISIT: "員警訪查",
  INVESTIGATION_REPLY: "協尋回復",
  FOLLOW_UP_REPLY: "追蹤回復",
};
