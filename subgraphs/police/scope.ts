import { ScopePredicate } from "../../shared/authz/row-scope";
import { SearchRequesterAgency } from "./search-request/search-status";

const sentBy = (agency: SearchRequesterAgency): ScopePredicate => (alias, principal) => ({
  sql: `"${alias}".requester_agency = :requesterAgency AND "${alias}".requester_org = :scopeOrg`,
  params: { requesterAgency: agency, scopeOrg: principal.org },
});

/** The police subgraph's row scopes (issue #12), named in policy.ts, over its own data only (D1). */
export const POLICE_SCOPES: Readonly<Record<string, ScopePredicate>> = {
  /** 員警: the requests to their precinct (the precincts of the child's household district, B2). */
  requestsToPrecinct: (alias, principal) => ({ sql: `:scopeOrg = ANY("${alias}".precinct_codes)`, params: { scopeOrg: principal.org } }),
  /** 戶所: the requests its office sent (B2, B3), for where they stand. */
  requestsFromOffice: sentBy(SearchRequesterAgency.HOUSEHOLD),
  /** 社工: the requests their unit sent (B9). */
  requestsFromUnit: sentBy(SearchRequesterAgency.SOCIAL),
};
