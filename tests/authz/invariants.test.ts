import { generateNationalId } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { CITY_ORG, Role } from "../../shared/auth/roles";
import { taipeiToday } from "../../shared/clock";
import { Sex } from "../../shared/domain/enums";
import { readAccessTable } from "../support/access-table";
import { createReferredCase, FIXTURE_CIVIL_AFFAIRS_SUMMARY, referToLabourFrom, REFERRAL_CONTACT, ReferredCase } from "../support/case-fixture";
import { ChildCareFixture, childCarePersonalValues, createChildCareCase } from "../support/child-care";
import { everyFieldOperations } from "../support/every-field";
import { dataOf, errorCodes, GraphQLResponse } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { recordTeenParentSurveyFixture, SURVEY_PERSONAL_VALUES } from "../support/teen-parent-survey";
import { cdcFollowUp } from "../support/vaccination";

/**
 * Issue #7: invariants written from the domain — ARCHITECTURE.md's role table ("sees personal data
 * of …"), D4 and DOMAIN.md's rules — independent of the policy code. Each role asks for every field
 * of every type (built from the supergraph, not from any policy) and the whole response, data and
 * errors, must not contain a value the fixture wrote that the role may not see. The values are the
 * fixture's own, listed here by hand.
 */
const HOME = "63000050"; // 中正區
const SHILIN = "63000110";
const HOME_VILLAGE = "文北里";
/** 中正第一分局: one of 中正區's two precincts (shared/domain/police-precincts.ts). */
const POLICE_PRECINCT = "TPE-ZHONGZHENG-1";
const OTHER_VILLAGE = "幸福里";

interface Caller {
  readonly role: Role;
  readonly org?: string;
  readonly villages?: readonly string[];
}

/** Everything of the fixture that is personal data (PDPA art. 2: names, ID numbers, birth dates, phones, addresses, needs, summaries). */
function personalValues(fixture: ReferredCase): string[] {
  return [
    fixture.immigrant.name,
    fixture.immigrant.idNumber,
    fixture.immigrant.birthDate,
    fixture.immigrant.mobilePhone,
    fixture.spouse.name,
    fixture.spouse.idNumber,
    "1980-02-03", // the spouse's birth date (case-fixture.ts)
    fixture.householdNumber,
    "測試路", // the road of the household and visit address; a masked address shows ○
    "02-2345-6789",
    "0933-111-222",
    "family@example.tw",
    fixture.visitRecord.visitedPersonAddress,
    fixture.visitRecord.handling,
    "需要通譯協助",
    "已轉介民政局",
    "家暴與產後需求",
    REFERRAL_CONTACT.contactAddress,
    "社工訪視並擬定安全計畫",
    "產後衛教",
    FIXTURE_CIVIL_AFFAIRS_SUMMARY,
    PARTNER_SUMMARY,
    ONWARD.note,
    ONWARD.outcome,
  ];
}

/** What 勞動局's officer recorded on the fixture's referral (a service summary: personal). */
const PARTNER_SUMMARY = "媒合就業服務";
/** Issue #12 (B2): a child born ex officio in 中正區 whose whereabouts are unknown, searched for by the district's precincts. */
const EX_OFFICIO = { name: "林小安", motherName: "林美玲", contact: "林阿嬤", investigation: "出生通報地址查無其人", followUpNote: "里幹事訪查鄰長,孩子隨母親暫居親戚家" } as const;
/** Issue #9 (A11): what 民政局 asked of the body it referred its case onward to, and the answer (personal: they describe the family). */
const ONWARD = { note: "居留證件展延疑義", outcome: "已協助辦理展延" } as const;
const LABOUR = "taipei.labour-bureau";

/** The national ID and resident certificate numbers of the fixture and of every demo person. */
function idNumbers(fixture: ReferredCase, platform: TestPlatform): string[] {
  return [fixture.immigrant.idNumber, fixture.spouse.idNumber, ...platform.data.persons.map((person) => person.idNumber)];
}

