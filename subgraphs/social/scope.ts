import { ScopePredicate } from "../../shared/authz/row-scope";

/**
 * The social subgraph's row scopes (issue #4), named in policy.ts. Each is a predicate over a
 * referral's alias, built only from social's own data (D1): the unit serving the referral and the
 * district that referred it.
 */
const columnIsOrg = (column: string): ScopePredicate => (alias, principal) => ({
  sql: `"${alias}".${column} = :scopeOrg`,
  params: { scopeOrg: principal.org },
});

export const SOCIAL_SCOPES: Readonly<Record<string, ScopePredicate>> = {
  /** 社工: referrals their unit serves (a care point or the family service centre, A10). */
  referralsOfUnit: columnIsOrg("service_unit"),
  /** 區公所: the referrals it handed off, so it sees them arrive and how they are handled (D3, A10). */
  referralsFromDistrict: columnIsOrg("referring_district_code"),
  /** 民政局: city-wide oversight of the handling (A10: visible to 民政局; A11: it coordinates). */
  cityOversight: () => ({ sql: "TRUE", params: {} }),
};
