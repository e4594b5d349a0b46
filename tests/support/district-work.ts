import { randomUUID } from "crypto";
import { Role } from "../../shared/auth/roles";
import { now, taipeiToday } from "../../shared/clock";
import { dataOf, GraphQLResponse } from "./graphql";
import { TestPlatform } from "./platform";

/**
 * The district's steps one at a time through the gateway, each by the role that does it, for tests
 * that need cases stopped at a given step (issue #8: inboxes). The hand-over names a consent
 * inquiry and a person by key only: the district cannot check them at household (D1), so fresh
 * keys are enough here; the whole programme, from household's own ledger, is tests/support/case-fixture.ts.
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
  /** A5 (issue #9): the household address's district of a cross-district case; by default the visiting district. */
  readonly householdDistrict?: string;
}

/**
 * One form handed over as a one-line 附件3 ledger (issue #8: the ledger is how forms arrive), posted
 * as household's dispatcher would (household's service token for a clerk of the office, D3). The
 * ledger takes the form's key as its own, so the same form posted again is a retry of one ledger.
 */
export async function handOver(platform: TestPlatform, district: string, village: string, options: HandoverOptions = {}): Promise<string> {
  const consentInquiryId = options.consentInquiryId ?? randomUUID();
  const data = must(
    "receiveHandoverLedger",
    await platform.query<{ receiveHandoverLedger: { careCases: { id: string }[] } }>(
      `mutation($input: HandoverLedgerInput!) { receiveHandoverLedger(input: $input) { careCases { id } } }`,
      {
        role: Role.HOUSEHOLD_CLERK,
        org: district,
        through: "household",
        variables: {
          input: {
            clientKey: options.clientKey ?? `household:ledger:${consentInquiryId}`,
            ledgerId: consentInquiryId,
            office: district,
            receivingDistrict: district,
            ledgerDate: taipeiToday(),
            handedOverAt: now().toISOString(),
            entries: [
              {
                consentInquiryId,
                personId: options.personId ?? randomUUID(),
                caseType: "MARRIAGE",
                visitDistrict: district,
                village,
                neighbourhood: 7,
                householdDistrict: options.householdDistrict ?? district,
                requestedMode: "HOME",
                appliedOn: taipeiToday(),
              },
            ],
          },
        },
      },
    ),
  );
  return data.receiveHandoverLedger.careCases[0].id;
}

/** 人文課 acknowledges the ledger that brought the case (A4: the district's seal on 附件3). */
export async function acknowledge(platform: TestPlatform, district: string, careCaseId: string): Promise<void> {
  const officer = { role: Role.DISTRICT_CASE_OFFICER, org: district };
  const { careCase } = must(
    "careCase",
    await platform.query<{ careCase: { handoverLedger: { id: string } } }>(`query($id: ID!) { careCase(id: $id) { handoverLedger { id } } }`, { ...officer, variables: { id: careCaseId } }),
  );
  must(
    "acknowledgeHandoverLedger",
    await platform.query(`mutation($id: ID!) { acknowledgeHandoverLedger(ledgerId: $id) { id } }`, { ...officer, variables: { id: careCase.handoverLedger.id } }),
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
  for (const table of ["notifications", "deadline_breaches", "deadlines", "visit_records", "visit_attempts", "care_cases", "handover_ledgers"]) {
    await dataSource.query(`DELETE FROM "district"."${table}"`);
  }
}

/** Issue #8: the district inbox's query; `item` and `page` add the fields a suite reads beyond every suite's. */
export function inboxQuery(extra: { item?: string; page?: string } = {}): string {
  return `query($first: Int, $after: String, $states: [InboxState!]) {
  districtInbox(first: $first, after: $after, states: $states) {
    items { id kind step subjectType subjectId dueAt state careCase { id }${extra.item === undefined ? "" : ` ${extra.item}`} }
    pageInfo { hasNextPage endCursor }${extra.page === undefined ? "" : `\n    ${extra.page}`}
    totalCount
  }
}`;
}

/** An inbox item's fields every suite reads. */
export interface InboxItem {
  id: string;
  kind: string;
  step: string | null;
  subjectType: string;
  subjectId: string;
  dueAt: string | null;
  state: string;
  careCase: { id: string } | null;
}

export interface InboxPage<Item extends InboxItem = InboxItem> {
  items: Item[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** One page of the caller's inbox by `query` (no error expected). */
export async function readInbox<Page extends InboxPage<InboxItem>>(
  platform: TestPlatform,
  query: string,
  options: Parameters<TestPlatform["query"]>[1],
  variables: Record<string, unknown> = {},
): Promise<Page> {
  return dataOf(await platform.query<{ districtInbox: Page }>(query, { ...options, variables })).districtInbox;
}
