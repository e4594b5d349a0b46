import { ScopePredicate } from "../../shared/authz/row-scope";
import { CarePointCode, TAIPEI_DISTRICTS } from "../../shared/domain/districts";
import { HelpNeed, SocialServiceUnit } from "../../shared/domain/enums";
import { DISTRICT_SCHEMA as S } from "./schema-name";

/**
 * The district subgraph's row scopes (issue #4), named in policy.ts. Each is a predicate over a
 * care case alias, built only from district's own data (D1): the office that handed the case over
 * (A4), the visit and household districts (A5), the visit address's 里 (A2), and the needs ticked
 * on the case's visit record (附件4, A8), which is how a referral reaches another agency (A9–A11).
 */
const A10_CARE_POINT_UNITS: Readonly<Record<CarePointCode, SocialServiceUnit>> = {
  EAST: SocialServiceUnit.EAST_CARE_POINT,
  WEST: SocialServiceUnit.WEST_CARE_POINT,
  SOUTH: SocialServiceUnit.SOUTH_CARE_POINT,
  NORTH: SocialServiceUnit.NORTH_CARE_POINT,
};

/** The districts a social unit serves (A10): a care point its own; the family service centre every district. */
function districtsServedBy(unit: string): string[] {
  if (unit === SocialServiceUnit.FAMILY_SERVICE_CENTRE) {
    return TAIPEI_DISTRICTS.map((district) => district.code);
  }
  return TAIPEI_DISTRICTS.filter((district) => A10_CARE_POINT_UNITS[district.carePoint] === unit).map((district) => district.code);
}

/**
 * The case's filed visit record (附件4) ticks `:scopeNeed` under "needs help" (A8). Issue #9: a
 * record being signed refers nobody yet, so it opens the case to no other agency.
 */
const recordLists = (alias: string): string =>
  `EXISTS (SELECT 1 FROM "${S}"."visit_records" vr WHERE vr.care_case_id = "${alias}".id AND vr.state = 'FILED' AND :scopeNeed = ANY(vr.needs))`;

/** The follow-up requests a requester's office or unit sent (issue #12). */
function followUpsSentBy(agency: string): ScopePredicate {
  return (alias, principal) => ({
    sql: `"${alias}".requester_agency = :requesterAgency AND "${alias}".requester_org = :scopeOrg`,
    params: { requesterAgency: agency, scopeOrg: principal.org },
  });
}

export const DISTRICT_SCOPES: Readonly<Record<string, ScopePredicate>> = {
  /** 附件3 (issue #8): the office sees the ledgers it sent; 人文課 those its district received (A4, A5). */
  ledgersFromOffice: (alias, principal) => ({ sql: `"${alias}".office_code = :scopeOrg`, params: { scopeOrg: principal.org } }),
  ledgersOfDistrict: (alias, principal) => ({ sql: `"${alias}".receiving_district_code = :scopeOrg`, params: { scopeOrg: principal.org } }),
  /** A9, A5 (issue #9): the help tasks assigned to the officer's district (社會課's of its residents, 人文課's of its visits). */
  helpTasksOfDistrict: (alias, principal) => ({ sql: `"${alias}".assigned_district_code = :scopeOrg`, params: { scopeOrg: principal.org } }),
  /** B2, B9 (issue #12): 人文課, the follow-up requests for children of its district (the household district's office follows up). */
  followUpsOfDistrict: (alias, principal) => ({ sql: `"${alias}".household_district_code = :scopeOrg`, params: { scopeOrg: principal.org } }),
  /** B2, B9: the 里幹事, the follow-ups of their district assigned to them. */
  followUpsAssignedToOfficer: (alias, principal) => ({
    sql: `"${alias}".household_district_code = :scopeOrg AND "${alias}".assigned_officer_id = :scopeSubject`,
    params: { scopeOrg: principal.org, scopeSubject: principal.subject },
  }),
  /** B2, B9: the requester (the household office, the social unit), the requests it sent, for where they stand. */
  followUpsFromHouseholdOffice: followUpsSentBy("HOUSEHOLD"),
  followUpsFromSocialUnit: followUpsSentBy("SOCIAL"),
  /** 戶所: the cases its office handed over (A4). */
  casesHandedOverByOffice: (alias, principal) => ({
    sql: `"${alias}".receiving_office_code = :scopeOrg`,
    params: { scopeOrg: principal.org },
  }),
  /** 區公所人文課: cases it visits (visit address) and cases of its residents (household address, A5). */
  casesOfDistrict: (alias, principal) => ({
    sql: `"${alias}".visit_district_code = :scopeOrg OR "${alias}".household_district_code = :scopeOrg`,
    params: { scopeOrg: principal.org },
  }),
  /** 里幹事: cases to be visited in the officer's villages of the district (A2 routes by 里, A6). */
  casesInVillages: (alias, principal) => ({
    sql: `"${alias}".visit_district_code = :scopeOrg AND "${alias}".village = ANY(:scopeVillages)`,
    params: { scopeOrg: principal.org, scopeVillages: [...principal.villages] },
  }),
  /**
   * 社工: cases referred to 社會局 (A9) in the districts the worker's unit serves: the care point
   * of the visit district, or the family service centre, which takes serious cases of any district (A10).
   */
  casesReferredToSocialUnit: (alias, principal) => ({
    sql: `${recordLists(alias)} AND "${alias}".visit_district_code = ANY(:scopeDistricts)`,
    params: { scopeNeed: HelpNeed.SOCIAL_WELFARE_BUREAU, scopeDistricts: districtsServedBy(principal.org) },
  }),
  /** 公衛護士: cases referred to 衛生局 in the district of the nurse's health centre (A10; a centre is named by its district code). */
  casesReferredToHealthCentre: (alias, principal) => ({
    sql: `${recordLists(alias)} AND "${alias}".visit_district_code = :scopeOrg`,
    params: { scopeNeed: HelpNeed.HEALTH_BUREAU, scopeOrg: principal.org },
  }),
  /**
   * 民政局's inbox (issue #8): overdue steps of every district's cases, for oversight. Names the case
   * only (an inbox item has no personal data); the case itself stays under casesReferredToCivilAffairs.
   * The inbox table (inbox/district-inbox.source.ts) limits this role to overdue steps.
   */
  casesCityWide: () => ({ sql: "TRUE", params: {} }),
  /**
   * Issue #9 (C1): a partner agency's officer (勞動局, 教育局, any agency the city adds to its
   * directory): the cases referred to their agency, city-wide (their org is the agency's directory
   * code, the one the referral row keeps); an agency nothing was referred to: none.
   */
  casesReferredToPartnerAgency: (alias, principal) => ({
    sql: `EXISTS (SELECT 1 FROM "${S}"."case_referrals" cr WHERE cr.care_case_id = "${alias}".id AND cr.agency_code = :scopeOrg)`,
    params: { scopeOrg: principal.org },
  }),
  /** 民政局: cases referred to it (interpreting, out-of-city, unclear owner; A11), city-wide. */
  casesReferredToCivilAffairs: (alias) => ({
    sql: recordLists(alias),
    params: { scopeNeed: HelpNeed.CIVIL_AFFAIRS_BUREAU },
  }),
};
