import { DataSource } from "typeorm";
import { generateNationalId } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { Sex } from "../../shared/domain/enums";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, subgraphDataSource, TestPlatform } from "../support/platform";

const ZHONGZHENG = "63000050";
const WANHUA = "63000070";
const clerk = { role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG };
const officer = { role: Role.POLICE_OFFICER, org: "TPE-ZHONGZHENG-1" };
/** 中正區 is covered by two precincts (shared/domain/police-precincts.ts): both are sent the district's requests. */
const secondPrecinct = { role: Role.POLICE_OFFICER, org: "TPE-ZHONGZHENG-2" };
const otherPrecinct = { role: Role.POLICE_OFFICER, org: "TPE-WANHUA" };
const DISPATCH = "outbox-dispatch";
const taipei = (local: string): Date => new Date(`${local}+08:00`);

const BIRTH = `mutation($input: ExOfficioBirthInput!) { recordExOfficioBirth(input: $input) { id kind householdDistrictCode whereabouts searchRequested person { id } } }`;
const MOVE = `mutation($input: ExOfficioMoveInput!) { recordExOfficioMove(input: $input) { id kind householdDistrictCode relativesQueried searchRequested } }`;
const RECORD = `query($id: ID!) { exOfficioRecord(id: $id) { id searchRequested searchRequestId searchOutcome searchResultOn foundAddress foundContactName foundContactPhone } }`;
const REQUESTS = `query { searchRequests { totalCount edges { node { id reason status requesterAgency householdDistrictCode precinctCodes requestedOn
  childName childIdNumber childBirthDate childSex motherName contacts { name relation phone address } person { id }
  deadlines { step dueAt state metAt } } } } }`;
const REQUEST = `query($id: ID!) { searchRequest(id: $id) { id status childName } }`;
const VISIT = `mutation($input: SearchVisitInput!) { recordSearchVisit(input: $input) { id status visitedOn deadlines { step state metAt } } }`;
const RESULT = `mutation($input: SearchResultInput!) { recordSearchResult(input: $input) { id status outcome resultOn deadlines { step state endReason } } }`;
const RECEIVE = `mutation($input: SearchRequestInput!) { receiveSearchRequest(input: $input) { id status } }`;

interface OutboxRow {
  id: string;
  target: string;
  payload: { input: Record<string, unknown> };
  delivered_at: Date | null;
  acknowledged_id: string | null;
}

/**
 * Issue #12 (B2, B9, D3, D11): a child registered ex officio whose family cannot be found goes from
 * household to the police of the household district (officers visit within 7 days, reply within 1
 * month, R2 on the office calendar), is found, and FOUND is handed to social at once while the reply
 * goes back onto household's record. Dates: the request arrives on Friday 2026-10-02; day 7 is
 * Friday 10-09 (國慶日補假), so the visit is due on Monday 10-12 (行政程序法 art. 48: a last day off
 * moves to the next working day); the month ends on 11-02 (the day before the corresponding day of
 * 10-03, the first day counted), a Monday and a working day.
 */
