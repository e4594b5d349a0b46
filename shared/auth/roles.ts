/**
 * The role model of ARCHITECTURE.md. A token carries one role and, for scoped roles, the
 * organisation that scopes it (an office, a district, a unit). Policies, the token script and the
 * tests all read this list.
 */
export enum Role {
  /** 戶所承辦人: registrations of their own office. */
  HOUSEHOLD_CLERK = "HOUSEHOLD_CLERK",
  /** 區公所人文課: cases of their district. */
  DISTRICT_CASE_OFFICER = "DISTRICT_CASE_OFFICER",
  /** 里幹事: cases assigned to them. */
  VILLAGE_OFFICER = "VILLAGE_OFFICER",
  /** 社工: cases referred to their unit. */
  SOCIAL_WORKER = "SOCIAL_WORKER",
  /** 公衛護士: health referrals of their centre. */
  HEALTH_NURSE = "HEALTH_NURSE",
  /** 員警: persons named in a search request to them. */
  POLICE_OFFICER = "POLICE_OFFICER",
  /** 民政局 case handler: cases referred to 民政局 (A11). */
  CIVIL_AFFAIRS_OFFICER = "CIVIL_AFFAIRS_OFFICER",
  /** 民政局 statistics: aggregates only. */
  CIVIL_AFFAIRS_ANALYST = "CIVIL_AFFAIRS_ANALYST",
  /** 稽核: the audit log, not the personal data. */
  AUDITOR = "AUDITOR",
  /** 臺北市政府人事處: declares and withdraws the city's office closures (停止上班, issue #8); no personal data. */
  CALENDAR_ADMIN = "CALENDAR_ADMIN",
  /**
   * Issue #9: an officer of a partner agency without a subgraph of its own (勞動局, 教育局, any
   * directory agency the city adds): the referrals to their agency, hosted by 民政局's subgraph.
   */
  PARTNER_AGENCY_OFFICER = "PARTNER_AGENCY_OFFICER",
}

export const ROLES: readonly Role[] = Object.values(Role);

/** What a role's `org` claim names. */
export enum OrgKind {
  /** A household registration office, named by its district code. */
  HOUSEHOLD_OFFICE = "HOUSEHOLD_OFFICE",
  /** A district office, named by its district code. */
  DISTRICT = "DISTRICT",
  /** A social-welfare unit (care point or family service centre). */
  SOCIAL_UNIT = "SOCIAL_UNIT",
  /** A health service centre, named by its district code. */
  HEALTH_CENTRE = "HEALTH_CENTRE",
  /** A police precinct. */
  POLICE_PRECINCT = "POLICE_PRECINCT",
  /** The city's civil affairs bureau (民政局) or its audit office: one organisation. */
  CITY = "CITY",
  /** Issue #9: a partner agency, named by its directory code (e.g. taipei.labour-bureau). */
  PARTNER_AGENCY = "PARTNER_AGENCY",
}

export const ORG_KIND_OF_ROLE: Readonly<Record<Role, OrgKind>> = {
  [Role.HOUSEHOLD_CLERK]: OrgKind.HOUSEHOLD_OFFICE,
  [Role.DISTRICT_CASE_OFFICER]: OrgKind.DISTRICT,
  [Role.VILLAGE_OFFICER]: OrgKind.DISTRICT,
  [Role.SOCIAL_WORKER]: OrgKind.SOCIAL_UNIT,
  [Role.HEALTH_NURSE]: OrgKind.HEALTH_CENTRE,
  [Role.POLICE_OFFICER]: OrgKind.POLICE_PRECINCT,
  [Role.CIVIL_AFFAIRS_OFFICER]: OrgKind.CITY,
  [Role.CIVIL_AFFAIRS_ANALYST]: OrgKind.CITY,
  [Role.AUDITOR]: OrgKind.CITY,
  [Role.CALENDAR_ADMIN]: OrgKind.CITY,
  [Role.PARTNER_AGENCY_OFFICER]: OrgKind.PARTNER_AGENCY,
};

/** The one organisation of city-wide roles. */
export const CITY_ORG = "TAIPEI";

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
