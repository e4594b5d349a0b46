import { ScopePredicate } from "../../shared/authz/row-scope";
import { columnIsOrg, RECEIVING_SCOPES } from "../../shared/receiving/scopes";

/**
 * The health subgraph's row scopes (issue #4), named in policy.ts. Each is a predicate over a
 * referral's alias, built only from health's own data (D1): the 健康服務中心 responsible for the
 * referral, and the receiving kit's district and 民政局 scopes.
 */
export const HEALTH_SCOPES: Readonly<Record<string, ScopePredicate>> = {
  /** 公衛護士: referrals of their 健康服務中心, which is named by its district code (A10). */
  referralsOfCentre: columnIsOrg("health_centre_code"),
  ...RECEIVING_SCOPES,
};
