import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { villagesOf } from "../../shared/domain/villages";
import { dataSnapshot } from "../support/data-snapshot";
import { acknowledge, assign, handOver, HandoverOptions, visitMet } from "../support/district-work";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { DRAFT_VISIT_RECORD, FILE_VISIT_RECORD, SIGN_VISIT_RECORD } from "../support/visit-record-work";

const ZHONGZHENG = "63000050";
const DAAN = "63000030";
const SHILIN = "63000110";
const VILLAGE = "文北里";
const DAAN_VILLAGE = villagesOf(DAAN)[0];
const officer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
const daanOfficer = { role: Role.DISTRICT_CASE_OFFICER, org: DAAN };
const shilinOfficer = { role: Role.DISTRICT_CASE_OFFICER, org: SHILIN };
const villageOfficer = { role: Role.VILLAGE_OFFICER, org: ZHONGZHENG, villages: [VILLAGE] };
const daanVillageOfficer = { role: Role.VILLAGE_OFFICER, org: DAAN, villages: [DAAN_VILLAGE] };
const westWorker = { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" };

/** 附件4's six levels in the form's order (A8), written out by hand. */
const ALL_LEVELS = ["VILLAGE_OFFICER", "CIVIL_SECTION_HEAD", "HUMANITIES_SECTION", "CHIEF_SECRETARY", "DEPUTY_DISTRICT_CHIEF", "DISTRICT_CHIEF"];

const taipei = (local: string): Date => new Date(`${local}+08:00`);

interface Draft {
  id: string;
  requiredLevels: string[];
}

interface RecordView {
  state: string;
  filedOn: string | null;
  signedOffBy: string[];
  signatures: { level: string; signerName: string | null; signedAt: string | null }[];
}

const RECORD_OF = `query($id: ID!) { careCase(id: $id) { status closure closedOn visitRecord { state filedOn signedOffBy signatures { level signerName signedAt } } } }`;
const SET_LEVELS = `mutation($levels: [SignOffRole!]!) { setSignOffLevels(levels: $levels) }`;
const HELP_TASKS = `{ helpTasks { id kind assignedDistrictCode state careCase { id visitDistrictCode householdDistrictCode visitRecord { visitedPersonName visitedPersonPhone visitedPersonAddress } } } }`;
const COMPLETE = `mutation($id: ID!, $on: LocalDate!) { completeHelpTask(taskId: $id, doneOn: $on, note: "已協助") { state doneOn careCase { status closure closedOn } } }`;

/**
 * Issue #9 (A8, A9, A5): 附件4 is handed in as a draft, signed level by level in the district's
 * order (each with the signer's name and the system's time), and filed by 人文課 only once every
 * level signed; filing applies the outcome, sends every planned referral through the district's
 * outbox (D3) and opens the district's own help tasks, 社會課's in the household address's district.
 */
describe("附件4's sign-off chain, and what filing starts", () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "visit-record-sign-off" });
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  /** A case of `district` acknowledged and visited today (the platform's clock), with no record yet. */
  async function visitedCase(district: string, village: string, options: HandoverOptions = {}): Promise<string> {
    const careCaseId = await handOver(platform, district, village, options);
    await acknowledge(platform, district, careCaseId);
    await visitMet(platform, district, village, careCaseId);
    return careCaseId;
  }

  const recordInput = (careCaseId: string, visitedOn: string, overrides: Record<string, unknown> = {}) => ({
    careCaseId, visitedOn, visitedPersonName: "黎氏花", visitedPersonPhone: "0912-000-222", visitedPersonAddress: "臺北市中正區重慶南路一段8號", outcome: "ALL_WELL", ...overrides,
  });

  async function draft(caller: object, input: Record<string, unknown>): Promise<Draft> {
    return dataOf(await platform.query<{ draftVisitRecord: Draft }>(DRAFT_VISIT_RECORD, { ...caller, variables: { input } })).draftVisitRecord;
  }

  const sign = (caller: object, id: string, level: string, name: string) => platform.query(SIGN_VISIT_RECORD, { ...caller, variables: { id, level, name } });
  const file = (caller: object, id: string, on: string) => platform.query(FILE_VISIT_RECORD, { ...caller, variables: { id, on } });

  async function caseOf(careCaseId: string, caller: object = officer) {
    return dataOf(await platform.query<{ careCase: { status: string; closure: string | null; closedOn: string | null; visitRecord: RecordView } }>(RECORD_OF, { ...caller, variables: { id: careCaseId } }))
      .careCase;
  }

  it("should take the signatures in the district's order only, each with its name and time, and file the record only once every level signed", async () => {
    setFakeNow(taipei("2026-11-02T10:00:00"));
    const careCaseId = await visitedCase(ZHONGZHENG, VILLAGE);
    const record = await draft(villageOfficer, recordInput(careCaseId, "2026-11-02"));
    // A district that configured nothing signs by all six levels.
    expect(record.requiredLevels).toEqual(ALL_LEVELS);
    expect(await caseOf(careCaseId)).toEqual({ status: "OPEN", closure: null, closedOn: null, visitRecord: { state: "DRAFT", filedOn: null, signedOffBy: [], signatures: [] } });

    const before = await dataSnapshot(platform);
    expect(errorCodes(await file(officer, record.id, "2026-11-02"))).toEqual(["CONFLICT"]);
    expect(errorCodes(await sign(officer, record.id, "CIVIL_SECTION_HEAD", "民政課長乙"))).toEqual(["CONFLICT"]);
    // A 里幹事's own account signs the 里幹事's level only.
    expect(errorCodes(await sign(villageOfficer, record.id, "CIVIL_SECTION_HEAD", "民政課長乙"))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await sign(villageOfficer, record.id, "VILLAGE_OFFICER", "  "))).toEqual(["BAD_USER_INPUT"]);
    expect(await dataSnapshot(platform)).toEqual(before);

    setFakeNow(taipei("2026-11-02T16:00:00"));
    dataOf(await sign(villageOfficer, record.id, "VILLAGE_OFFICER", "里幹事甲"));
    expect(errorCodes(await sign(villageOfficer, record.id, "VILLAGE_OFFICER", "里幹事甲"))).toEqual(["CONFLICT"]);
    expect((await caseOf(careCaseId)).visitRecord).toEqual({
      state: "SIGNING", filedOn: null, signedOffBy: ["VILLAGE_OFFICER"], signatures: [{ level: "VILLAGE_OFFICER", signerName: "里幹事甲", signedAt: "2026-11-02T08:00:00.000Z" }],
    });
    // Five of six signed: still not to be filed.
    setFakeNow(taipei("2026-11-03T09:00:00"));
    for (const [level, name] of [["CIVIL_SECTION_HEAD", "民政課長乙"], ["HUMANITIES_SECTION", "人文課丙"], ["CHIEF_SECRETARY", "主任秘書丁"], ["DEPUTY_DISTRICT_CHIEF", "副區長戊"]]) {
      dataOf(await sign(officer, record.id, level, name));
    }
    expect(errorCodes(await file(officer, record.id, "2026-11-03"))).toEqual(["CONFLICT"]);
    dataOf(await sign(officer, record.id, "DISTRICT_CHIEF", "區長己"));
    expect(errorCodes(await sign(officer, record.id, "DISTRICT_CHIEF", "區長己"))).toEqual(["CONFLICT"]);

    // 人文課 files it; not the 里幹事, not on a day to come, not before the visit.
    const signed = await dataSnapshot(platform);
    expect(errorCodes(await file(villageOfficer, record.id, "2026-11-03"))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await file(officer, record.id, "2026-11-04"))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await file(officer, record.id, "2026-11-01"))).toEqual(["BAD_USER_INPUT"]);
    expect(await dataSnapshot(platform)).toEqual(signed);

    dataOf(await file(officer, record.id, "2026-11-03"));
    const filed = await caseOf(careCaseId);
    // A9: all well closes the case at filing, not before.
    expect(filed).toMatchObject({ status: "CLOSED", closure: "NO_FURTHER_NEED", closedOn: "2026-11-03" });
    expect(filed.visitRecord).toMatchObject({ state: "FILED", filedOn: "2026-11-03", signedOffBy: ALL_LEVELS });
    expect(filed.visitRecord.signatures.map(({ signerName, signedAt }) => [signerName, signedAt])).toEqual([
      ["里幹事甲", "2026-11-02T08:00:00.000Z"],
      ["民政課長乙", "2026-11-03T01:00:00.000Z"],
      ["人文課丙", "2026-11-03T01:00:00.000Z"],
      ["主任秘書丁", "2026-11-03T01:00:00.000Z"],
      ["副區長戊", "2026-11-03T01:00:00.000Z"],
      ["區長己", "2026-11-03T01:00:00.000Z"],
    ]);
    expect(errorCodes(await file(officer, record.id, "2026-11-03"))).toEqual(["CONFLICT"]);
  });

  it("should let 人文課 configure its own district's levels, in the form's order with 里幹事 and 人文課, and keep a record's levels as handed in", async () => {
    setFakeNow(taipei("2026-11-04T10:00:00"));
    const earlier = await visitedCase(DAAN, DAAN_VILLAGE);
    const handedInBefore = await draft(daanVillageOfficer, recordInput(earlier, "2026-11-04"));

    const before = await dataSnapshot(platform);
    expect(errorCodes(await platform.query(SET_LEVELS, { ...daanOfficer, variables: { levels: ["HUMANITIES_SECTION", "VILLAGE_OFFICER"] } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(SET_LEVELS, { ...daanOfficer, variables: { levels: ["VILLAGE_OFFICER", "DISTRICT_CHIEF"] } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(SET_LEVELS, { ...daanOfficer, variables: { levels: ["CIVIL_SECTION_HEAD", "HUMANITIES_SECTION"] } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(SET_LEVELS, { ...daanOfficer, variables: { levels: ["VILLAGE_OFFICER", "VILLAGE_OFFICER", "HUMANITIES_SECTION"] } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(SET_LEVELS, { ...daanVillageOfficer, variables: { levels: ["VILLAGE_OFFICER", "HUMANITIES_SECTION"] } }))).toEqual(["FORBIDDEN"]);
    expect(await dataSnapshot(platform)).toEqual(before);

    const set = dataOf(await platform.query<{ setSignOffLevels: string[] }>(SET_LEVELS, { ...daanOfficer, variables: { levels: ["VILLAGE_OFFICER", "HUMANITIES_SECTION", "DISTRICT_CHIEF"] } }));
    expect(set.setSignOffLevels).toEqual(["VILLAGE_OFFICER", "HUMANITIES_SECTION", "DISTRICT_CHIEF"]);
    expect(dataOf(await platform.query<{ signOffLevels: string[] }>(`{ signOffLevels }`, daanVillageOfficer)).signOffLevels).toEqual(["VILLAGE_OFFICER", "HUMANITIES_SECTION", "DISTRICT_CHIEF"]);
    // Another district's levels are its own.
    expect(dataOf(await platform.query<{ signOffLevels: string[] }>(`{ signOffLevels }`, officer)).signOffLevels).toEqual(ALL_LEVELS);

    const later = await visitedCase(DAAN, DAAN_VILLAGE);
    const handedInAfter = await draft(daanVillageOfficer, recordInput(later, "2026-11-04"));
    expect(handedInAfter.requiredLevels).toEqual(["VILLAGE_OFFICER", "HUMANITIES_SECTION", "DISTRICT_CHIEF"]);
    dataOf(await sign(daanVillageOfficer, handedInAfter.id, "VILLAGE_OFFICER", "里幹事甲"));
    // 民政課長 is not one of 大安's levels now: 人文課 signs next.
    expect(errorCodes(await sign(daanOfficer, handedInAfter.id, "CIVIL_SECTION_HEAD", "民政課長乙"))).toEqual(["CONFLICT"]);
    dataOf(await sign(daanOfficer, handedInAfter.id, "HUMANITIES_SECTION", "人文課丙"));
    dataOf(await sign(daanOfficer, handedInAfter.id, "DISTRICT_CHIEF", "區長己"));
    dataOf(await file(daanOfficer, handedInAfter.id, "2026-11-04"));
    expect((await caseOf(later, daanOfficer)).visitRecord.state).toBe("FILED");
    // The record handed in before the change keeps its six levels.
    expect(handedInBefore.requiredLevels).toEqual(ALL_LEVELS);
    dataOf(await sign(daanVillageOfficer, handedInBefore.id, "VILLAGE_OFFICER", "里幹事甲"));
    expect(errorCodes(await sign(daanOfficer, handedInBefore.id, "HUMANITIES_SECTION", "人文課丙"))).toEqual(["CONFLICT"]);
    dataOf(await sign(daanOfficer, handedInBefore.id, "CIVIL_SECTION_HEAD", "民政課長乙"));
    expect((await caseOf(earlier, daanOfficer)).visitRecord.signedOffBy).toEqual(["VILLAGE_OFFICER", "CIVIL_SECTION_HEAD"]);
  });

  it("should refer nobody while the record is signed, and send every planned referral through the district's outbox at filing", async () => {
    setFakeNow(taipei("2026-11-05T10:00:00"));
    const careCaseId = await visitedCase(ZHONGZHENG, VILLAGE);
    const record = await draft(
      villageOfficer,
      recordInput(careCaseId, "2026-11-05", {
        outcome: "NEEDS_HELP",
        needs: ["SOCIAL_WELFARE_BUREAU", "HEALTH_BUREAU", "DISTRICT_HUMANITIES_SECTION"],
        referrals: [
          { target: "HEALTH_BUREAU", needs: ["PRENATAL_POSTNATAL"], description: "產後需求" },
          { target: "SOCIAL_WELFARE_BUREAU", needs: ["FAMILY_RELATIONSHIP", "ECONOMIC"], description: "家庭關係與經濟" },
        ],
      }),
    );
    const CASE = `query($id: ID!) { careCase(id: $id) { status referrals { target needs description delivery } helpTasks { kind assignedDistrictCode state } deadlines { step state } } }`;
    type CaseView = { careCase: { status: string; referrals: unknown[]; helpTasks: unknown[]; deadlines: { step: string; state: string }[] } };
    const drafted = dataOf(await platform.query<CaseView>(CASE, { ...officer, variables: { id: careCaseId } })).careCase;
    expect({ status: drafted.status, referrals: drafted.referrals, helpTasks: drafted.helpTasks }).toEqual({ status: "OPEN", referrals: [], helpTasks: [] });
    expect(drafted.deadlines.filter((deadline) => deadline.step === "REFERRAL")).toEqual([]);
    // A draft ticking 社會局 opens the case to no social worker yet (scope: a filed record's boxes).
    expect(errorCodes(await platform.query(`query($id: ID!) { careCase(id: $id) { status } }`, { ...westWorker, variables: { id: careCaseId } }))).toEqual(["FORBIDDEN"]);

    for (const level of record.requiredLevels) {
      dataOf(await sign(level === "VILLAGE_OFFICER" ? villageOfficer : officer, record.id, level, "簽核者"));
    }
    dataOf(await file(officer, record.id, "2026-11-05"));
    const filed = dataOf(await platform.query<CaseView>(CASE, { ...officer, variables: { id: careCaseId } })).careCase;
    expect(filed.status).toBe("REFERRED");
    expect(filed.referrals).toEqual([
      { target: "SOCIAL_WELFARE_BUREAU", needs: ["ECONOMIC", "FAMILY_RELATIONSHIP"], description: "家庭關係與經濟", delivery: "PENDING" },
      { target: "HEALTH_BUREAU", needs: ["PRENATAL_POSTNATAL"], description: "產後需求", delivery: "PENDING" },
    ]);
    expect(filed.helpTasks).toEqual([{ kind: "HUMANITIES_SECTION", assignedDistrictCode: ZHONGZHENG, state: "OPEN" }]);
    expect(filed.deadlines.filter((deadline) => deadline.step === "REFERRAL")).toEqual([{ step: "REFERRAL", state: "MET_ON_TIME" }]);

    // The two referrals; and the closing notices (issue #9, A9) of the two ALL_WELL records filed above,
    // whose forms household never had (handOver posts a ledger of made-up forms): NOT_FOUND, parked for an operator.
    expect(await platform.runJob("district", "outbox-dispatch")).toEqual({ delivered: 2, retried: 0, parked: 2 });
    const received = dataOf(
      await platform.query<{ careCase: { status: string; socialReferrals: { needs: string[]; contactName: string }[]; healthReferrals: { needs: string[] }[] } }>(
        `query($id: ID!) { careCase(id: $id) { status socialReferrals { needs contactName } healthReferrals { needs } } }`,
        { ...officer, variables: { id: careCaseId } },
      ),
    ).careCase;
    expect(received).toEqual({ status: "REFERRED", socialReferrals: [{ needs: ["ECONOMIC", "FAMILY_RELATIONSHIP"], contactName: "黎氏花" }], healthReferrals: [{ needs: ["PRENATAL_POSTNATAL"] }] });
    // Filed, the case is the west care point's to see (A10).
    expect(dataOf(await platform.query<{ careCase: { status: string } }>(`query($id: ID!) { careCase(id: $id) { status } }`, { ...westWorker, variables: { id: careCaseId } })).careCase.status).toBe("REFERRED");
  });

  it("should land a cross-district case's 社會課 task in the household address's district, invisible to a third district (A5)", async () => {
    setFakeNow(taipei("2026-11-06T10:00:00"));
    // Visited by 中正區 (the visit address); the household address is in 大安區.
    const careCaseId = await visitedCase(ZHONGZHENG, VILLAGE, { householdDistrict: DAAN });
    const record = await draft(villageOfficer, recordInput(careCaseId, "2026-11-06", { outcome: "NEEDS_HELP", needs: ["DISTRICT_SOCIAL_SECTION", "DISTRICT_HUMANITIES_SECTION"] }));
    // A5: the household district sees the case, but the record is the visiting district's to sign and file.
    expect(errorCodes(await sign(daanOfficer, record.id, "VILLAGE_OFFICER", "里幹事甲"))).toEqual(["FORBIDDEN"]);
    for (const level of record.requiredLevels) {
      dataOf(await sign(level === "VILLAGE_OFFICER" ? villageOfficer : officer, record.id, level, "簽核者"));
    }
    dataOf(await file(officer, record.id, "2026-11-06"));

    type Task = { id: string; kind: string; assignedDistrictCode: string; state: string; careCase: { id: string; visitDistrictCode: string; householdDistrictCode: string; visitRecord: Record<string, string> } };
    const tasksOf = async (caller: object) => dataOf(await platform.query<{ helpTasks: Task[] }>(HELP_TASKS, caller)).helpTasks.filter((task) => task.careCase.id === careCaseId);
    const [daanTask, ...daanOthers] = await tasksOf(daanOfficer);
    expect(daanOthers).toEqual([]);
    // 大安's 人文課 sees the task and the contact it needs to give the help.
    expect(daanTask).toEqual({
      id: expect.any(String),
      kind: "SOCIAL_SECTION",
      assignedDistrictCode: DAAN,
      state: "OPEN",
      careCase: {
        id: careCaseId,
        visitDistrictCode: ZHONGZHENG,
        householdDistrictCode: DAAN,
        visitRecord: { visitedPersonName: "黎氏花", visitedPersonPhone: "0912-000-222", visitedPersonAddress: "臺北市中正區重慶南路一段8號" },
      },
    });
    // 中正's list holds its own 人文課 task only.
    const [zhongzhengTask, ...zhongzhengOthers] = await tasksOf(officer);
    expect(zhongzhengOthers).toEqual([]);
    expect(zhongzhengTask).toMatchObject({ kind: "HUMANITIES_SECTION", assignedDistrictCode: ZHONGZHENG });

    // 士林, neither the visit's nor the household's district: no task, no case.
    const before = await dataSnapshot(platform);
    expect(dataOf(await platform.query<{ helpTasks: Task[] }>(`{ helpTasks { id } }`, shilinOfficer)).helpTasks.map((task) => task.id)).not.toContain(daanTask.id);
    expect(errorCodes(await platform.query(COMPLETE, { ...shilinOfficer, variables: { id: daanTask.id, on: "2026-11-06" } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(`query($id: ID!) { careCase(id: $id) { status } }`, { ...shilinOfficer, variables: { id: careCaseId } }))).toEqual(["FORBIDDEN"]);
    // Nor does the visiting district complete the household district's task.
    expect(errorCodes(await platform.query(COMPLETE, { ...officer, variables: { id: daanTask.id, on: "2026-11-06" } }))).toEqual(["FORBIDDEN"]);
    expect(await dataSnapshot(platform)).toEqual(before);

    const done = dataOf(await platform.query<{ completeHelpTask: unknown }>(COMPLETE, { ...daanOfficer, variables: { id: daanTask.id, on: "2026-11-06" } }));
    expect(done.completeHelpTask).toEqual({ state: "DONE", doneOn: "2026-11-06", careCase: { status: "OPEN", closure: null, closedOn: null } });
    const last = dataOf(await platform.query<{ completeHelpTask: unknown }>(COMPLETE, { ...officer, variables: { id: zhongzhengTask.id, on: "2026-11-06" } }));
    expect(last.completeHelpTask).toEqual({ state: "DONE", doneOn: "2026-11-06", careCase: { status: "CLOSED", closure: "INTERNAL_HELP_DONE", closedOn: "2026-11-06" } });
  });
  it("should filter the cases list on the server as the console's lists ask (issue #11): unassigned (A6), by 里 (A2), with 附件4 to sign (A8)", async () => {
    setFakeNow(taipei("2026-11-09T10:00:00"));
    const otherVillage = villagesOf(DAAN)[1];
    const waiting = await handOver(platform, DAAN, otherVillage);
    await acknowledge(platform, DAAN, waiting);
    const signing = await visitedCase(DAAN, DAAN_VILLAGE);
    await assign(platform, DAAN, signing, "test-village_officer");
    await draft(daanVillageOfficer, recordInput(signing, "2026-11-09"));
    const CASES = `query($filter: CareCaseFilter) { careCases(first: 200, filter: $filter) { totalCount edges { node { id } } } }`;
    const idsOf = async (filter: Record<string, unknown>): Promise<string[]> =>
      dataOf(await platform.query<{ careCases: { edges: { node: { id: string } }[] } }>(CASES, { ...daanOfficer, variables: { filter } })).careCases.edges.map((edge) => edge.node.id);
    const mine = (ids: string[]): string[] => ids.filter((id) => id === waiting || id === signing);

    expect(mine(await idsOf({ status: "OPEN", assigned: false }))).toEqual([waiting]);
    expect(mine(await idsOf({ status: "OPEN", assigned: true }))).toEqual([signing]);
    expect(mine(await idsOf({ village: otherVillage }))).toEqual([waiting]);
    expect(mine(await idsOf({ village: ` ${DAAN_VILLAGE} ` }))).toEqual([signing]);
    expect(mine(await idsOf({ status: "OPEN", visitRecordStates: ["DRAFT", "SIGNING"] }))).toEqual([signing]);
    expect(mine(await idsOf({ visitRecordStates: ["FILED"] }))).toEqual([]);
    // 文北里 is 中正區's: neither of 大安's cases is in it.
    expect(mine(await idsOf({ village: VILLAGE }))).toEqual([]);
    const unknown = await platform.query(CASES, { ...daanOfficer, variables: { filter: { village: "不存在里" } } });
    expect(errorCodes(unknown)).toEqual(["BAD_USER_INPUT"]);
  });
});
