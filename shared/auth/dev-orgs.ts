import { findDistrict } from "../domain/districts";
import { HealthServiceUnit, SocialServiceUnit } from "../domain/enums";
import { DEFAULT_POLICE_PRECINCT, findPrecinct, TAIPEI_POLICE_PRECINCTS } from "../domain/police-precincts";
import { CITY_ORG, OrgKind, ORG_KIND_OF_ROLE, Role } from "./roles";

/**
 * The organisation a development token names for a role (`npm run token`, the console's
 * development sign-in through the gateway's /dev/token): a default per kind, or the one given,
 * checked and normalised. A deployment's identity provider issues real tokens.
 */
const DEFAULT_DISTRICT = "63000050";
/** Issue #9: 臺北市政府勞動局's directory code. */
const DEFAULT_PARTNER_AGENCY = "taipei.labour-bureau";
/** A directory code: `<area>.<agency>`, lower case (taipei.education-bureau). */
const DIRECTORY_CODE = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;

export function defaultOrg(role: Role): string {
  switch (ORG_KIND_OF_ROLE[role]) {
    case OrgKind.HOUSEHOLD_OFFICE:
    case OrgKind.DISTRICT:
    case OrgKind.HEALTH_CENTRE:
      return DEFAULT_DISTRICT;
    case OrgKind.SOCIAL_UNIT:
      return SocialServiceUnit.WEST_CARE_POINT;
    case OrgKind.POLICE_PRECINCT:
      return DEFAULT_POLICE_PRECINCT;
    case OrgKind.CITY:
      return CITY_ORG;
    case OrgKind.PARTNER_AGENCY:
      return DEFAULT_PARTNER_AGENCY;
  }
}

/** District-scoped roles accept a code, slug or name and are normalised to the code. */
export function normaliseOrg(role: Role, org: string | undefined): string {
  if (org === undefined) {
    return defaultOrg(role);
  }
  const kind = ORG_KIND_OF_ROLE[role];
  // Issue #9 (A10): the 社區心理衛生中心's staff are named by the centre's unit code, not a district.
  if (kind === OrgKind.HEALTH_CENTRE && org === HealthServiceUnit.COMMUNITY_MENTAL_HEALTH_CENTRE) {
    return org;
  }
  if (kind === OrgKind.HOUSEHOLD_OFFICE || kind === OrgKind.DISTRICT || kind === OrgKind.HEALTH_CENTRE) {
    const district = findDistrict(org);
    if (district === undefined) {
      throw new Error(`--org for ${role} must be a Taipei district (code, slug or name)${kind === OrgKind.HEALTH_CENTRE ? ` or ${HealthServiceUnit.COMMUNITY_MENTAL_HEALTH_CENTRE}` : ""}`);
    }
    return district.code;
  }
  if (kind === OrgKind.SOCIAL_UNIT && !(Object.values(SocialServiceUnit) as string[]).includes(org)) {
    throw new Error(`--org for ${role} must be one of ${Object.values(SocialServiceUnit).join(", ")}`);
  }
  // Issue #12: a police officer's org is one of 臺北市政府警察局's precincts (police-precincts.ts).
  if (kind === OrgKind.POLICE_PRECINCT) {
    const precinct = findPrecinct(org);
    if (precinct === undefined) {
      throw new Error(`--org for ${role} must be one of ${TAIPEI_POLICE_PRECINCTS.map((candidate) => candidate.code).join(", ")}`);
    }
    return precinct.code;
  }
  if (kind === OrgKind.PARTNER_AGENCY && !DIRECTORY_CODE.test(org)) {
    throw new Error(`--org for ${role} must be the agency's directory code (e.g. ${DEFAULT_PARTNER_AGENCY})`);
  }
  if (kind === OrgKind.CITY && org !== CITY_ORG) {
    throw new Error(`--org for ${role} must be ${CITY_ORG}`);
  }
  return org;
}