describe("the police's search for a child born ex officio (B2)", () => {
  let platform: TestPlatform;
  let household: DataSource;
  let police: DataSource;
  const rng = new SeededRandom("police-search");
  let householdId = "";
  let recordId = "";
  let childId = "";
  /** The child as household's hand-offs name it (D3): what its notice to social carries too. */
  let noticedChild: Record<string, unknown> = {};
  let requestId = "";

  const outboxOf = async (dataSource: DataSource, schema: string): Promise<OutboxRow[]> =>
    (await dataSource.query(`SELECT "id"::text AS "id", "target", "payload", "delivered_at", "acknowledged_id" FROM "${schema}"."outbox" ORDER BY "created_at", "target"`)) as OutboxRow[];

  const birthInput = (idNumber: string, overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    child: { name: "王小美", sex: "FEMALE", birthDate: "2026-09-20", idNumber },
    householdId,
    motherName: "王美麗",
    registeredOn: "2026-10-02",
    investigation: "醫院通報出生,戶籍地查無其人",
    whereabouts: "UNKNOWN",
    leftCountry: false,
    contacts: [{ name: "王大明", relation: "外祖父", phone: "0912-345-678", address: "臺北市中正區重慶南路一段122號" }],
    ...overrides,
  });

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "police-search" });
    household = subgraphDataSource(platform, "household");
    police = subgraphDataSource(platform, "police");
    const zhongzheng = platform.data.households.find((candidate) => candidate.address.districtCode === ZHONGZHENG);
    if (zhongzheng === undefined) {
      throw new Error("the demo data has no 中正區 household");
    }
    householdId = zhongzheng.id;
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should register the child as a Person and ask the police, the district and social in the same transaction (B2)", async () => {
    setFakeNow(taipei("2026-10-02T10:00:00"));
    const idNumber = generateNationalId(rng, Sex.FEMALE, "A");
    const { recordExOfficioBirth } = dataOf(
      await platform.query<{ recordExOfficioBirth: { id: string; person: { id: string } } & Record<string, unknown> }>(BIRTH, { ...clerk, variables: { input: birthInput(idNumber) } }),
    );
    expect(recordExOfficioBirth).toMatchObject({ kind: "BIRTH", householdDistrictCode: ZHONGZHENG, whereabouts: "UNKNOWN", searchRequested: true });
    recordId = recordExOfficioBirth.id;
    childId = recordExOfficioBirth.person.id;

    const rows = await outboxOf(household, "household");
    // B2: social is not noticed yet — only when the police reply (below), so an emigrated child is excluded first.
    expect(rows.map((row) => row.target).sort()).toEqual(["ReceiveFollowUpRequest", "ReceiveSearchRequest"]);
    const search = rows.find((row) => row.target === "ReceiveSearchRequest");
    const followUp = rows.find((row) => row.target === "ReceiveFollowUpRequest");
    const child = { personId: childId, idNumber, name: "王小美", birthDate: "2026-09-20", sex: "FEMALE", motherName: "王美麗", motherIdNumber: null };
    expect(search?.payload.input).toEqual({
      clientKey: search?.id,
      reason: "WHEREABOUTS_UNKNOWN_AT_BIRTH",
      ...child,
      contacts: [{ name: "王大明", relation: "外祖父", phone: "0912-345-678", address: "臺北市中正區重慶南路一段122號" }],
      householdDistrict: ZHONGZHENG,
      requestedOn: "2026-10-02",
      requesterAgency: "HOUSEHOLD",
      requesterReference: recordId,
    });
    // B2: the district office's village chief or officer follows up, with the same child and contacts.
    expect(followUp?.payload.input).toEqual({ ...search?.payload.input, clientKey: followUp?.id });
    noticedChild = child;
  });

  it("should deliver the request to both precincts of 中正區 with the visit due in 7 days and the reply in 1 month on the office calendar (B2, R2)", async () => {
    await platform.runJob("household", DISPATCH);
    const search = (await outboxOf(household, "household")).find((row) => row.target === "ReceiveSearchRequest");
    expect(search?.delivered_at).not.toBeNull();
    requestId = search?.acknowledged_id ?? "";

    const { searchRequests } = dataOf(await platform.query<{ searchRequests: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>(REQUESTS, officer));
    expect(searchRequests.totalCount).toBe(1);
    expect(searchRequests.edges[0].node).toEqual({
      id: requestId,
      reason: "WHEREABOUTS_UNKNOWN_AT_BIRTH",
      status: "RECEIVED",
      requesterAgency: "HOUSEHOLD",
      householdDistrictCode: ZHONGZHENG,
      precinctCodes: ["TPE-ZHONGZHENG-1", "TPE-ZHONGZHENG-2"],
      requestedOn: "2026-10-02",
      childName: "王小美",
      childIdNumber: expect.stringMatching(/^A2\d{8}$/),
      childBirthDate: "2026-09-20",
      childSex: "FEMALE",
      motherName: "王美麗",
      contacts: [{ name: "王大明", relation: "外祖父", phone: "0912-345-678", address: "臺北市中正區重慶南路一段122號" }],
      person: { id: childId },
      deadlines: [
        { step: "POLICE_VISIT", dueAt: taipei("2026-10-12T23:59:59.999").toISOString(), state: "DUE", metAt: null },
        { step: "INVESTIGATION_REPLY", dueAt: taipei("2026-11-02T23:59:59.999").toISOString(), state: "DUE", metAt: null },
      ],
    });
    const second = dataOf(await platform.query<{ searchRequests: { totalCount: number } }>(REQUESTS, secondPrecinct));
    expect(second.searchRequests.totalCount).toBe(1);
  });

  it("should keep another precinct's officer from the request, its child and its steps (row scope, fail closed)", async () => {
    const listed = dataOf(await platform.query<{ searchRequests: { totalCount: number } }>(REQUESTS, otherPrecinct));
    expect(listed.searchRequests.totalCount).toBe(0);
    expect(errorCodes(await platform.query(REQUEST, { ...otherPrecinct, variables: { id: requestId } }))).toContain("FORBIDDEN");
    const visit = { searchRequestId: requestId, visitedOn: "2026-10-02", officerName: "警員王" };
    expect(errorCodes(await platform.query(VISIT, { ...otherPrecinct, variables: { input: visit } }))).toEqual(["FORBIDDEN"]);
    // The unified view: the person's requests are the officer's precinct's only.
    const personView = `query($id: ID!) { person(id: $id) { id searchRequests { id } } }`;
    const mine = dataOf(await platform.query<{ person: { searchRequests: { id: string }[] } }>(personView, { ...officer, variables: { id: childId } }));
    expect(mine.person.searchRequests).toEqual([{ id: requestId }]);
    // Issue #12: another precinct's officer sees that a request is there and is not theirs (FORBIDDEN), never an empty list.
    const theirs = await platform.query<{ person: { searchRequests: { id: string; status: string | null }[] } | null }>(
      `query($id: ID!) { person(id: $id) { id searchRequests { id status } } }`,
      { ...otherPrecinct, variables: { id: childId } },
    );
    expect(theirs.data?.person?.searchRequests).toEqual([{ id: requestId, status: null }]);
    expect(errorCodes(theirs)).toEqual(["FORBIDDEN"]);
    // The requesting office sees where its request stands, not the police's copy of the family.
    const fromOffice = await platform.query(`query($id: ID!) { searchRequest(id: $id) { id status childName } }`, { ...clerk, variables: { id: requestId } });
    expect(fromOffice.data).toEqual({ searchRequest: { id: requestId, status: "RECEIVED", childName: null } });
    expect(errorCodes(fromOffice)).toEqual(["FORBIDDEN"]);
  });

  it("should record the visit within 7 days as met on time (B2)", async () => {
    setFakeNow(taipei("2026-10-08T15:00:00"));
    const future = { searchRequestId: requestId, visitedOn: "2026-10-09", officerName: "警員林" };
    expect(errorCodes(await platform.query(VISIT, { ...officer, variables: { input: future } }))).toEqual(["BAD_USER_INPUT"]);
    const input = { searchRequestId: requestId, visitedOn: "2026-10-08", note: "戶籍地無人居住", officerName: "警員林" };
    const { recordSearchVisit } = dataOf(await platform.query<{ recordSearchVisit: Record<string, unknown> }>(VISIT, { ...officer, variables: { input } }));
    expect(recordSearchVisit).toEqual({
      id: requestId,
      status: "VISITED",
      visitedOn: "2026-10-08",
      deadlines: [
        { step: "POLICE_VISIT", state: "MET_ON_TIME", metAt: taipei("2026-10-08T15:00:00").toISOString() },
        { step: "INVESTIGATION_REPLY", state: "DUE", metAt: null },
      ],
    });
  });

  it("should refuse a result without where the child is, and end the search once with FOUND, handed to social at once (B2, B9)", async () => {
    setFakeNow(taipei("2026-10-20T09:30:00"));
    const found = { searchRequestId: requestId, outcome: "FOUND", resultOn: "2026-10-20", officerName: "警員林" };
    expect(errorCodes(await platform.query(RESULT, { ...officer, variables: { input: found } }))).toEqual(["BAD_USER_INPUT"]);
    const where = { foundAddress: "新北市板橋區文化路一段1號", foundContactName: "王美麗", foundContactPhone: "0912-000-111" };
    const { recordSearchResult } = dataOf(await platform.query<{ recordSearchResult: Record<string, unknown> }>(RESULT, { ...officer, variables: { input: { ...found, ...where } } }));
    expect(recordSearchResult).toEqual({
      id: requestId,
      status: "FOUND",
      outcome: "FOUND",
      resultOn: "2026-10-20",
      deadlines: [
        { step: "POLICE_VISIT", state: "MET_ON_TIME", endReason: null },
        { step: "INVESTIGATION_REPLY", state: "MET_ON_TIME", endReason: null },
      ],
    });
    expect(errorCodes(await platform.query(RESULT, { ...officer, variables: { input: { ...found, outcome: "NOT_FOUND" } } }))).toEqual(["CONFLICT"]);

    // The office asked, so the result goes back to the office (B2), which notices social in turn.
    const rows = await outboxOf(police, "police");
    expect(rows.map((row) => row.target)).toEqual(["ReceiveSearchReply"]);
  });

  it("should bring the police's reply back onto household's record (B2, D3)", async () => {
    await platform.runJob("police", DISPATCH);
    const reply = (await outboxOf(police, "police")).find((row) => row.target === "ReceiveSearchReply");
    expect(reply?.acknowledged_id).toBe(recordId);
    const { exOfficioRecord } = dataOf(await platform.query<{ exOfficioRecord: Record<string, unknown> }>(RECORD, { ...clerk, variables: { id: recordId } }));
    expect(exOfficioRecord).toEqual({
      id: recordId,
      searchRequested: true,
      searchRequestId: requestId,
      searchOutcome: "FOUND",
      searchResultOn: "2026-10-20",
      foundAddress: "新北市板橋區文化路一段1號",
      foundContactName: "王美麗",
      foundContactPhone: "0912-000-111",
    });
    // Another office's clerk does not see it.
    expect(errorCodes(await platform.query(RECORD, { role: Role.HOUSEHOLD_CLERK, org: WANHUA, variables: { id: recordId } }))).toContain("FORBIDDEN");
    // A delivery again (a lost acknowledgement) is answered with the same receipt; nothing changes.
    const again = await platform.query(`mutation($input: SearchReplyInput!) { receiveSearchReply(input: $input) { id outcome } }`, {
      ...officer,
      through: "police",
      variables: { input: reply?.payload.input },
    });
    expect(dataOf(again)).toEqual({ receiveSearchReply: { id: recordId, outcome: "FOUND" } });
    // B2, B9: the reply notices social of the child at once (category 1), found and where, naming the police request — once.
    const outbox = await outboxOf(household, "household");
    const search = outbox.find((row) => row.target === "ReceiveSearchRequest");
    const notices = outbox.filter((row) => row.target === "ReceiveChildCareNotice");
    expect(notices.map((row) => row.payload.input)).toEqual([
      {
        clientKey: notices[0]?.id, category: "EX_OFFICIO_BIRTH", ...noticedChild, householdDistrict: ZHONGZHENG, noticedOn: "2026-10-20", searchRequestId: search?.id,
        searchOutcome: "FOUND", foundOn: "2026-10-20", foundLocation: "新北市板橋區文化路一段1號；王美麗；0912-000-111",
      },
    ]);
  });

  it("should move a child ex officio with the relatives queried, and ask the police with reason MOVED_EX_OFFICIO (B3)", async () => {
    setFakeNow(taipei("2026-10-21T10:00:00"));
    const input = { personId: childId, movedOn: "2026-10-21", nhiaContactAddress: null, relativesQueried: ["MOTHER", "MATERNAL_GRANDFATHER"], whereabouts: "UNKNOWN", leftCountry: false, contacts: [] };
    expect(errorCodes(await platform.query(MOVE, { ...clerk, variables: { input: { ...input, relativesQueried: [] } } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(MOVE, { role: Role.HOUSEHOLD_CLERK, org: WANHUA, variables: { input } }))).toEqual(["FORBIDDEN"]);
    const { recordExOfficioMove } = dataOf(await platform.query<{ recordExOfficioMove: Record<string, unknown> }>(MOVE, { ...clerk, variables: { input } }));
    expect(recordExOfficioMove).toMatchObject({ kind: "MOVE", householdDistrictCode: ZHONGZHENG, relativesQueried: ["MATERNAL_GRANDFATHER", "MOTHER"], searchRequested: true });
    const rows = (await outboxOf(household, "household")).filter((row) => row.payload.input.requesterReference === recordExOfficioMove.id);
    const search = rows.find((row) => row.target === "ReceiveSearchRequest");
    expect(search?.payload.input).toMatchObject({ reason: "MOVED_EX_OFFICIO", personId: childId, contacts: [], requestedOn: "2026-10-21" });
    expect(rows.map((row) => row.target).sort()).toEqual(["ReceiveFollowUpRequest", "ReceiveSearchRequest"]);
  });

  it("should ask nobody for a child whose whereabouts are known or who left the country (B2: excluded)", async () => {
    const before = (await outboxOf(household, "household")).length;
    for (const overrides of [{ whereabouts: "KNOWN" }, { leftCountry: true }]) {
      const { recordExOfficioBirth } = dataOf(
        await platform.query<{ recordExOfficioBirth: { searchRequested: boolean } }>(BIRTH, { ...clerk, variables: { input: birthInput(generateNationalId(rng, Sex.MALE, "A"), overrides) } }),
      );
      expect(recordExOfficioBirth.searchRequested).toBe(false);
    }
    expect((await outboxOf(household, "household")).length).toBe(before);
  });

  it("should refuse bad input with coded errors, writing nothing", async () => {
    const persons = async (): Promise<number> => Number(((await household.query(`SELECT count(*)::int AS "n" FROM "household"."persons"`)) as { n: number }[])[0].n);
    const count = await persons();
    expect(errorCodes(await platform.query(BIRTH, { ...clerk, variables: { input: birthInput("A123456788") } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(BIRTH, { ...clerk, variables: { input: birthInput(generateNationalId(rng, Sex.MALE, "A"), { registeredOn: "2026-09-01" }) } }))).toEqual([
      "BAD_USER_INPUT",
    ]);
    // Another district's household is not the 中正 clerk's to register into.
    const wanhua = platform.data.households.find((candidate) => candidate.address.districtCode === WANHUA);
    if (wanhua !== undefined) {
      expect(errorCodes(await platform.query(BIRTH, { ...clerk, variables: { input: birthInput(generateNationalId(rng, Sex.MALE, "A"), { householdId: wanhua.id }) } }))).toEqual([
        "FORBIDDEN",
      ]);
    }
    expect(await persons()).toBe(count);
  });

  it("should take a request only through household's or social's service, once per client key (D3)", async () => {
    const requests = async (): Promise<number> => Number(((await police.query(`SELECT count(*)::int AS "n" FROM "police"."search_requests"`)) as { n: number }[])[0].n);
    const count = await requests();
    const input = {
      clientKey: "social-unit-west:missing-child-0001",
      reason: "MISSING_CHILD",
      name: "陳小明",
      birthDate: "2024-05-01",
      contacts: [],
      householdDistrict: "wanhua",
      requestedOn: "2026-10-21",
      requesterAgency: "SOCIAL",
      requesterReference: "social-case-0001",
    };
    const social = { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" };
    expect(errorCodes(await platform.query(RECEIVE, { ...social, variables: { input } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(RECEIVE, { ...social, through: "district", variables: { input } }))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(RECEIVE, { ...social, through: "social", variables: { input: { ...input, requesterAgency: "HOUSEHOLD" } } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(RECEIVE, { ...social, through: "social", variables: { input: { ...input, name: null } } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(RECEIVE, { ...social, through: "social", variables: { input: { ...input, householdDistrict: "新竹市" } } }))).toEqual(["BAD_USER_INPUT"]);
    expect(await requests()).toBe(count);

    const first = dataOf(await platform.query<{ receiveSearchRequest: { id: string; status: string } }>(RECEIVE, { ...social, through: "social", variables: { input } }));
    const again = dataOf(await platform.query<{ receiveSearchRequest: { id: string } }>(RECEIVE, { ...social, through: "social", variables: { input } }));
    expect(again.receiveSearchRequest.id).toBe(first.receiveSearchRequest.id);
    expect(errorCodes(await platform.query(RECEIVE, { ...social, through: "social", variables: { input: { ...input, name: "陳小華" } } }))).toEqual(["CONFLICT"]);
    expect(await requests()).toBe(count + 1);
    // 萬華區's precinct has it; 中正's does not.
    expect(dataOf(await platform.query<{ searchRequests: { totalCount: number } }>(REQUESTS, otherPrecinct)).searchRequests.totalCount).toBe(1);
    expect(dataOf(await platform.query<{ searchRequests: { totalCount: number } }>(REQUESTS, officer)).searchRequests.totalCount).toBe(1);
  });
});
