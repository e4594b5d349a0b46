import { CITY_ORG } from "../../shared/auth/roles";
import { ScopePredicate } from "../../shared/authz/row-scope";
import { columnIsOrg, RECEIVING_SCOPES } from "../../shared/receiving/scopes";

/**
 * 民政局's row scopes (issue #4, #9), named in policy.ts, over its own data only (D1): the receiving
 * kit's district and city scopes, and each part's own.
 */
export const CIVIL_AFFAIRS_SCOPES: Readonly<Record<string, ScopePredicate>> = {
  /** 民政局's officers: every referral to 民政局 — the bureau is one city-wide organisation (A11, OrgKind.CITY); a token of any other org, none. */
  referralsToTheBureau: (_alias, principal) => ({ sql: ":scopeOrg = :bureau", params: { scopeOrg: principal.org, bureau: CITY_ORG } }),
  /** A partner agency's officers: the referrals to their agency only (its directory code is the token's org). */
  referralsToAgency: columnIsOrg("service_unit"),
  ...RECEIVING_SCOPES,
};
