/** 附件1's boxes and the office's states in the words of the form (zh-TW), for the clerk's screens (issue #11). */
export const DECISION_LABELS: Readonly<Record<string, string>> = {
  HOME_VISIT: "同意到府訪視",
  DECLINED: "不同意訪視",
  PHONE_VISIT: "同意電話訪視（居住外縣市）",
};

export const TIME_SLOT_LABELS: Readonly<Record<string, string>> = {
  MORNING: "上午 09:00–11:00",
  AFTERNOON: "下午 14:00–17:00",
};

export const HONORIFIC_LABELS: Readonly<Record<string, string>> = { MR: "先生", MS: "小姐" };

export const RELATION_LABELS: Readonly<Record<string, string>> = {
  REGISTRANT: "申請人本人",
  REGISTRANT_SPOUSE: "申請人之配偶",
  PARENT: "新生兒之父或母",
  SURVIVING_SPOUSE: "死亡者之生存配偶",
  DECEASED_SPOUSE: "死亡者本人",
  OTHER_RELATIVE: "其他親屬",
};

export const HANDBOOK_LABELS: Readonly<Record<string, string>> = { BOOK: "幸福手冊（書）", CD: "幸福手冊（光碟）" };

export const ORIGIN_COUNTRY_LABELS: Readonly<Record<string, string>> = {
  MAINLAND_HK_MACAU: "陸港澳",
  VIETNAM: "越南",
  INDONESIA: "印尼",
  THAILAND: "泰國",
  PHILIPPINES: "菲律賓",
  MYANMAR: "緬甸",
  OTHER: "其他",
};

/** 附件3's delivery to the district (D3 outbox), and whether the district sealed it. */
export const DELIVERY_LABELS: Readonly<Record<string, { readonly label: string; readonly color: string }>> = {
  PENDING: { label: "傳送中", color: "yellow" },
  DELIVERED: { label: "已送達區公所", color: "blue" },
  FAILED: { label: "傳送失敗", color: "red" },
};

/** The clerk's inbox steps (A4, A6). */
export const OFFICE_STEP_LABELS: Readonly<Record<string, string>> = {
  HANDOVER: "交接（附件3，A4）",
  CORRECTION: "更正退回案件（A6）",
};

/** The office's notifications (issue #8), by kind. */
export const HOUSEHOLD_NOTIFICATION_LABELS: Readonly<Record<string, string>> = {
  CORRECTION_REQUESTED: "區公所退回案件待更正",
  STEP_OVERDUE: "作業已逾期限",
};

/** A selectable list of a label table, in the table's order. */
export function optionsOf(labels: Readonly<Record<string, string>>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
