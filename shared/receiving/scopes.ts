import { ScopePredicate } from "../authz/row-scope";

/** A row scope over one of the referral's own columns (D1): the caller's organisation is the row's. */
export function columnIsOrg(column: string): ScopePredicate {
  return (alias, principal) => ({ sql: `"${alias}".${column} = :scopeOrg`, params: { scopeOrg: principal.org } });
}

/**
 * The row scopes every receiving agency names in its policy (issue #4). The serving unit's own
 * scope is the agency's: it knows which column names the unit.
 */
export const RECEIVING_SCOPES: Readonly<Record<string, ScopePredicate>> = {
  /** 區公所: the referrals it handed off, so it sees them arrive and how they are handled (D3, A10). */
  referralsFromDistrict: columnIsOrg("referring_district_code"),
  /** 民政局: city-wide oversight of the handling (A10: visible to 民政局; A11: it coordinates). */
  cityOversight: () => ({ sql: "TRUE", params: {} }),
};
