import type { DataSource, EntityManager } from "typeorm";
import { checkIsoDate } from "../../../shared/calendar/iso-date";
import { DISTRICT_DIRECTORY_CITY } from "../../../shared/directory/intake";
import { VisitFormBoxKind } from "../../../shared/directory/visit-form-box-kind";
import { loadVersion, versionInForce } from "../directory/directory.store";
import { CIVIL_AFFAIRS_SCHEMA } from "../schema-name";

export interface PartnerAgency {
  /** Its directory code: the org of its PARTNER_AGENCY_OFFICER tokens and of the referrals to it. */
  readonly code: string;
  readonly name: string;
  /** The needs a district refers to it (A9): its visit-form box's, as the directory lists them. */
  readonly needs: readonly string[];
}

/**
 * Issue #9 (C1, A9): the agencies without a subgraph of their own whose referrals 民政局's subgraph
 * receives for them, read from the directory, not a table: the agency of a REFERRAL box of the
 * district's city's visit form that lists needs (勞動局, 教育局, and any agency the city adds), in
 * the version in force on `on` (the referral's date, the day the district checked the form).
 * Undefined for any other code.
 */
export async function partnerAgencyInForce(db: DataSource | EntityManager, code: string, on: string): Promise<PartnerAgency | undefined> {
  const stored = await versionInForce(db, CIVIL_AFFAIRS_SCHEMA, DISTRICT_DIRECTORY_CITY, checkIsoDate(on, "referredOn"));
  if (stored === null) {
    return undefined;
  }
  const directory = await loadVersion(db, CIVIL_AFFAIRS_SCHEMA, stored);
  const box = directory.visitFormBoxes.find((candidate) => candidate.kind === VisitFormBoxKind.REFERRAL && candidate.agency === code && candidate.needs.length > 0);
  const agency = directory.agencies.find((candidate) => candidate.code === code);
  return box === undefined || agency === undefined ? undefined : { code, name: agency.name, needs: box.needs };
}
