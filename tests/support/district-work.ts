import { randomUUID } from "crypto";
import { Role } from "../../shared/auth/roles";
import { taipeiToday } from "../../shared/clock";
import { GraphQLResponse } from "./graphql";
import { TestPlatform } from "./platform";

/**
 * The district's steps one at a time through the gateway, each by the role that does it, for tests
 * that need cases stopped at a given step (issue #8: inboxes). The hand-over names a consent
 * inquiry and a person by key only: the district cannot check them at household (D1), so fresh
 * keys are enough here; the whole programme is tests/support/case-fixture.ts.
 */
function must<Data>(step: string, response: GraphQLResponse<Data>): Data {
  if (response.errors !== undefined || response.data === undefined || response.data === null) {
    throw new Error(`${step} failed: ${JSON.stringify(response.errors?.map((error) => error.extensions?.code))}`);
  }
  return response.data;
}

export interface HandoverOptions {
  readonly clientKey?: string;
  readonly consentInquiryId?: string;
  readonly personId?: string;
}

export async function handOver(platform: TestPlatform, district: string, village: string, options: HandoverOptions = {}): Promise<string> {
  const consentInquiryId = options.consentInquiryId ?? randomUUID();
  const data = must(
    "receiveConsentHandover",
    await platform.query<{ receiveConsentHandover: { id: string } }>(`mutation($input: ConsentHandoverInput!) { receiveConsentHandover(input: $input) { id } }`, {
      role: Role.HOUSEHOLD_CLERK,
      org: district,
      // Issue #8: the per-case intake is household's service's, for a clerk of the office (D3).
      through: "household",
      variables: {
        input: {
          clientKey: options.clientKey ?? `household:consent:${consentInquiryId}`,
          consentInquiryId,
          personId: options.personId ?? randomUUID(),
          caseType: "MARRIAGE",
          receivingOffice: district,
          visitDistrict: district,
          village,
          neighbourhood: 7,
          householdDistrict: district,
          requestedMode: "HOME",
          decision: "HOME_VISIT",
        },
      },
    }),
  );
  return data.receiveConsentHandover.id;
}

export async function acknowledge(platform: TestPlatform, district: string, careCaseId: string): Promise<void> {
  must(
    "acknowledgeHandover",
    await platform.query(`mutation($id: ID!) { acknowledgeHandover(careCaseId: $id) { id } }`, { role: Role.DISTRICT_CASE_OFFICER, org: district, variables: { id: careCaseId } }),
  );
}

export async function assign(platform: TestPlatform, district: string, careCaseId: string, officerId: string): Promise<void> {
  must(
    "assignVillageOfficer",
    await platform.query(`mutation($id: ID!, $officer: String!) { assignVillageOfficer(careCaseId: $id, officerId: $officer, officerName: "里幹事") { id } }`, {
      role: Role.DISTRICT_CASE_OFFICER,
      org: district,
      variables: { id: careCaseId, officer: officerId },
    }),
  );
}

/** A visit that met the family today (the platform's clock): opens the visit record's deadline (A6). */
export async function visitMet(platform: TestPlatform, district: string, village: string, careCaseId: string): Promise<void> {
  must(
    "recordVisitAttempt",
    await platform.query(`mutation($input: VisitAttemptInput!) { recordVisitAttempt(input: $input) { id } }`, {
      role: Role.VILLAGE_OFFICER,
      org: district,
      villages: [village],
      variables: { input: { careCaseId, attemptedOn: taipeiToday(), mode: "HOME", met: true } },
    }),
  );
}

/** Test setup only: the district's cases and their work removed, so a test's expected items are all its own. */
export async function clearDistrictCases(platform: TestPlatform): Promise<void> {
  const dataSource = platform.platform.subgraphs.get("district")?.database.dataSource;
  if (dataSource === undefined) {
    throw new Error("No district subgraph");
  }
  for (const table of ["notifications", "deadline_breaches", "deadlines", "visit_records", "visit_attempts", "care_cases"]) {
    await dataSource.query(`DELETE FROM "district"."${table}"`);
  }
}
