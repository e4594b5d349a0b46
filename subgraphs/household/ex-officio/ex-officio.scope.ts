import { ScopePredicate } from "../../../shared/authz/row-scope";

/** Issue #12 (B2, B3): the office's clerks see the ex-officio records their office made. */
export const EX_OFFICIO_SCOPES: Readonly<Record<string, ScopePredicate>> = {
  exOfficioOfOffice: (alias, principal) => ({ sql: `"${alias}".office_code = :scopeOrg`, params: { scopeOrg: principal.org } }),
};
