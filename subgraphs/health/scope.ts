import { ScopePredicate } from "../../shared/authz/row-scope";

/**
 * The health subgraph's row scopes (issue #4), named in policy.ts. Each is a predicate over a
 * referral's alias, built only from health's own data (D1): the 健康服務中心 responsible for the
 * referral and the district that referred it.
 */
const columnIsOrg = (column: string): ScopePredicate => (alias, principal) => ({
  sql: `"${alias}".${column} = :scopeOrg`,
  params: { scopeOrg: principal.org },
});

export const HEALTH_SCOPES: Readonly<Record<string, ScopePredicate>> = {
  /** 公衛護士: referrals of their 健康服務中心, which is named by its district code (A10). */
  referralsOfCentre: columnIsOrg("health_centre_code"),
  /** 區公所: the referrals it handed off, so it sees them arrive and how they are handled (D3, A10). */
  referralsFromDistrict: columnIsOrg("referring_district_code"),
  /** 民政局: city-wide oversight of the handling (A10: visible to 民政局; A11: it coordinates). */
  cityOversight: () => ({ sql: "TRUE", params: {} }),
};
