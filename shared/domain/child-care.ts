import { Role } from "../auth/roles";

/**
 * Programme B (六歲以下弱勢兒童主動關懷方案, seeds 003/004, issue #12): the lists every agency of the
 * programme shares — the eight categories (B1), why a notice is excluded before a social unit sees
 * it, why the police are asked to search. One source for schema, policy, feeds and tests (STYLE 9);
 * docs/programme-b.md says which agency sends and which receives each.
 */

/** B1: the eight categories, in 004 §三's order (the number is the category's). */
export enum ChildCareCategory {
  /** (1) 戶政機關逕為出生登記 (B2). */
  EX_OFFICIO_BIRTH = "EX_OFFICIO_BIRTH",
  /** (2) 戶政機關逕遷戶籍至戶政事務所 (B3). */
  EX_OFFICIO_MOVE = "EX_OFFICIO_MOVE",
  /** (3) 未按時預防接種 (B4, from the CDC through the health unit). */
  OVERDUE_VACCINATION = "OVERDUE_VACCINATION",
  /** (4) 未納健保逾1年 (B5, from the NHIA). */
  UNINSURED = "UNINSURED",
  /** (5) 國小一年級新生未入學 (B11, 附表二; an import). */
  NOT_ENROLLED = "NOT_ENROLLED",
  /** (6) 收容人之子女 (附表三, R8: an import from the Ministry of Justice's flow). */
  PARENT_IN_CUSTODY = "PARENT_IN_CUSTODY",
  /** (7) 未滿20歲父母 (B7, the survey 附表4). */
  TEEN_PARENT = "TEEN_PARENT",
  /** (8) 低收/中低收入戶且家庭成員領有精神或智能障礙證明 (B6). */
  LOW_INCOME_DISABILITY = "LOW_INCOME_DISABILITY",
}

export const CHILD_CARE_CATEGORY_NUMBER: Readonly<Record<ChildCareCategory, number>> = {
  [ChildCareCategory.EX_OFFICIO_BIRTH]: 1,
  [ChildCareCategory.EX_OFFICIO_MOVE]: 2,
  [ChildCareCategory.OVERDUE_VACCINATION]: 3,
  [ChildCareCategory.UNINSURED]: 4,
  [ChildCareCategory.NOT_ENROLLED]: 5,
  [ChildCareCategory.PARENT_IN_CUSTODY]: 6,
  [ChildCareCategory.TEEN_PARENT]: 7,
  [ChildCareCategory.LOW_INCOME_DISABILITY]: 8,
};

/** Why a child's notice does not reach a social unit: recorded with the notice, counted, never silent. */
export enum ChildCareExclusionReason {
  /** B2–B5: entry/exit records show the child left the country. */
  EMIGRATED = "EMIGRATED",
  /** R7: not under 7 on the screening date. */
  OVER_AGE = "OVER_AGE",
  /** B6: the household is already served by one of the six national systems. */
  ALREADY_SERVED = "ALREADY_SERVED",
}

/** B2, B9: why the police are asked to search for a child. */
export enum SearchReason {
  /** B2: an ex-officio birth whose whereabouts the household office could not find. */
  WHEREABOUTS_UNKNOWN_AT_BIRTH = "WHEREABOUTS_UNKNOWN_AT_BIRTH",
  /** B3: a household moved ex officio (the office notifies the police at the move). */
  MOVED_EX_OFFICIO = "MOVED_EX_OFFICIO",
  /** B9: social could not find the child (婦幼案件管理系統). */
  MISSING_CHILD = "MISSING_CHILD",
  /** B9: a visit that is clearly difficult, handed to the police. */
  DIFFICULT_VISIT = "DIFFICULT_VISIT",
}

/** B2, B9: what the police found. */
export enum SearchOutcome {
  FOUND = "FOUND",
  NOT_FOUND = "NOT_FOUND",
}

/** B4 (a)–(d): why the health unit refers the child to social units (health sends it, social keeps it on the notice). */
export enum VaccinationReferralCondition {
  /** (a) a visit suggests child-protection concerns: at once. */
  A_PROTECTION_CONCERN = "A_PROTECTION_CONCERN",
  /** (b) the vulnerable-family platform lists the family as in service or missing. */
  B_IN_SERVICE_OR_MISSING = "B_IN_SERVICE_OR_MISSING",
  /** (c) after a visit, the parents refuse vaccination and refuse to sign the refusal declaration. */
  C_REFUSED_AND_NOT_SIGNED = "C_REFUSED_AND_NOT_SIGNED",
  /** (d) cannot be found, nobody lives at the household address (confirmed), no other information on the child. */
  D_NOT_FOUND = "D_NOT_FOUND",
}

/** B10: the article of 兒少權法 a child-protection report is filed under. */
export enum ProtectionArticle {
  /** 第53條: 責任通報 of a child's protection need (abuse, neglect). */
  ART53 = "ART53",
  /** 第54條: a child's family in need of care (a vulnerable family). */
  ART54 = "ART54",
}

/**
 * B10: "any unit that finds abuse or neglect while doing this work reports it": every role whose
 * work meets families (not the analyst, not the auditor) may file a report on a child.
 */
export const PROTECTION_REPORTERS: readonly Role[] = [
  Role.HOUSEHOLD_CLERK,
  Role.DISTRICT_CASE_OFFICER,
  Role.VILLAGE_OFFICER,
  Role.SOCIAL_WORKER,
  Role.HEALTH_NURSE,
  Role.POLICE_OFFICER,
  Role.CIVIL_AFFAIRS_OFFICER,
  Role.PARTNER_AGENCY_OFFICER,
];

/**
 * Where a search found the child, as one line: the address and whom to reach there (B2, B9), as
 * social's intake keeps it (at most 200 characters), or null when the police gave none. The
 * police's FOUND to social and household's notice after the reply carry the same line.
 */
export function whereFoundLine(address: string | null | undefined, contactName: string | null | undefined, contactPhone: string | null | undefined): string | null {
  const parts = [address, contactName, contactPhone].filter((part): part is string => part !== null && part !== undefined && part !== "");
  return parts.length === 0 ? null : parts.join("；").slice(0, 200);
}