describe("access invariants from the domain, through the gateway", () => {
  let platform: TestPlatform;
  let fixture: ReferredCase;
  let partnerReferralId = "";
  /** Issue #12 (B4): a child of the case's district from the CDC's feed; its ID number is one more the nurse must never read in full. */
  let followUpId = "";
  const FOLLOW_UP_CHILD = "A121212127";
  let teenParentSurveyId = "";
  /** Issue #12: a child-care case of 中正區, held by the west care point (its 社工 only). */
  let childCare: ChildCareFixture;
  let exOfficioRecordId = "";
  let searchRequestId = "";
  /** Issue #12 (B2): the same child's follow-up at 中正區公所, replied by its 里幹事 onto the office's record. */
  let followUpRequestId = "";
  const exOfficioIdNumber = generateNationalId(new SeededRandom("invariants-ex-officio"), Sex.FEMALE, "A");

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 30, seed: "invariants" });
    fixture = await createReferredCase(platform, HOME, HOME_VILLAGE, "invariants-case", {
      needs: ["SOCIAL_WELFARE_BUREAU", "HEALTH_BUREAU", "CIVIL_AFFAIRS_BUREAU", "LABOUR_BUREAU"],
    });
    // Issue #9: the case is referred to 勞動局 too, received for it by 民政局's subgraph, and its officer records a handling.
    partnerReferralId = await referToLabourFrom(platform, fixture, PARTNER_SUMMARY);
    followUpId = await cdcFollowUp(platform, HOME, FOLLOW_UP_CHILD);
    // Issue #12 (B7): a teen parent's survey 附表4 at the home office.
    teenParentSurveyId = await recordTeenParentSurveyFixture(platform, new SeededRandom("invariants-survey"), HOME, taipeiToday());
    // Issue #9 (A11): 民政局 refers its case onward to a central agency of its directory, and records the answer.
    const bureau = { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG };
    const today = taipeiToday();
    const { referOnward } = dataOf(
      await platform.query<{ referOnward: { id: string } }>(`mutation($input: ReferOnwardInput!) { referOnward(input: $input) { id } }`, {
        ...bureau,
        variables: { input: { referralId: fixture.civilAffairsReferralId, target: "taipei.national-immigration-agency", targetKind: "CENTRAL_AGENCY", referredOn: today, note: ONWARD.note } },
      }),
    );
    dataOf(
      await platform.query(`mutation($id: ID!, $outcome: String!, $on: LocalDate!) { recordOnwardOutcome(id: $id, outcome: $outcome, outcomeOn: $on) { id } }`, {
        ...bureau,
        variables: { id: referOnward.id, outcome: ONWARD.outcome, on: today },
      }),
    );
    childCare = await createChildCareCase(platform, HOME, "WEST_CARE_POINT", "invariants");
    // Issue #12 (B2): the office registers a child ex officio, whereabouts unknown; household's outbox asks the police.
    const { recordExOfficioBirth } = dataOf(
      await platform.query<{ recordExOfficioBirth: { id: string } }>(`mutation($input: ExOfficioBirthInput!) { recordExOfficioBirth(input: $input) { id } }`, {
        role: Role.HOUSEHOLD_CLERK,
        org: HOME,
        variables: {
          input: {
            child: { name: EX_OFFICIO.name, sex: "FEMALE", birthDate: today, idNumber: exOfficioIdNumber },
            motherName: EX_OFFICIO.motherName,
            registeredOn: today,
            investigation: EX_OFFICIO.investigation,
            whereabouts: "UNKNOWN",
            leftCountry: false,
            contacts: [{ name: EX_OFFICIO.contact, relation: "外祖母" }],
          },
        },
      }),
    );
    exOfficioRecordId = recordExOfficioBirth.id;
    await platform.runJob("household", "outbox-dispatch");
    const { searchRequests } = dataOf(
      await platform.query<{ searchRequests: { edges: { node: { id: string } }[] } }>(`query { searchRequests { edges { node { id } } } }`, { role: Role.POLICE_OFFICER, org: POLICE_PRECINCT }),
    );
    searchRequestId = searchRequests.edges[0]?.node.id ?? "";
    const office = { role: Role.DISTRICT_CASE_OFFICER, org: HOME };
    const { followUpRequests } = dataOf(await platform.query<{ followUpRequests: { edges: { node: { id: string } }[] } }>(`query { followUpRequests { edges { node { id } } } }`, office));
    followUpRequestId = followUpRequests.edges[0]?.node.id ?? "";
    dataOf(await platform.query(`mutation($id: ID!) { assignFollowUpOfficer(followUpRequestId: $id, officerId: "test-village_officer", officerName: "里幹事林") { id } }`, { ...office, variables: { id: followUpRequestId } }));
    dataOf(
      await platform.query(`mutation($input: FollowUpResultInput!) { recordFollowUpResult(input: $input) { id } }`, {
        role: Role.VILLAGE_OFFICER,
        org: HOME,
        variables: { input: { followUpRequestId, met: false, followedUpOn: today, note: EX_OFFICIO.followUpNote, officerName: "里幹事林" } },
      }),
    );
    await platform.runJob("district", "outbox-dispatch");
  }, 180_000);

  /** The ID numbers of every person of the walk: the fixture's, every demo person's and (issue #12) the child's and its mother's. */
  function allIdNumbers(): string[] {
    return [...idNumbers(fixture, platform), childCare.values.idNumber, childCare.values.motherIdNumber];
  }

  afterAll(async () => {
    await platform.stop();
  });

  function idFor(root: string): string | undefined {
    const ids: Readonly<Record<string, string>> = {
      person: fixture.immigrant.id,
      careCase: fixture.careCaseId,
      consentInquiry: fixture.consentInquiryId,
      handoverLedger: fixture.handoverLedgerId,
      registration: fixture.registrationId,
      socialReferral: fixture.socialReferralId,
      healthReferral: fixture.healthReferralId,
      civilAffairsReferral: fixture.civilAffairsReferralId,
      partnerReferral: partnerReferralId,
      vaccinationFollowUp: followUpId,
      teenParentSurvey: teenParentSurveyId,
      childCareCase: childCare.caseId,
      exOfficioRecord: exOfficioRecordId,
      searchRequest: searchRequestId,
      followUpRequest: followUpRequestId,
    };
    return ids[root];
  }

  /**
   * The walks by caller. Nothing is written after beforeAll and the walk leaves out the audit
   * roots, so a caller's walk reads the same data in every test: each caller walks once (a walk is
   * tens of seconds on two cores; CI's budget), and the tests that ask as that caller share it.
   */
  const walks = new Map<string, Promise<string>>();

  function everything(caller: Caller): Promise<string> {
    const key = JSON.stringify([caller.role, caller.org ?? null, caller.villages ?? null]);
    let walk = walks.get(key);
    if (walk === undefined) {
      walk = walkEverything(caller);
      walks.set(key, walk);
    }
    return walk;
  }

  /** Every field of every type, from every root query, as `caller`: the responses as one text. */
  async function walkEverything(caller: Caller): Promise<string> {
    const responses: GraphQLResponse<unknown>[] = [];
    for (const operation of everyFieldOperations()) {
      const id = idFor(operation.root);
      if (operation.byId && id === undefined) {
        throw new Error(`No fixture ID for ${operation.root}`);
      }
      const response = await platform.query(operation.query, { ...caller, variables: operation.byId ? { id } : {} });
      // A walk the gateway refused would prove nothing.
      expect({ root: operation.root, refused: errorCodes(response).filter((code) => code.startsWith("GRAPHQL_")) }).toEqual({ root: operation.root, refused: [] });
      responses.push(response);
    }
    return JSON.stringify(responses);
  }

  function found(text: string, values: readonly string[]): string[] {
    return values.filter((value) => text.includes(value));
  }

  // The first walk of the suite pays the gateway's and subgraphs' cold plans for every root (48 s alone on a loaded 2-core machine, issue #9's fields and retention roots added): more than jest's default minute.
  it("should let the case's own district officer read its personal data (the walk reaches it)", async () => {
    const text = await everything({ role: Role.DISTRICT_CASE_OFFICER, org: HOME });
    expect(found(text, personalValues(fixture))).toEqual(personalValues(fixture));
  }, 300_000);

  it.each([Role.CIVIL_AFFAIRS_ANALYST, Role.AUDITOR])(
    "should give %s no personal value of any type (role table: aggregate statistics only / the audit log, not the data)",
    async (role) => {
      const text = await everything({ role, org: CITY_ORG });
      expect(found(text, [...personalValues(fixture), ...idNumbers(fixture, platform), FOLLOW_UP_CHILD])).toEqual([]);
      expect(found(text, [...personalValues(fixture), ...childCarePersonalValues(childCare), ...allIdNumbers()])).toEqual([]);
    },
    180_000,
  );

  it("should give the police no personal value of a case no search request names (role table: persons named in a search request; D11)", async () => {
    const text = await everything({ role: Role.POLICE_OFFICER, org: POLICE_PRECINCT });
    // Issue #12: not of the referred case, nor of the child-care case social holds (its child included).
    expect(found(text, [...personalValues(fixture), ...childCarePersonalValues(childCare), ...allIdNumbers()])).toEqual([]);
    // Issue #12 (B2): the child of the request to the precinct, and whom to contact, are theirs (the walk reaches them) …
    expect(found(text, [EX_OFFICIO.name, EX_OFFICIO.motherName, EX_OFFICIO.contact, exOfficioIdNumber])).toEqual([EX_OFFICIO.name, EX_OFFICIO.motherName, EX_OFFICIO.contact, exOfficioIdNumber]);
    // … but not the office's investigation, which stays on household's record.
    expect(found(text, [EX_OFFICIO.investigation])).toEqual([]);
  });

  it.each([
    [Role.POLICE_OFFICER, "TPE-WANHUA"],
    [Role.SOCIAL_WORKER, "WEST_CARE_POINT"],
    [Role.DISTRICT_CASE_OFFICER, SHILIN],
  ] as const)("should give %s (%s) nothing of the child born ex officio (issue #12: the district's precincts and office, and the recording office only)", async (role, org) => {
    const text = await everything({ role, org });
    expect(found(text, [EX_OFFICIO.name, EX_OFFICIO.motherName, EX_OFFICIO.contact, EX_OFFICIO.investigation, EX_OFFICIO.followUpNote, exOfficioIdNumber])).toEqual([]);
    // The district officer's walk is the widest (every case of the district): past jest's default minute on a loaded machine.
  }, 180_000);

  it("should give the household district's office the child of its follow-up and whom to contact, never the office's investigation (issue #12, B2)", async () => {
    const text = await everything({ role: Role.DISTRICT_CASE_OFFICER, org: HOME });
    expect(found(text, [EX_OFFICIO.name, EX_OFFICIO.motherName, EX_OFFICIO.contact, EX_OFFICIO.followUpNote, exOfficioIdNumber])).toEqual([
      EX_OFFICIO.name, EX_OFFICIO.motherName, EX_OFFICIO.contact, EX_OFFICIO.followUpNote, exOfficioIdNumber,
    ]);
    expect(found(text, [EX_OFFICIO.investigation])).toEqual([]);
    // (The recording office's clerk reads the district's follow-up on its record: the policy matrix's ExOfficioFollowUpReply.)
  }, 180_000);

  it.each([
    [Role.SOCIAL_WORKER, "WEST_CARE_POINT"],
    [Role.HEALTH_NURSE, HOME],
  ] as const)("should never give %s a national ID or resident certificate number in full, on a case referred to them", async (role, org) => {
    const text = await everything({ role, org });
    // They serve this case (A10): the walk reaches their data, the contact the district sent.
    expect(text).toContain(REFERRAL_CONTACT.contactAddress);
    expect(found(text, [...idNumbers(fixture, platform), FOLLOW_UP_CHILD])).toEqual([]);
    expect(found(text, allIdNumbers())).toEqual([]);
  });

  // Issue #12 (ARCHITECTURE's role table: 社工 "child-care cases they hold"): the holding unit's worker reads the case (ID numbers masked), nobody else.
  it("should give a child-care case's personal data to the holding unit's social worker, its ID numbers masked", async () => {
    const text = await everything({ role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" });
    const { idNumber, motherIdNumber, ...readable } = childCare.values;
    expect(found(text, Object.values(readable))).toEqual(Object.values(readable));
    expect(found(text, [idNumber, motherIdNumber])).toEqual([]);
  }, 180_000);

  it.each([
    [Role.SOCIAL_WORKER, "NORTH_CARE_POINT"],
    [Role.DISTRICT_CASE_OFFICER, HOME],
    [Role.HOUSEHOLD_CLERK, HOME],
    [Role.HEALTH_NURSE, HOME],
    [Role.CIVIL_AFFAIRS_OFFICER, CITY_ORG],
  ] as const)("should give %s of %s nothing of a child-care case the unit does not hold (issue #12)", async (role, org) => {
    const text = await everything({ role, org });
    expect(found(text, [...childCarePersonalValues(childCare), childCare.values.idNumber, childCare.values.motherIdNumber])).toEqual([]);
  }, 180_000);

  it("should show a village officer only the cases of the villages on the token (A2: 里 routes the case; A6)", async () => {
    const own = await everything({ role: Role.VILLAGE_OFFICER, org: HOME, villages: [HOME_VILLAGE] });
    expect(own).toContain(fixture.visitRecord.visitedPersonAddress);
    const other = await everything({ role: Role.VILLAGE_OFFICER, org: HOME, villages: [OTHER_VILLAGE] });
    expect(found(other, personalValues(fixture))).toEqual([]);
    const listed = await platform.query<{ careCases: { edges: { node: { village: string | null; visitDistrictCode: string | null } }[] } }>(
      `query { careCases(first: 100) { edges { node { village visitDistrictCode } } } }`,
      { role: Role.VILLAGE_OFFICER, org: HOME, villages: [OTHER_VILLAGE] },
    );
    expect(listed.errors).toBeUndefined();
    const outside = (listed.data?.careCases.edges ?? []).filter(({ node }) => node.village !== OTHER_VILLAGE || node.visitDistrictCode !== HOME);
    expect(outside).toEqual([]);
  });

  it("should never show the household clerk the visit record (A5, A8: the visit is the district's)", async () => {
    const clerk = { role: Role.HOUSEHOLD_CLERK, org: HOME };
    const response = await platform.query<{ careCase: { id: string; visitRecord: Record<string, unknown> | null } | null }>(
      `query($id: ID!) { careCase(id: $id) { id visitRecord { id districtCode village serviceItem visitedOn visitedPersonName visitedPersonPhone
        visitedPersonAddress outcome firstMissedOn secondMissedOn needs needsOther mattersRaised handling state signedOffBy signatures { signerName } filedOn } } }`,
      { ...clerk, variables: { id: fixture.careCaseId } },
    );
    // The clerk handed this case over and sees that it arrived (A4, D3) …
    expect(response.data?.careCase?.id).toBe(fixture.careCaseId);
    // … but nothing of what the visit found.
    const record = response.data?.careCase?.visitRecord ?? {};
    expect(Object.entries(record).filter(([, value]) => value !== null)).toEqual([]);
    expect(errorCodes(response).length).toBeGreaterThan(0);
    expect(new Set(errorCodes(response))).toEqual(new Set(["FORBIDDEN"]));
    const visit = [fixture.visitRecord.visitedPersonAddress, fixture.visitRecord.handling, "需要通譯協助", "已轉介民政局"];
    expect(found(await everything(clerk), visit)).toEqual([]);
  });

  it("should show a partner agency's officer the referral to their agency and nothing of the other agencies' parts (A10, issue #9)", async () => {
    const text = await everything({ role: Role.PARTNER_AGENCY_OFFICER, org: LABOUR });
    // They serve it (A10): the contact the district sent and their own handling.
    expect(found(text, [REFERRAL_CONTACT.contactAddress, PARTNER_SUMMARY])).toEqual([REFERRAL_CONTACT.contactAddress, PARTNER_SUMMARY]);
    const othersParts = [
      "社工訪視並擬定安全計畫", "產後衛教", FIXTURE_CIVIL_AFFAIRS_SUMMARY, ONWARD.note, ONWARD.outcome,
      // Not the visited address: it is the referral's contact address (the district sends 附件4's, issue #8).
      fixture.visitRecord.handling, "需要通譯協助", fixture.householdNumber, "family@example.tw",
    ];
    expect(found(text, [...othersParts, ...idNumbers(fixture, platform)])).toEqual([]);
  });

  it.each(["taipei.education-bureau", "taipei.harmony-family-foundation"])(
    "should give the officer of a partner agency the case was not referred to (%s) no personal value (row scope: the referrals to their agency)",
    async (org) => {
      const text = await everything({ role: Role.PARTNER_AGENCY_OFFICER, org });
      expect(found(text, [...personalValues(fixture), ...idNumbers(fixture, platform)])).toEqual([]);
    },
  );

  // B7: 附表4 is "僅供轉介社會局（處）社工人員提供福利服務": the office's clerk records it; in household
  // nobody else reads it, and 民政局, which relays it, sees counts, not answers.
  it("should show 附表4's answers to the recording office's clerk only (B7)", async () => {
    expect(found(await everything({ role: Role.HOUSEHOLD_CLERK, org: HOME }), SURVEY_PERSONAL_VALUES)).toEqual([...SURVEY_PERSONAL_VALUES]);
    for (const caller of [
      { role: Role.HOUSEHOLD_CLERK, org: SHILIN },
      { role: Role.DISTRICT_CASE_OFFICER, org: HOME },
      { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG },
    ]) {
      expect({ caller, found: found(await everything(caller), SURVEY_PERSONAL_VALUES) }).toEqual({ caller, found: [] });
    }
    // Four walks of every root: minutes on a loaded 2-core machine.
  }, 600_000);

  it("should show a district officer of another district nothing of the case (A5: the visit address's district handles it)", async () => {
    const text = await everything({ role: Role.DISTRICT_CASE_OFFICER, org: SHILIN });
    expect(found(text, personalValues(fixture))).toEqual([]);
  });
});

