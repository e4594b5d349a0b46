import { ScopePredicate } from "../../../shared/authz/row-scope";

/** B7 (issue #12): the office's clerk reads the surveys its office recorded, no other office's. */
export const SURVEY_SCOPES: Readonly<Record<string, ScopePredicate>> = {
  surveysOfOffice: (alias, principal) => ({ sql: `"${alias}".office_code = :scopeOrg`, params: { scopeOrg: principal.org } }),
};
