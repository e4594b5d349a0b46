import { ScopePredicate } from "../../shared/authz/row-scope";
import { columnIsOrg, RECEIVING_SCOPES } from "../../shared/receiving/scopes";

/**
 * The social subgraph's row scopes (issue #4), named in policy.ts. Each is a predicate over a
 * referral's alias, built only from social's own data (D1): the unit serving the referral, and the
 * receiving kit's district and 民政局 scopes.
 */
export const SOCIAL_SCOPES: Readonly<Record<string, ScopePredicate>> = {
  /** 社工: referrals their unit serves (a care point or the family service centre, A10). */
  referralsOfUnit: columnIsOrg("service_unit"),
  /** Issue #12: 社工: the child-care cases their unit holds (the household district's care point). */
  childCareCasesOfUnit: columnIsOrg("holding_unit"),
  /** Issue #12 (B10): 社工: the child-protection reports their unit received (the case's holding unit, else the family service centre). */
  protectionReportsOfUnit: columnIsOrg("receiving_unit"),
  ...RECEIVING_SCOPES,
};
