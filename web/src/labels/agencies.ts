/** The receiving agencies' codes as their caseworkers read them (issue #11; A9, A10, A11 and 附件4's boxes). */
export type Labels = Readonly<Record<string, string>>;

export const SOCIAL_NEED_LABELS: Labels = {
  FAMILY_RELATIONSHIP: "家庭及人際關係",
  DIVORCE: "離婚",
  DEATH_OF_SPOUSE: "配偶死亡",
  DOMESTIC_VIOLENCE: "家庭暴力",
  ECONOMIC: "經濟困難",
  OTHER: "其他",
};

export const HEALTH_NEED_LABELS: Labels = {
  PRENATAL_POSTNATAL: "生育前後衛教",
  NEWBORN_CARE: "新生兒照護",
  MEDICAL: "就醫協助",
  COUNSELLING: "心理諮商",
};

export const PARTNER_NEED_LABELS: Labels = {
  JOBS: "就業",
  TRAINING: "職業訓練",
  SCHOOLING: "就學",
};

/** A11/R4: the single cases 民政局 takes. */
export const CIVIL_AFFAIRS_NEED_LABELS: Labels = {
  INTERPRETING: "通譯協助",
  OUT_OF_CITY: "屬外縣市",
  UNCLEAR_OWNER: "權責單位難判斷",
};

export const HEALTH_UNIT_LABELS: Labels = {
  HEALTH_SERVICE_CENTRE: "健康服務中心",
  COMMUNITY_MENTAL_HEALTH_CENTRE: "社區心理衛生中心",
};

export const PARTNER_UNIT_LABELS: Labels = {
  "taipei.labour-bureau": "勞動局",
  "taipei.education-bureau": "教育局",
};

export const CIVIL_AFFAIRS_UNIT_LABELS: Labels = { CIVIL_AFFAIRS_BUREAU: "民政局" };

export const REFERRAL_STATUS_LABELS: Readonly<Record<string, { readonly label: string; readonly color: string }>> = {
  RECEIVED: { label: "待接案", color: "yellow" },
  IN_SERVICE: { label: "服務中", color: "blue" },
  CLOSED: { label: "已結案", color: "gray" },
};

/** The inbox's work on a referral (shared/receiving/inbox.ts ReceivingWork). */
export const RECEIVING_WORK_LABELS: Labels = {
  ACCEPT_REFERRAL: "接案評估（A10）",
  REPORT_ON_REFERRAL: "通報處理情形（A10）",
};

/** A10: 電訪 / 家訪 / 來所. */
export const CONTACT_MODE_LABELS: Labels = {
  PHONE: "電話訪談",
  HOME_VISIT: "家庭訪視",
  OFFICE: "來所（機關）面談",
};

/** Notifications of arrivals (shared/receiving/arrival.ts ReceivingNotificationKind). */
export const RECEIVING_NOTIFICATION_LABELS: Labels = {
  REFERRAL_ARRIVED: "新轉介案件送達",
  REFERRAL_TRANSFERRED: "轉介案件移轉至本單位",
  STEP_OVERDUE: "案件逾期",
};

export const ONWARD_TARGET_KIND_LABELS: Labels = {
  CENTRAL_AGENCY: "中央權責機關",
  NGO: "民間團體",
};
