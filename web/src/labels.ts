/** The words the console shows for the platform's codes (zh-TW). A code without a label is shown as itself. */
export const INBOX_STATE_LABELS: Readonly<Record<string, { readonly label: string; readonly color: string }>> = {
  OVERDUE: { label: "逾期", color: "red" },
  DUE_SOON: { label: "即將到期", color: "yellow" },
  DUE: { label: "期限內", color: "blue" },
  OPEN: { label: "待辦（無期限）", color: "gray" },
};

/** An inbox item's work: its statutory step (D9) when it has a deadline, else the work its status asks for. */
export const WORK_LABELS: Readonly<Record<string, string>> = {
  ACKNOWLEDGEMENT: "簽收交接（A4）",
  HOME_VISIT: "辦理訪視（A2）",
  VISIT_RECORD: "繳交訪視紀錄表（A6）",
  REFERRAL: "轉介（A9）",
  CORRECTION: "更正退回案件（A6）",
  ACKNOWLEDGE_HANDOVER: "簽收交接清冊",
  ASSIGN_VILLAGE_OFFICER: "派案給里幹事",
  VISIT: "訪視",
  // Issue #12 (B2, B9): the district's follow-up of a child, replied to the requester within 1 month.
  FOLLOW_UP_REPLY: "回復村里追蹤（B2、B9）",
};

export const CASE_TYPE_LABELS: Readonly<Record<string, string>> = {
  BIRTH: "出生",
  MARRIAGE: "結婚",
  DIVORCE: "離婚",
  DEATH: "死亡",
  MOVE: "遷徙",
  ADOPTION: "收養",
  FIRST_REGISTRATION: "初設戶籍",
  OTHER: "其他",
};

export const CASE_STATUS_LABELS: Readonly<Record<string, string>> = {
  HANDED_OVER: "已交接待簽收",
  OPEN: "列管中",
  ACKNOWLEDGED: "已簽收",
  ASSIGNED: "已派案",
  VISITED: "已訪視",
  REFERRED: "已轉介",
  CLOSED: "已結案",
  RETURNED_FOR_CORRECTION: "退回更正中",
};

export function labelOf(labels: Readonly<Record<string, string>>, code: string | null | undefined): string {
  return code === null || code === undefined ? "—" : (labels[code] ?? code);
}
