import { ScopePredicate } from "../../shared/authz/row-scope";
import { EX_OFFICIO_SCOPES } from "./ex-officio/ex-officio.scope";
import { HOUSEHOLD_SCHEMA as S } from "./schema-name";
import { SURVEY_SCOPES } from "./survey/survey.scope";

/**
 * The household subgraph's row scopes (issue #4), named in policy.ts. Each is a predicate over a
 * row alias, built only from household's own data (D1): the household address, the office that
 * recorded a registration, and the visit address of 附件1 (A5: the visiting district handles it).
 */
const inDistrict = (column: string): ScopePredicate => (_alias, principal) => ({ sql: `${column} = :scopeOrg`, params: { scopeOrg: principal.org } });

const visitInVillages = (inquiry: string): string =>
  `${inquiry}.visit_district_code = :scopeOrg AND ${inquiry}.visit_village = ANY(:scopeVillages)`;

export const HOUSEHOLD_SCOPES: Readonly<Record<string, ScopePredicate>> = {
  /**
   * 戶所: persons living in its district, registered by it, or party to a registration it recorded.
   * "Living in its district" is the person's household's district, kept on the person's row by a
   * trigger (migration PersonHouseholdDistrict, issue #13): a list's count needs no join for it.
   */
  personsOfOffice: (alias, principal) => ({
    sql: `"${alias}".registered_by_office = :scopeOrg
      OR "${alias}".household_district_code = :scopeOrg
      OR EXISTS (SELECT 1 FROM "${S}"."registrations" r WHERE (r.registrant_id = "${alias}".id OR r.new_immigrant_id = "${alias}".id) AND r.office_code = :scopeOrg)`,
    params: { scopeOrg: principal.org },
  }),
  /** 區公所: residents of the district, and new immigrants whose visit address is in it (A5). */
  personsOfDistrict: (alias, principal) => ({
    sql: `"${alias}".household_district_code = :scopeOrg
      OR EXISTS (SELECT 1 FROM "${S}"."consent_inquiries" ci WHERE ci.new_immigrant_id = "${alias}".id AND ci.visit_district_code = :scopeOrg)`,
    params: { scopeOrg: principal.org },
  }),
  /** 里幹事: new immigrants to be visited in the officer's villages (A2 routes by 里). */
  visitTargetsInVillages: (alias, principal) => ({
    sql: `EXISTS (SELECT 1 FROM "${S}"."consent_inquiries" ci WHERE ci.new_immigrant_id = "${alias}".id AND ${visitInVillages("ci")})`,
    params: { scopeOrg: principal.org, scopeVillages: [...principal.villages] },
  }),
  householdsInDistrict: (alias, principal) => inDistrict(`"${alias}".address_district_code`)(alias, principal),
  registrationsOfOffice: (alias, principal) => inDistrict(`"${alias}".office_code`)(alias, principal),
  registrationsOfDistrict: (alias, principal) => ({
    sql: `"${alias}".office_code = :scopeOrg
      OR EXISTS (SELECT 1 FROM "${S}"."consent_inquiries" ci WHERE ci.registration_id = "${alias}".id AND ci.visit_district_code = :scopeOrg)`,
    params: { scopeOrg: principal.org },
  }),
  registrationsInVillages: (alias, principal) => ({
    sql: `EXISTS (SELECT 1 FROM "${S}"."consent_inquiries" ci WHERE ci.registration_id = "${alias}".id AND ${visitInVillages("ci")})`,
    params: { scopeOrg: principal.org, scopeVillages: [...principal.villages] },
  }),
  inquiriesOfOffice: (alias, principal) => inDistrict(`"${alias}".office_code`)(alias, principal),
  inquiriesOfDistrict: (alias, principal) => ({
    sql: `"${alias}".office_code = :scopeOrg OR "${alias}".visit_district_code = :scopeOrg OR "${alias}".household_district_code = :scopeOrg`,
    params: { scopeOrg: principal.org },
  }),
  /** 附件3 (issue #8): the office sees the ledgers it handed over, the district those it receives (A5). */
  ledgersOfOffice: (alias, principal) => inDistrict(`"${alias}".office_code`)(alias, principal),
  ledgersToDistrict: (alias, principal) => inDistrict(`"${alias}".receiving_district_code`)(alias, principal),
  /**
   * 民政局's household inbox (issue #8): the offices' overdue steps city-wide, for oversight. The inbox
   * item names the form only; 民政局 reads no form here (ConsentInquiry has no such reader), and the
   * inbox table (inbox/household-inbox.source.ts) limits this role to overdue steps.
   */
  inquiriesCityWide: () => ({ sql: "TRUE", params: {} }),
  inquiriesInVillages: (alias, principal) => ({ sql: visitInVillages(`"${alias}"`), params: { scopeOrg: principal.org, scopeVillages: [...principal.villages] } }),
  ...SURVEY_SCOPES,
  ...EX_OFFICIO_SCOPES,
};
