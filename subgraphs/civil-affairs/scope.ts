import { ScopePredicate } from "../../shared/authz/row-scope";
import { RECEIVING_SCOPES } from "../../shared/receiving/scopes";

/**
 * 民政局's row scopes (issue #4, #9), named in policy.ts, over its own data only (D1): the receiving
 * kit's district and city scopes, and each part's own.
 */
export const CIVIL_AFFAIRS_SCOPES: Readonly<Record<string, ScopePredicate>> = {
  /** 民政局's officers: every referral to 民政局 — the bureau is one city-wide organisation (A11, OrgKind.CITY). */
  referralsToTheBureau: () => ({ sql: "TRUE", params: {} }),
  ...RECEIVING_SCOPES,
};