/**
 * The same invariants on the committed grant tables themselves (ACCESS.md): row scope hides a
 * loosened grant from every gateway test while no row is in scope (the police, the analyst and the
 * social worker have no household rows today), so the grant layer is held to the role table too.
 * The lists of what each role may touch are written here from ARCHITECTURE.md's role table.
 */
describe("access invariants on the committed grant tables", () => {
  const AGENCIES = ["household", "district", "social", "health", "calendar", "civil-affairs", "police"];
  const tables = AGENCIES.map((agency) => [agency, readAccessTable(agency)] as const);

  function granted(role: Role): string[] {
    return tables.flatMap(([agency, table]) =>
      table.types().flatMap((typeName) =>
        table
          .fields(typeName)
          .filter((field) => table.field(typeName, field, role).access !== "deny")
          .map((field) => `${agency}:${typeName}.${field}`),
      ),
    );
  }

  function callable(role: Role): string[] {
    return tables.flatMap(([agency, table]) => table.operations().filter((operation) => table.mayCall(operation, role)).map((operation) => `${agency}:${operation}`));
  }

  /** Issue #8: the office calendar is public (dates, holidays, closures), read by every role. */
  const PUBLIC_CALENDAR = /^calendar:(OfficeCalendarYear|OfficeCalendarDay|OfficeClosure)\./;
  /** Issue #9, C1: the service directory is public too (agencies, their public numbers, the visit form's boxes). */
  const PUBLIC_DIRECTORY = /^(civil-affairs:(ServiceDirectory|DirectoryAgency|DirectoryUnit|DirectoryCategory|DirectoryDuty|DirectoryVisitFormBox)|district:VisitFormBox)\./;
  const DIRECTORY_QUERIES = ["civil-affairs:Query.serviceDirectory", "civil-affairs:Query.directoryAgency", "district:Query.visitFormBoxes"];
  const isPublic = (field: string): boolean => PUBLIC_CALENDAR.test(field) || PUBLIC_DIRECTORY.test(field);

  /** Issue #10: the statistics' two table types, the same in every reporting agency (counts of groups, never a row). */
  const STATISTICS_TABLE = ["groupedBy", "cells", "totals", "total"];
  // Issue #12: and programme B's breakdowns (B1 category, exclusion reason, case state, B4's condition).
  const STATISTICS_CELL = [
    "month", "area", "caseType", "origin", "decision", "need", "unit", "outcome", "status", "category", "exclusionReason", "caseState", "referralCondition", "count", "suppressed",
  ];
  const statisticsOf = (agency: string, fields: string[]): string[] => [
    ...["id", ...fields].map((field) => `${agency}:CareStatistics.${field}`),
    ...STATISTICS_TABLE.map((field) => `${agency}:StatisticsTable.${field}`),
    ...STATISTICS_CELL.map((field) => `${agency}:StatisticsCell.${field}`),
  ];

  it("should give the analyst only the office directory and the statistics (role table: nobody's personal data, aggregates only)", () => {
    expect(callable(Role.CIVIL_AFFAIRS_ANALYST).sort()).toEqual(
      // Issue #12 (B12): programme B's figures come as careStatistics' tables, suppressed; not social's unsuppressed exclusion counts.
      ["calendar:Query.officeCalendar", "household:Query.careStatistics", "household:Query.householdOffices", ...DIRECTORY_QUERIES].sort(),
    );
    expect(granted(Role.CIVIL_AFFAIRS_ANALYST).filter((field) => !isPublic(field)).sort()).toEqual(
      [
        "household:HouseholdOffice.code",
        "household:HouseholdOffice.name",
        "household:HouseholdOffice.districtName",
        ...statisticsOf("household", ["from", "to", "groupBy", "casesRecorded", "consentDecisions", "handoverTimeliness"]),
        ...statisticsOf("district", [
          "casesReceived", "casesVisited", "closedAfterTwoMissedVisits", "urgentReports",
          "acknowledgementTimeliness", "homeVisitTimeliness", "visitRecordTimeliness",
          // Issue #12 (B12): the follow-up's 1-month reply.
          "followUpReplyTimeliness",
        ]),
        // Issue #10 (A12): the referrals each receiving agency received, counted, with their outcome.
        // Issue #12 (B1, B9, B12): and its child-care figures — children per category, exclusions, cases by state, the two steps per unit.
        ...statisticsOf("social", [
          "socialReferralsReceived", "socialReferralNeeds", "socialReferralOutcomes",
          "childCareChildren", "childCareExclusions", "childCareCases", "socialVisitTimeliness", "visitReportTimeliness",
        ]),
        // Issue #12 (B4, B12): and its follow-ups' figures — the catch-up reminders on time, the referrals per condition.
        ...statisticsOf("health", ["healthReferralsReceived", "healthReferralNeeds", "healthReferralOutcomes", "vaccinationCatchUpTimeliness", "vaccinationReferrals"]),
        // Issue #12 (B2, B12): the police's two steps per precinct.
        ...statisticsOf("police", ["policeVisitTimeliness", "investigationReplyTimeliness"]),
        // Issue #10: 民政局's own cases and the partner agencies' referrals its subgraph receives.
        ...statisticsOf("civil-affairs", [
          "civilAffairsReferralsReceived", "civilAffairsReferralNeeds", "civilAffairsReferralOutcomes",
          "partnerReferralsReceived", "partnerReferralNeeds", "partnerReferralOutcomes",
        ]),
      ].sort(),
    );
  });

  it("should give the auditor only the audit logs, the office directory and the schedulers' runs (role table: the audit log, not the data)", () => {
    expect(callable(Role.AUDITOR).sort()).toEqual(
      [
        "household:Query.householdAuditLog",
        "household:Query.householdOffices",
        "district:Query.districtAuditLog",
        // Issue #8: when each scheduler ran and how many steps it moved — counts, no person.
        "district:Query.districtSchedulerRuns",
        "household:Query.householdSchedulerRuns",
        "social:Query.socialAuditLog",
        "health:Query.healthAuditLog",
        "calendar:Query.calendarAuditLog",
        "calendar:Query.officeCalendar",
        "civil-affairs:Query.civilAffairsAuditLog",
        // Issue #12: the police's audit log and its deadlines' scheduler runs.
        "police:Query.policeAuditLog",
        "police:Query.policeSchedulerRuns",
        ...DIRECTORY_QUERIES,
      ].sort(),
    );
    expect(
      granted(Role.AUDITOR).filter((field) => !/:(AuditEntry|HouseholdOffice|SchedulerRun|SchedulerChange)\./.test(field) && !isPublic(field)),
    ).toEqual([]);
  });

  it("should give the police no row and no personal field of any other agency (role table, D11: their own copy comes with the search request)", () => {
    for (const [agency, table] of tables.filter(([name]) => name !== "police")) {
      for (const typeName of table.scopedTypes()) {
        expect({ agency, typeName, scope: table.rowScope(typeName, Role.POLICE_OFFICER) }).toEqual({ agency, typeName, scope: undefined });
      }
      for (const typeName of table.types()) {
        const personal = table.personalFields(typeName).filter((field) => table.field(typeName, field, Role.POLICE_OFFICER).access !== "deny");
        expect({ agency, typeName, personal }).toEqual({ agency, typeName, personal: [] });
      }
    }
  });

  it("should give the police the requests to their precinct only, and in them the child and whom to contact (issue #12, B2, B9)", () => {
    const police = readAccessTable("police");
    expect(police.scopedTypes().map((typeName) => [typeName, police.rowScope(typeName, Role.POLICE_OFFICER)])).toEqual([["SearchRequest", "requestsToPrecinct"]]);
    const personal = police.types().flatMap((typeName) =>
      police.personalFields(typeName).filter((field) => police.field(typeName, field, Role.POLICE_OFFICER).access !== "deny").map((field) => `${typeName}.${field}`),
    );
    expect(personal.sort()).toEqual(
      [
        "SearchContact.address", "SearchContact.name", "SearchContact.phone", "SearchContact.relation",
        "SearchRequest.childBirthDate", "SearchRequest.childIdNumber", "SearchRequest.childName", "SearchRequest.childSex", "SearchRequest.contacts",
        "SearchRequest.foundAddress", "SearchRequest.foundContactName", "SearchRequest.foundContactPhone", "SearchRequest.motherIdNumber", "SearchRequest.motherName",
        "SearchRequest.officerName", "SearchRequest.visitNote",
      ].sort(),
    );
    // The requesters read where their requests stand, never the police's copy of the family.
    for (const role of [Role.HOUSEHOLD_CLERK, Role.SOCIAL_WORKER]) {
      expect(police.personalFields("SearchRequest").filter((field) => police.field("SearchRequest", field, role).access !== "deny")).toEqual([]);
    }
  });

  it.each([Role.SOCIAL_WORKER, Role.HEALTH_NURSE, Role.POLICE_OFFICER])("should never grant %s the national ID or resident certificate number in full", (role) => {
    const household = readAccessTable("household");
    expect(household.field("Person", "idNumber", role).access).not.toBe("allow");
  });

  // Issue #12 (B8): each agency's feed runs (counts and codes, no person) for the role that takes the feed's rows over.
  it("should give each agency's feed runs to its own workers only: health's to nurses, social's to social workers, household's to clerks", () => {
    const callers = (operation: string): Role[] => Object.values(Role).filter((role) => tables.some(([, table]) => table.operations().includes(operation) && table.mayCall(operation, role)));
    expect(callers("Query.healthFeedRuns")).toEqual([Role.HEALTH_NURSE]);
    expect(callers("Query.socialFeedRuns")).toEqual([Role.SOCIAL_WORKER]);
    expect(callers("Query.householdFeedRuns")).toEqual([Role.HOUSEHOLD_CLERK]);
    for (const agency of ["health", "social", "household"]) {
      const table = readAccessTable(agency);
      expect({ agency, personal: [...table.personalFields("FeedRun"), ...table.personalFields("FeedSkipCount")] }).toEqual({ agency, personal: [] });
    }
  });

  // Issue #12 (B5): a child's insurance status is health-insurance data (PDPA art. 6): the nurse of the centre lists her
  // centre's, the care point its notice went to reads the dates on its case; nobody else lists or reads them.
  it("should let only nurses list insurance statuses, and only nurses and social workers read their NHIA dates (B5)", () => {
    const callers = (operation: string): Role[] => Object.values(Role).filter((role) => tables.some(([, table]) => table.operations().includes(operation) && table.mayCall(operation, role)));
    expect(callers("Query.insuranceStatuses")).toEqual([Role.HEALTH_NURSE]);
    const health = readAccessTable("health");
    for (const field of ["uninsuredSince", "nhiaListedOn", "lastListedOn"]) {
      expect({ field, readers: Object.values(Role).filter((role) => health.field("InsuranceStatus", field, role).access !== "deny") }).toEqual({ field, readers: [Role.SOCIAL_WORKER, Role.HEALTH_NURSE] });
    }
  });

  it("should never grant the household clerk any field of the visit record or the visit attempts (A5, A8)", () => {
    const district = readAccessTable("district");
    for (const typeName of ["VisitRecord", "VisitAttempt"]) {
      const fields = district.fields(typeName);
      expect(fields.length).toBeGreaterThan(0);
      expect(fields.filter((field) => district.field(typeName, field, Role.HOUSEHOLD_CLERK).access !== "deny")).toEqual([]);
    }
  });
});
