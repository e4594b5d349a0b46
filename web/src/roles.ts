import { Role } from "../../shared/auth/roles";

/** The roles as a caseworker names them (ARCHITECTURE.md's role table). */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  [Role.HOUSEHOLD_CLERK]: "戶所承辦人",
  [Role.DISTRICT_CASE_OFFICER]: "區公所人文課",
  [Role.VILLAGE_OFFICER]: "里幹事",
  [Role.SOCIAL_WORKER]: "社工",
  [Role.HEALTH_NURSE]: "公衛護士",
  [Role.POLICE_OFFICER]: "員警",
  [Role.CIVIL_AFFAIRS_OFFICER]: "民政局承辦人",
  [Role.CIVIL_AFFAIRS_ANALYST]: "民政局統計",
  [Role.AUDITOR]: "稽核",
  [Role.CALENDAR_ADMIN]: "人事處（辦公日曆）",
  [Role.PARTNER_AGENCY_OFFICER]: "合作機關承辦人（勞動局、教育局）",
};

/** What each role reads for (x-purpose): the first is the default, and the user may type another. */
export const PURPOSES: Readonly<Record<Role, readonly string[]>> = {
  [Role.HOUSEHOLD_CLERK]: ["新移民關懷訪視：受理登記及徵詢", "更正退回案件"],
  [Role.DISTRICT_CASE_OFFICER]: ["新移民關懷訪視：列管及派案", "訪視紀錄核章歸檔"],
  [Role.VILLAGE_OFFICER]: ["新移民關懷訪視：到府或電話訪視"],
  [Role.SOCIAL_WORKER]: ["轉介個案服務", "六歲以下弱勢兒童主動關懷"],
  [Role.HEALTH_NURSE]: ["轉介個案衛生服務", "未按時預防接種催種（六歲以下弱勢兒童主動關懷）"],
  [Role.POLICE_OFFICER]: ["協尋"],
  [Role.CIVIL_AFFAIRS_OFFICER]: ["民政局轉介個案處理"],
  [Role.CIVIL_AFFAIRS_ANALYST]: ["統計"],
  [Role.AUDITOR]: ["個人資料使用稽核"],
  [Role.CALENDAR_ADMIN]: ["辦公日曆維護"],
  [Role.PARTNER_AGENCY_OFFICER]: ["轉介個案服務"],
};
