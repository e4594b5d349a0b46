import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { villagesOf } from "../../shared/domain/villages";
import { dataSnapshot } from "../support/data-snapshot";
import { acknowledge } from "../support/district-work";
import { dataOf, errorCodes } from "../support/graphql";
import { caseOfForm, handOverAndDeliver, officesFreeIn, recordForm, returnAndDeliver } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #8, A6: a wrongly recorded case goes back to the office for correction with a reason, and
 * comes back corrected — both directions delivered by the sender's outbox with its service token
 * (D3), both with their deadline (DEADLINE_RULES.CORRECTION: noon of the next working day after the
 * return arrives, A6 with R1; the corrected arrival's ACKNOWLEDGEMENT likewise, A4), on a fake
 * clock over the real 2016 calendar (Dragon Boat holiday 6/9–6/10).
 */
describe("return for correction (A6)", () => {
  let platform: TestPlatform;
  const rng = new SeededRandom("correction");
  /** Offices with no demo-data form in June 2016, so a day's ledger holds only what a test records. */
  let office = "";
  let otherOffice = "";
  let elsewhere = "";

  const DISPATCH = "outbox-dispatch";
  const taipei = (local: string): Date => new Date(`${local}+08:00`);
  const clerk = () => ({ role: Role.HOUSEHOLD_CLERK, org: office });
  const officer = () => ({ role: Role.DISTRICT_CASE_OFFICER, org: office });

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "correction" });
    const free = officesFreeIn(platform, "2016-06");
    expect(free.length).toBeGreaterThanOrEqual(3);
    [office, otherOffice, elsewhere] = free;
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });


  type Deadline = { step: string; startedAt: string; dueAt: string; state: string; metAt: string | null; breachedAt: string | null };
  const INQUIRY = `query($id: ID!) { consentInquiry(id: $id) { decision visitAddress { districtCode village }
    correctionRequest { reason requestedAt district careCaseId correctedAt } deadlines { step startedAt dueAt state metAt breachedAt } } }`;
  type InquiryRead = {
    consentInquiry: {
      decision: string;
      visitAddress: { districtCode: string; village: string };
      correctionRequest: { reason: string; requestedAt: string; district: string; careCaseId: string; correctedAt: string | null } | null;
      deadlines: Deadline[];
    };
  };
  const CASE = `query($id: ID!) { careCase(id: $id) { status village requestedMode returnReason returnedAt returnedBy correctedAt acknowledgedAt
    deadlines { step startedAt dueAt state metAt breachedAt } } }`;
  type CaseRead = {
    careCase: {
      status: string;
      village: string;
      requestedMode: string;
      returnReason: string | null;
      returnedAt: string | null;
      returnedBy: string | null;
      correctedAt: string | null;
      acknowledgedAt: string | null;
      deadlines: Deadline[];
    };
  };

  const inquiry = async (id: string) => dataOf(await platform.query<InquiryRead>(INQUIRY, { ...clerk(), variables: { id } })).consentInquiry;
  const careCase = async (id: string) => dataOf(await platform.query<CaseRead>(CASE, { ...officer(), variables: { id } })).careCase;
  const step = (deadlines: Deadline[], name: string) => deadlines.find((deadline) => deadline.step === name);
  const CORRECT = `mutation($input: CorrectConsentInquiryInput!) { correctConsentInquiry(input: $input) { id } }`;

  async function notifications(who: { role: Role; org: string }, field: "householdNotifications" | "districtNotifications") {
    return dataOf(await platform.query<Record<string, { id: string; kind: string; subjectId: string; step: string | null; createdAt: string }[]>>(`{ ${field} { id kind subjectId step createdAt } }`, who))[
      field
    ];
  }

  /** As after a crash between the receiver's store and the sender's mark: every delivered row of `schema` is due again. */
  async function redeliverAll(subgraph: "household" | "district"): Promise<void> {
    await platform.platform.subgraphs
      .get(subgraph)
      ?.database.dataSource.query(`UPDATE "${subgraph}"."outbox" SET "delivered_at" = NULL, "acknowledged_id" = NULL, "next_attempt_at" = '2000-01-01T00:00:00Z' WHERE "delivered_at" IS NOT NULL`);
  }

  /** A form of `office` recorded on Tuesday 6/7 and delivered to the district Wednesday 6/8 09:00: its case. */
  async function handedOverCase(): Promise<{ inquiryId: string; careCaseId: string }> {
    setFakeNow(taipei("2016-06-07T10:00:00"));
    const form = await recordForm(platform, rng, office, "2016-06-07", "HOME_VISIT");
    setFakeNow(taipei("2016-06-08T09:00:00"));
    await handOverAndDeliver(platform, office, "2016-06-07");
    return { inquiryId: form.inquiryId, careCaseId: await caseOfForm(platform, office, form.inquiryId) };
  }

  it("should return a case on Wed 2016-06-08, due back by Mon 6/13 12:00 across the Dragon Boat holiday, and bring it back corrected with a new acknowledgement deadline", async () => {
    const { inquiryId, careCaseId } = await handedOverCase();
    setFakeNow(taipei("2016-06-08T10:00:00"));
    const returned = dataOf(
      await platform.query<{ returnCaseForCorrection: { status: string } }>(`mutation($id: ID!) { returnCaseForCorrection(careCaseId: $id, reason: "里別誤填，請更正") { status } }`, {
        ...officer(),
        variables: { id: careCaseId },
      }),
    );
    expect(returned.returnCaseForCorrection.status).toBe("RETURNED_FOR_CORRECTION");
    const atDistrict = await careCase(careCaseId);
    expect(atDistrict).toMatchObject({ status: "RETURNED_FOR_CORRECTION", returnReason: "里別誤填，請更正", returnedAt: "2016-06-08T02:00:00.000Z", returnedBy: "test-district_case_officer" });
    // Returning is the district's handling of the arrival (A4): the acknowledgement step is met by it.
    expect(step(atDistrict.deadlines, "ACKNOWLEDGEMENT")).toMatchObject({ dueAt: "2016-06-13T04:00:00.000Z", state: "MET_ON_TIME", metAt: "2016-06-08T02:00:00.000Z" });

    expect(await platform.runJob("district", DISPATCH)).toEqual({ delivered: 1, retried: 0, parked: 0 });
    const atOffice = await inquiry(inquiryId);
    expect(atOffice.correctionRequest).toEqual({ reason: "里別誤填，請更正", requestedAt: "2016-06-08T02:00:00.000Z", district: office, careCaseId, correctedAt: null });
    // Arrived Wednesday 10:00; Thursday and Friday are the holiday, then the weekend: Monday 12:00 (A6, R1, R2).
    expect(step(atOffice.deadlines, "CORRECTION")).toEqual({
      step: "CORRECTION", startedAt: "2016-06-08T02:00:00.000Z", dueAt: "2016-06-13T04:00:00.000Z", state: "DUE", metAt: null, breachedAt: null,
    });
    const arrived = await notifications(clerk(), "householdNotifications");
    expect(arrived.map(({ kind, subjectId, createdAt }) => ({ kind, subjectId, createdAt }))).toEqual([{ kind: "CORRECTION_REQUESTED", subjectId: inquiryId, createdAt: "2016-06-08T02:00:00.000Z" }]);
    expect(await notifications({ role: Role.HOUSEHOLD_CLERK, org: otherOffice }, "householdNotifications")).toEqual([]);

    // The return delivered again (a crash before the district marked it): nothing changes twice.
    setFakeNow(taipei("2016-06-08T11:00:00"));
    await redeliverAll("district");
    expect(await platform.runJob("district", DISPATCH)).toEqual({ delivered: 1, retried: 0, parked: 0 });
    expect(await inquiry(inquiryId)).toEqual(atOffice);
    expect(await notifications(clerk(), "householdNotifications")).toHaveLength(1);

    // A clerk of another office cannot correct this office's form.
    const foreign = await platform.query(CORRECT, { role: Role.HOUSEHOLD_CLERK, org: otherOffice, variables: { input: { consentInquiryId: inquiryId, decision: "PHONE_VISIT" } } });
    expect(errorCodes(foreign)).toEqual(["FORBIDDEN"]);

    setFakeNow(taipei("2016-06-13T11:00:00"));
    const village = villagesOf(office)[1];
    dataOf(
      await platform.query(CORRECT, {
        ...clerk(),
        variables: { input: { consentInquiryId: inquiryId, decision: "PHONE_VISIT", visitAddress: { districtCode: office, village, neighbourhood: 4, road: "更正路", number: "9" } } },
      }),
    );
    const corrected = await inquiry(inquiryId);
    expect(corrected).toMatchObject({ decision: "PHONE_VISIT", visitAddress: { districtCode: office, village }, correctionRequest: { correctedAt: "2016-06-13T03:00:00.000Z" } });
    expect(step(corrected.deadlines, "CORRECTION")).toMatchObject({ state: "MET_ON_TIME", metAt: "2016-06-13T03:00:00.000Z" });
    // Corrected once: a second correction has no open return (CONFLICT).
    expect(errorCodes(await platform.query(CORRECT, { ...clerk(), variables: { input: { consentInquiryId: inquiryId, decision: "HOME_VISIT" } } }))).toEqual(["CONFLICT"]);

    expect(await platform.runJob("household", DISPATCH)).toEqual({ delivered: 1, retried: 0, parked: 0 });
    const back = await careCase(careCaseId);
    expect(back).toMatchObject({ status: "HANDED_OVER", village, requestedMode: "PHONE", correctedAt: "2016-06-13T03:00:00.000Z", acknowledgedAt: null });
    // A new acknowledgement round from the corrected arrival (Monday 11:00: Tuesday 12:00); the visit window stays the application's.
    expect(back.deadlines.filter((deadline) => deadline.step === "ACKNOWLEDGEMENT")).toEqual([
      { step: "ACKNOWLEDGEMENT", startedAt: "2016-06-13T03:00:00.000Z", dueAt: "2016-06-14T04:00:00.000Z", state: "DUE", metAt: null, breachedAt: null },
    ]);
    const districtNews = await notifications(officer(), "districtNotifications");
    expect(districtNews.filter((n) => n.kind === "CASE_CORRECTED").map(({ subjectId, createdAt }) => ({ subjectId, createdAt }))).toEqual([
      { subjectId: careCaseId, createdAt: "2016-06-13T03:00:00.000Z" },
    ]);

    // The corrected case delivered again: nothing changes twice.
    setFakeNow(taipei("2016-06-13T11:30:00"));
    await redeliverAll("household");
    await platform.runJob("household", DISPATCH);
    expect(await careCase(careCaseId)).toEqual(back);
    expect((await notifications(officer(), "districtNotifications")).filter((n) => n.kind === "CASE_CORRECTED")).toHaveLength(1);

    // 人文課 acknowledges the corrected form under the ledger's seal (A4).
    await acknowledge(platform, office, careCaseId);
    const acknowledged = await careCase(careCaseId);
    expect(acknowledged).toMatchObject({ status: "OPEN", acknowledgedAt: "2016-06-13T03:30:00.000Z" });
    expect(step(acknowledged.deadlines, "ACKNOWLEDGEMENT")).toMatchObject({ state: "MET_ON_TIME", metAt: "2016-06-13T03:30:00.000Z" });
  });

  it("should flag a late correction OVERDUE at the office's pass, notify the office, and keep the breach when it is MET_LATE", async () => {
    const { inquiryId, careCaseId } = await handedOverCase();
    setFakeNow(taipei("2016-06-13T10:00:00"));
    await returnAndDeliver(platform, office, careCaseId);
    expect(step((await inquiry(inquiryId)).deadlines, "CORRECTION")).toMatchObject({ dueAt: "2016-06-14T04:00:00.000Z", state: "DUE" });

    setFakeNow(taipei("2016-06-14T13:00:00"));
    await platform.runJob("household", "deadline-pass");
    await platform.runJob("household", "deadline-pass");
    expect(step((await inquiry(inquiryId)).deadlines, "CORRECTION")).toMatchObject({ state: "OVERDUE", breachedAt: "2016-06-14T04:00:00.000Z" });
    const overdue = (await notifications(clerk(), "householdNotifications")).filter((n) => n.kind === "STEP_OVERDUE" && n.subjectId === inquiryId);
    expect(overdue.map(({ step: name, createdAt }) => ({ step: name, createdAt }))).toEqual([{ step: "CORRECTION", createdAt: "2016-06-14T05:00:00.000Z" }]);

    setFakeNow(taipei("2016-06-14T15:00:00"));
    dataOf(await platform.query(CORRECT, { ...clerk(), variables: { input: { consentInquiryId: inquiryId, caseType: "MARRIAGE" } } }));
    expect(step((await inquiry(inquiryId)).deadlines, "CORRECTION")).toEqual({
      step: "CORRECTION", startedAt: "2016-06-13T02:00:00.000Z", dueAt: "2016-06-14T04:00:00.000Z", state: "MET_LATE", metAt: "2016-06-14T07:00:00.000Z", breachedAt: "2016-06-14T04:00:00.000Z",
    });
  });

  it("should refuse to return an acknowledged case (CONFLICT) and write nothing", async () => {
    const { careCaseId } = await handedOverCase();
    await acknowledge(platform, office, careCaseId);
    const before = await dataSnapshot(platform);
    const response = await platform.query(`mutation($id: ID!) { returnCaseForCorrection(careCaseId: $id, reason: "太遲") { id } }`, { ...officer(), variables: { id: careCaseId } });
    expect(errorCodes(response)).toEqual(["CONFLICT"]);
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should refuse a correction that moves the visit address to another district (CONFLICT): that is a new form for that district", async () => {
    const { inquiryId, careCaseId } = await handedOverCase();
    await returnAndDeliver(platform, office, careCaseId);
    const before = await dataSnapshot(platform);
    const moved = await platform.query(CORRECT, {
      ...clerk(),
      variables: { input: { consentInquiryId: inquiryId, visitAddress: { districtCode: elsewhere, village: villagesOf(elsewhere)[0], road: "他區路", number: "1" } } },
    });
    expect(errorCodes(moved)).toEqual(["CONFLICT"]);
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should refuse both intakes to a user's own token (FORBIDDEN): only the sending service may call them", async () => {
    const { inquiryId, careCaseId } = await handedOverCase();
    const asOfficer = await platform.query(`mutation($input: CorrectionRequestInput!) { receiveCorrectionRequest(input: $input) { id } }`, {
      ...officer(),
      variables: { input: { clientKey: "forged-return-0001", consentInquiryId: inquiryId, careCaseId, district: office, reason: "x", returnedAt: "2016-06-08T02:00:00.000Z" } },
    });
    expect(errorCodes(asOfficer)).toEqual(["FORBIDDEN"]);
    const asClerk = await platform.query(`mutation($input: CorrectedCaseInput!) { receiveCorrectedCase(input: $input) { id } }`, {
      ...clerk(),
      variables: {
        input: {
          clientKey: "forged-correction-0001", careCaseId, office,
          entry: { consentInquiryId: inquiryId, personId: inquiryId, caseType: "MOVE", visitDistrict: office, village: villagesOf(office)[0], householdDistrict: office, requestedMode: "HOME", appliedOn: "2016-06-07" },
        },
      },
    });
    expect(errorCodes(asClerk)).toEqual(["FORBIDDEN"]);
    expect((await careCase(careCaseId)).status).toBe("HANDED_OVER");
    expect((await inquiry(inquiryId)).correctionRequest).toBeNull();
  });
});
