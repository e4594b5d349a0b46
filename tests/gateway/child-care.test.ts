import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { nationalIdCheckDigit } from "../../shared/domain/identity-number";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #12 (programme B) through the gateway: social's child-care notices from their senders'
 * services, the screening before any unit sees a notice (R7, B2–B5, B6), one child one case with
 * reversible merges, B3/B9's case work with its deadlines on the working-day calendar, the
 * requests to the district and the police (outbox rows), the police's FOUND, and the imports of
 * categories 5 and 6.
 */
jest.setTimeout(240_000);

/** A valid national ID (fixture data, not the code under test): the check digit of A1 + 7 digits. */
function nationalId(sexDigit: "1" | "2", serial: number): string {
  const first9 = `A${sexDigit}${String(serial).padStart(7, "0")}`;
  return `${first9}${nationalIdCheckDigit(first9)}`;
}

// 中正區 (63000050) is served by the west care point; 松山區 (63000010) by the east (A10, districts.ts).
const WEST = { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" };
const EAST = { role: Role.SOCIAL_WORKER, org: "EAST_CARE_POINT" };
/** 中正區公所's 人文課 and 里幹事: the household district's office follows the child up (B9). */
const DISTRICT = { role: Role.DISTRICT_CASE_OFFICER, org: "63000050" };
const VILLAGE = { role: Role.VILLAGE_OFFICER, org: "63000050" };
const DISPATCH = "outbox-dispatch";

const RECEIVE = `mutation($input: ChildCareNoticeInput!) { receiveChildCareNotice(input: $input) { id category senderService exclusionReason caseId screenedOn } }`;
const CASE = `query($id: ID!) { childCareCase(id: $id) {
  id holdingUnit status childName idNumber categories visitedOn closedOn
  notices { id category senderService }
  merges { id noticeId matchedOn undoneAt undoneBy splitCaseId }
  recordMatches { id source found matchedByUnit }
  requests { id kind searchReason requestedOn outboxId }
  found { id searchRequestId foundOn location }
  replies { requestId requestKind outcome repliedOn whereabouts note }
  deadlines { step startedAt dueAt state metAt breachedAt endReason }
} }`;

type Notice = { id: string; category: string; senderService: string; exclusionReason: string | null; caseId: string | null; screenedOn: string };
type Deadline = { step: string; startedAt: string; dueAt: string; state: string; metAt: string | null; breachedAt: string | null; endReason: string | null };
type Case = {
  id: string;
  holdingUnit: string;
  status: string;
  childName: string;
  idNumber: string | null;
  categories: string[];
  visitedOn: string | null;
  closedOn: string | null;
  notices: { id: string; category: string; senderService: string }[];
  merges: { id: string; noticeId: string; matchedOn: string; undoneAt: string | null; undoneBy: string | null; splitCaseId: string | null }[];
  recordMatches: { id: string; source: string; found: boolean; matchedByUnit: string }[];
  requests: { id: string; kind: string; searchReason: string | null; requestedOn: string; outboxId: string }[];
  found: { id: string; searchRequestId: string; foundOn: string; location: string | null }[];
  replies: { requestId: string; requestKind: string; outcome: string; repliedOn: string; whereabouts: string | null; note: string | null }[];
  deadlines: Deadline[];
};

describe("social's child-care cases (issue #12, programme B)", () => {
  let platform: TestPlatform;
  let serial = 100;
  let keys = 0;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 4, seed: "child-care" });
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  function child(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    serial += 1;
    return { idNumber: nationalId("1", serial), name: `王小明${serial}`, birthDate: "2024-03-01", sex: "MALE", motherName: `陳美玲${serial}`, householdDistrict: "63000050", ...overrides };
  }

  function notice(through: string, role: Role, category: string, who: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    keys += 1;
    const input = { clientKey: `child-care-${keys}-${serial}`, category, noticedOn: "2026-09-08", ...who, ...extra };
    return { input, send: () => platform.query<{ receiveChildCareNotice: Notice }>(RECEIVE, { through, role, org: role === Role.CIVIL_AFFAIRS_OFFICER ? "TAIPEI" : "63000050", variables: { input } }) };
  }

  async function receive(through: string, role: Role, category: string, who: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<Notice> {
    return dataOf(await notice(through, role, category, who, extra).send()).receiveChildCareNotice;
  }

  async function caseOf(id: string, as = WEST): Promise<Case> {
    return dataOf(await platform.query<{ childCareCase: Case }>(CASE, { ...as, variables: { id } })).childCareCase;
  }

  async function outboxRow(id: string): Promise<{ target: string; payload: { input: Record<string, unknown> } }> {
    const rows = (await platform.platform.subgraphs.get("social")!.database.dataSource.query(`SELECT "target", "payload" FROM "social"."outbox" WHERE "id" = $1`, [id])) as {
      target: string;
      payload: { input: Record<string, unknown> } | string;
    }[];
    expect(rows).toHaveLength(1);
    return { target: rows[0].target, payload: typeof rows[0].payload === "string" ? JSON.parse(rows[0].payload) : rows[0].payload };
  }

  describe("the intake", () => {
    beforeAll(() => setFakeNow(new Date("2026-09-09T09:00:00+08:00")));

    it("should take a notice only through a sender's service, once per clientKey", async () => {
      const who = child();
      const first = notice("household", Role.HOUSEHOLD_CLERK, "EX_OFFICIO_BIRTH", who);
      const taken = dataOf(await first.send()).receiveChildCareNotice;
      expect(taken).toMatchObject({ category: "EX_OFFICIO_BIRTH", senderService: "household", exclusionReason: null, screenedOn: "2026-09-09" });
      // D3: a retry is the stored notice; the same key for another notice is a CONFLICT.
      expect(dataOf(await first.send()).receiveChildCareNotice.id).toBe(taken.id);
      const reused = await platform.query(RECEIVE, { through: "household", role: Role.HOUSEHOLD_CLERK, variables: { input: { ...first.input, name: "別的孩子" } } });
      expect(errorCodes(reused)).toEqual(["CONFLICT"]);
      // A user's own token, or a service that sends no notices, is refused.
      expect(errorCodes(await platform.query(RECEIVE, { role: Role.HOUSEHOLD_CLERK, variables: { input: { ...first.input, clientKey: "child-care-own-token" } } }))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await platform.query(RECEIVE, { through: "district", role: Role.DISTRICT_CASE_OFFICER, variables: { input: { ...first.input, clientKey: "child-care-district" } } }))).toEqual([
        "FORBIDDEN",
      ]);
    });

    it("should refuse bad input with BAD_USER_INPUT and store nothing", async () => {
      for (const bad of [{ idNumber: "A123456788" }, { householdDistrict: "板橋區" }, { birthDate: "2026-12-01" }]) {
        const response = await notice("health", Role.HEALTH_NURSE, "OVERDUE_VACCINATION", child(bad)).send();
        expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
      }
    });

    it("should hold the case at the household district's care point, seen by that unit's social worker only", async () => {
      const taken = await receive("household", Role.HOUSEHOLD_CLERK, "EX_OFFICIO_MOVE", child({ householdDistrict: "松山區" }));
      const held = await caseOf(taken.caseId!, EAST);
      expect(held).toMatchObject({ holdingUnit: "EAST_CARE_POINT", status: "OPEN", categories: ["EX_OFFICIO_MOVE"] });
      // The west unit's worker reaches the key only (row scope).
      const other = await platform.query<{ childCareCase: { id: string; childName: string | null } | null }>(`query($id: ID!) { childCareCase(id: $id) { id childName } }`, {
        ...WEST,
        variables: { id: taken.caseId },
      });
      expect(errorCodes(other)).toEqual(["FORBIDDEN"]);
      const list = dataOf(await platform.query<{ childCareCases: { id: string }[] }>(`{ childCareCases(first: 200) { id } }`, WEST)).childCareCases;
      expect(list.map((row) => row.id)).not.toContain(taken.caseId);
    });
  });

  describe("the screening before any unit sees a notice", () => {
    beforeAll(() => setFakeNow(new Date("2026-09-09T09:00:00+08:00")));

    it("should exclude an emigrated child with its reason, and take one who came back", async () => {
      const gone = child();
      const back = child();
      const imported = await platform.query<{ importEntryExitRecords: { taken: number; skipped: { rowKey: string; reason: string; field: string | null }[] } }>(
        `mutation($rows: [EntryExitRecordInput!]!) { importEntryExitRecords(rows: $rows) { taken skipped { rowKey reason field } } }`,
        {
          ...WEST,
          variables: {
            rows: [
              { rowKey: `ee-${serial}-1`, idNumber: gone.idNumber, direction: "EXIT", crossedOn: "2025-05-01" },
              { rowKey: `ee-${serial}-2`, idNumber: back.idNumber, direction: "EXIT", crossedOn: "2025-05-01" },
              { rowKey: `ee-${serial}-3`, idNumber: back.idNumber, direction: "ENTRY", crossedOn: "2025-08-01" },
              { rowKey: `ee-${serial}-4`, idNumber: "X000000000", direction: "ENTRY", crossedOn: "2025-08-01" },
            ],
          },
        },
      );
      expect(dataOf(imported).importEntryExitRecords).toEqual({ taken: 3, skipped: [{ rowKey: `ee-${serial}-4`, reason: "BAD_ROW", field: "idNumber" }] });
      const excluded = await receive("health", Role.HEALTH_NURSE, "OVERDUE_VACCINATION", gone);
      expect(excluded).toMatchObject({ exclusionReason: "EMIGRATED", caseId: null });
      expect(await receive("health", Role.HEALTH_NURSE, "OVERDUE_VACCINATION", back)).toMatchObject({ exclusionReason: null, caseId: expect.any(String) });
    });

    it("should exclude a child not under 7 on the screening date (R7), and a household already served (B6), and count each reason", async () => {
      const before = dataOf(await platform.query<{ childCareExclusionCounts: { reason: string; count: number }[] }>(`{ childCareExclusionCounts { reason count } }`, WEST)).childCareExclusionCounts;
      // R7: born 2019-09-09, seven on 2026-09-09 (the screening date): no longer "6歲以下". Born 2019-09-10: still six.
      expect(await receive("household", Role.HOUSEHOLD_CLERK, "EX_OFFICIO_MOVE", child({ birthDate: "2019-09-09" }))).toMatchObject({ exclusionReason: "OVER_AGE", caseId: null });
      expect(await receive("household", Role.HOUSEHOLD_CLERK, "EX_OFFICIO_MOVE", child({ birthDate: "2019-09-10" }))).toMatchObject({ exclusionReason: null });
      const served = await receive("civil-affairs", Role.CIVIL_AFFAIRS_OFFICER, "LOW_INCOME_DISABILITY", child(), { certificateHolder: "父", relation: "FATHER", alreadyServed: true });
      expect(served).toMatchObject({ exclusionReason: "ALREADY_SERVED", caseId: null });
      const after = dataOf(await platform.query<{ childCareExclusionCounts: { reason: string; count: number }[] }>(`{ childCareExclusionCounts { reason count } }`, { role: Role.CIVIL_AFFAIRS_OFFICER, org: "TAIPEI" })).childCareExclusionCounts;
      const countOf = (counts: { reason: string; count: number }[], reason: string) => counts.find((row) => row.reason === reason)?.count ?? 0;
      expect(countOf(after, "OVER_AGE") - countOf(before, "OVER_AGE")).toBe(1);
      expect(countOf(after, "ALREADY_SERVED") - countOf(before, "ALREADY_SERVED")).toBe(1);
      expect(after.map((row) => row.reason).sort()).toEqual(["ALREADY_SERVED", "EMIGRATED", "OVER_AGE"]);
      // Listed, without personal data, for 民政局's coordination; the analyst reads neither the list nor
      // these unsuppressed counts (its figures are careStatistics', small cells suppressed).
      expect(errorCodes(await platform.query(`{ childCareExclusionCounts { reason count } }`, { role: Role.CIVIL_AFFAIRS_ANALYST }))).toEqual(["FORBIDDEN"]);
      const listed = dataOf(await platform.query<{ childCareExclusions: { id: string; reason: string; category: string }[] }>(`{ childCareExclusions(reason: ALREADY_SERVED) { id reason category } }`, { role: Role.CIVIL_AFFAIRS_OFFICER, org: "TAIPEI" })).childCareExclusions;
      expect(listed).toContainEqual({ id: served.id, reason: "ALREADY_SERVED", category: "LOW_INCOME_DISABILITY" });
      expect(errorCodes(await platform.query(`{ childCareExclusions { id } }`, { role: Role.CIVIL_AFFAIRS_ANALYST }))).toEqual(["FORBIDDEN"]);
    });
  });

  describe("one child, one case", () => {
    beforeAll(() => setFakeNow(new Date("2026-09-09T09:00:00+08:00")));

    it("should make the same child from two feeds one case with both reasons, and undo the merge into a case of its own", async () => {
      const who = child();
      const first = await receive("household", Role.HOUSEHOLD_CLERK, "EX_OFFICIO_BIRTH", who);
      const second = await receive("health", Role.HEALTH_NURSE, "OVERDUE_VACCINATION", who, { vaccinationWindowStart: "2026-03-01", vaccinationWindowEnd: "2026-08-31" });
      // Without an ID number: name, birth date and mother (the survey of a teen parent, via 民政局).
      const third = await receive("civil-affairs", Role.CIVIL_AFFAIRS_OFFICER, "TEEN_PARENT", { ...who, idNumber: null }, { surveyId: "survey-1" });
      expect(second.caseId).toBe(first.caseId);
      expect(third.caseId).toBe(first.caseId);
      const merged = await caseOf(first.caseId!);
      expect(merged.categories).toEqual(["EX_OFFICIO_BIRTH", "OVERDUE_VACCINATION", "TEEN_PARENT"]);
      // The worker recognises the child by the masked number (A12****789), never reads it in full.
      const id = String(who.idNumber);
      expect({ childName: merged.childName, idNumber: merged.idNumber }).toEqual({ childName: who.name, idNumber: `${id.slice(0, 3)}****${id.slice(7)}` });
      expect(merged.notices.map((row) => row.senderService)).toEqual(["household", "health", "civil-affairs"]);
      expect(merged.merges.map((merge) => [merge.noticeId, merge.matchedOn])).toEqual([
        [second.id, "ID_NUMBER"],
        [third.id, "NAME_BIRTH_DATE_MOTHER"],
      ]);
      // Another unit cannot undo it; the holding unit's worker can, once.
      const mergeId = merged.merges[0].id;
      const UNDO = `mutation($id: ID!) { undoChildCareMerge(mergeId: $id) { id undoneAt undoneBy splitCaseId } }`;
      expect(errorCodes(await platform.query(UNDO, { ...EAST, variables: { id: mergeId } }))).toEqual(["FORBIDDEN"]);
      const undone = dataOf(await platform.query<{ undoChildCareMerge: { undoneAt: string; undoneBy: string; splitCaseId: string } }>(UNDO, { ...WEST, variables: { id: mergeId } })).undoChildCareMerge;
      expect(undone).toMatchObject({ undoneAt: "2026-09-09T01:00:00.000Z", undoneBy: "test-social_worker", splitCaseId: expect.any(String) });
      expect(errorCodes(await platform.query(UNDO, { ...WEST, variables: { id: mergeId } }))).toEqual(["CONFLICT"]);
      expect(errorCodes(await platform.query(UNDO, { ...WEST, variables: { id: "00000000-0000-4000-8000-000000000000" } }))).toEqual(["NOT_FOUND"]);
      const split = await caseOf(undone.splitCaseId);
      expect(split).toMatchObject({ holdingUnit: "WEST_CARE_POINT", status: "OPEN", categories: ["OVERDUE_VACCINATION"], notices: [{ id: second.id, category: "OVERDUE_VACCINATION", senderService: "health" }] });
      expect(split.deadlines.map((deadline) => deadline.step).sort()).toEqual(["SOCIAL_VISIT", "VISIT_REPORT"]);
      const kept = await caseOf(first.caseId!);
      expect(kept.categories).toEqual(["EX_OFFICIO_BIRTH", "TEEN_PARENT"]);
      expect(kept.merges[0]).toMatchObject({ id: mergeId, splitCaseId: undone.splitCaseId });
    });

    it("should show the case on household's Person for the holding unit (the unified view)", async () => {
      const person = platform.data.persons[0];
      const taken = await receive("household", Role.HOUSEHOLD_CLERK, "EX_OFFICIO_BIRTH", child({ personId: person.id }));
      const PERSON = `query($id: ID!) { person(id: $id) { id childCareCase { id status } } }`;
      const seen = dataOf(await platform.query<{ person: { childCareCase: { id: string } | null } }>(PERSON, { ...WEST, variables: { id: person.id } })).person;
      expect(seen.childCareCase).toEqual({ id: taken.caseId, status: "OPEN" });
      // Issue #12: another unit sees that the child has a case and that it is not theirs (its key, FORBIDDEN), never "no case".
      const elsewhere = await platform.query<{ person: { childCareCase: { id: string; status: string | null } | null } }>(PERSON, { ...EAST, variables: { id: person.id } });
      expect(elsewhere.data?.person.childCareCase).toEqual({ id: taken.caseId, status: null });
      expect(errorCodes(elsewhere)).toEqual(["FORBIDDEN"]);
    });
  });

  describe("B3/B9 case work on the working-day calendar", () => {
    let caseId = "";

    beforeAll(async () => {
      // Wednesday 2026-09-09, 09:00 Taipei: the unit receives the case.
      setFakeNow(new Date("2026-09-09T09:00:00+08:00"));
      caseId = (await receive("household", Role.HOUSEHOLD_CLERK, "EX_OFFICIO_BIRTH", child()))!.caseId!;
    });

    it("should give the visit 10 days and the report 30 days, counted as R2 counts them", async () => {
      const deadlines = (await caseOf(caseId)).deadlines;
      // R2: the start day not counted; day 10 is Saturday 09-19 → Monday 09-21. Day 30 is Friday
      // 10-09 (國慶日補假), then the weekend of 國慶日 → Monday 10-12. Due at the end of the day, Taipei.
      expect(deadlines).toEqual([
        { step: "SOCIAL_VISIT", startedAt: "2026-09-09T01:00:00.000Z", dueAt: "2026-09-21T15:59:59.999Z", state: "DUE", metAt: null, breachedAt: null, endReason: null },
        { step: "VISIT_REPORT", startedAt: "2026-09-09T01:00:00.000Z", dueAt: "2026-10-12T15:59:59.999Z", state: "DUE", metAt: null, breachedAt: null, endReason: null },
      ]);
    });

    it("should record the B3 matching once, ask the district to follow up, and the police to search only after the matching", async () => {
      setFakeNow(new Date("2026-09-10T10:00:00+08:00"));
      const MATCH = `mutation($input: ChildCareRecordMatchInput!) { recordChildCareRecordMatch(input: $input) { id source found matchedByUnit } }`;
      const SEARCH = `mutation($id: ID!) { requestChildCareSearch(caseId: $id, reason: MISSING_CHILD, requestedOn: "2026-09-10") { id kind searchReason outboxId } }`;
      expect(errorCodes(await platform.query(SEARCH, { ...WEST, variables: { id: caseId } }))).toEqual(["CONFLICT"]);
      const sources = ["NEWBORN_CLINIC_VISITS", "RECENT_CLINICS", "INSURANCE_CONTACT_ADDRESS", "VACCINATION", "KINDERGARTEN", "CHILDCARE"];
      const first = dataOf(await platform.query<{ recordChildCareRecordMatch: { id: string } }>(MATCH, { ...WEST, variables: { input: { caseId, source: "VACCINATION", found: false, matchedOn: "2026-09-10" } } }));
      // Already matched: the first match is returned, not repeated.
      const again = dataOf(await platform.query<{ recordChildCareRecordMatch: { id: string; found: boolean } }>(MATCH, { ...WEST, variables: { input: { caseId, source: "VACCINATION", found: true, matchedOn: "2026-09-10" } } }));
      expect(again.recordChildCareRecordMatch).toEqual({ id: first.recordChildCareRecordMatch.id, source: "VACCINATION", found: false, matchedByUnit: "WEST_CARE_POINT" });
      for (const source of sources.filter((name) => name !== "VACCINATION")) {
        dataOf(await platform.query(MATCH, { ...WEST, variables: { input: { caseId, source, found: false, matchedOn: "2026-09-10" } } }));
      }
      expect(errorCodes(await platform.query(MATCH, { ...EAST, variables: { input: { caseId, source: "KINDERGARTEN", found: false, matchedOn: "2026-09-10" } } }))).toEqual(["FORBIDDEN"]);

      const followUp = dataOf(
        await platform.query<{ requestChildCareFollowUp: { id: string; kind: string; outboxId: string } }>(`mutation($id: ID!) { requestChildCareFollowUp(caseId: $id, requestedOn: "2026-09-10") { id kind outboxId } }`, {
          ...WEST,
          variables: { id: caseId },
        }),
      ).requestChildCareFollowUp;
      expect(followUp.kind).toBe("DISTRICT_FOLLOW_UP");
      const followUpRow = await outboxRow(followUp.outboxId);
      expect(followUpRow.target).toBe("ReceiveFollowUpRequest");
      expect(followUpRow.payload.input).toMatchObject({ clientKey: followUp.outboxId, requesterAgency: "SOCIAL", requesterReference: followUp.id, householdDistrict: "63000050", requestedOn: "2026-09-10" });

      const search = dataOf(await platform.query<{ requestChildCareSearch: { id: string; kind: string; searchReason: string; outboxId: string } }>(SEARCH, { ...WEST, variables: { id: caseId } })).requestChildCareSearch;
      expect(search).toMatchObject({ kind: "POLICE_SEARCH", searchReason: "MISSING_CHILD" });
      const searchRow = await outboxRow(search.outboxId);
      expect(searchRow.target).toBe("ReceiveSearchRequest");
      expect(searchRow.payload.input).toMatchObject({ clientKey: search.outboxId, reason: "MISSING_CHILD", householdDistrict: "63000050", requestedOn: "2026-09-10", requesterAgency: "SOCIAL", requesterReference: search.id });
      // B2/B3's reasons are household's, not social's.
      expect(errorCodes(await platform.query(`mutation($id: ID!) { requestChildCareSearch(caseId: $id, reason: MOVED_EX_OFFICIO, requestedOn: "2026-09-10") { id } }`, { ...WEST, variables: { id: caseId } }))).toEqual([
        "BAD_USER_INPUT",
      ]);

      // B9: the police found the child: recorded on the case, the holding unit told at once.
      const FOUND = `mutation($input: ChildFoundInput!) { receiveChildFound(input: $input) { id caseId foundOn } }`;
      const foundInput = { clientKey: `found-${search.id}`, searchRequestId: search.id, foundOn: "2026-09-10", location: "新北市板橋區" };
      expect(errorCodes(await platform.query(FOUND, { role: Role.POLICE_OFFICER, org: "TPE-ZHONGZHENG-1", variables: { input: foundInput } }))).toEqual(["FORBIDDEN"]);
      const found = dataOf(await platform.query<{ receiveChildFound: { id: string; caseId: string } }>(FOUND, { through: "police", role: Role.POLICE_OFFICER, org: "TPE-ZHONGZHENG-1", variables: { input: foundInput } })).receiveChildFound;
      expect(found.caseId).toBe(caseId);
      const notifications = dataOf(await platform.query<{ socialNotifications: { kind: string; subjectType: string; subjectId: string }[] }>(`{ socialNotifications { kind subjectType subjectId } }`, WEST)).socialNotifications;
      expect(notifications).toContainEqual({ kind: "CHILD_FOUND", subjectType: "ChildCareCase", subjectId: caseId });
      const held = await caseOf(caseId);
      expect(held.found).toEqual([{ id: found.id, searchRequestId: search.id, foundOn: "2026-09-10", location: "新北市板橋區" }]);
      expect(held.recordMatches).toHaveLength(6);
      expect(held.requests.map((row) => row.kind)).toEqual(["DISTRICT_FOLLOW_UP", "POLICE_SEARCH"]);
    });

    it("should deliver the follow-up to the household district's office and the search to its police, and bring the police's NOT_FOUND back (B9)", async () => {
      // A second search, for a visit that is clearly difficult: the police will not find the child.
      const second = dataOf(
        await platform.query<{ requestChildCareSearch: { id: string } }>(`mutation($id: ID!) { requestChildCareSearch(caseId: $id, reason: DIFFICULT_VISIT, requestedOn: "2026-09-10") { id } }`, {
          ...WEST,
          variables: { id: caseId },
        }),
      ).requestChildCareSearch;
      await platform.runJob("social", DISPATCH);
      // 中正區公所 has the follow-up (received Thursday 09-10): one month is Saturday 10-10 (國慶日), then Sunday → Monday 10-12.
      const { followUpRequests } = dataOf(
        await platform.query<{ followUpRequests: { edges: { node: { id: string; requesterAgency: string; status: string; childName: string; contacts: { name: string; relation: string }[]; deadlines: { step: string; dueAt: string; state: string }[] } }[] } }>(
          `{ followUpRequests { edges { node { id requesterAgency status childName contacts { name relation } deadlines { step dueAt state } } } } }`,
          DISTRICT,
        ),
      );
      const held = await caseOf(caseId);
      expect(followUpRequests.edges.map(({ node }) => ({ ...node, id: "" }))).toEqual([
        {
          id: "",
          requesterAgency: "SOCIAL",
          status: "RECEIVED",
          childName: held.childName,
          contacts: [{ name: expect.stringMatching(/^陳美玲/), relation: "MOTHER" }],
          deadlines: [{ step: "FOLLOW_UP_REPLY", dueAt: "2026-10-12T15:59:59.999Z", state: "DUE" }],
        },
      ]);
      expect(errorCodes(await platform.query(`query($id: ID!) { followUpRequest(id: $id) { id childName } }`, { role: Role.DISTRICT_CASE_OFFICER, org: "63000010", variables: { id: followUpRequests.edges[0].node.id } }))).toEqual(["FORBIDDEN"]);

      // The police of 中正區 record the difficult visit's search NOT_FOUND; their outbox tells the unit.
      const POLICE = { role: Role.POLICE_OFFICER, org: "TPE-ZHONGZHENG-1" };
      const searches = dataOf(await platform.query<{ searchRequests: { edges: { node: { id: string; requesterReference: string } }[] } }>(`{ searchRequests(first: 100) { edges { node { id requesterReference } } } }`, POLICE)).searchRequests;
      const asked = searches.edges.find(({ node }) => node.requesterReference === second.id);
      dataOf(
        await platform.query(`mutation($input: SearchResultInput!) { recordSearchResult(input: $input) { id } }`, {
          ...POLICE,
          variables: { input: { searchRequestId: asked?.node.id, outcome: "NOT_FOUND", resultOn: "2026-09-10", officerName: "警員林" } },
        }),
      );
      await platform.runJob("police", DISPATCH);
      const replies = (await caseOf(caseId)).replies;
      expect(replies).toEqual([{ requestId: second.id, requestKind: "POLICE_SEARCH", outcome: "NOT_FOUND", repliedOn: "2026-09-10", whereabouts: null, note: null }]);
      const notifications = dataOf(await platform.query<{ socialNotifications: { kind: string; subjectId: string }[] }>(`{ socialNotifications { kind subjectId } }`, WEST)).socialNotifications;
      expect(notifications).toContainEqual({ kind: "CHILD_NOT_FOUND", subjectId: caseId });
      // Only the police's service delivers it: a user's own token is FORBIDDEN.
      const NOT_FOUND = `mutation($input: ChildNotFoundInput!) { receiveChildNotFound(input: $input) { id } }`;
      expect(errorCodes(await platform.query(NOT_FOUND, { ...POLICE, variables: { input: { clientKey: `not-found-${second.id}`, searchRequestId: second.id, resultOn: "2026-09-10" } } }))).toEqual(["FORBIDDEN"]);
    });

    it("should flag the visit overdue after its due day, then visit, report, review and close", async () => {
      // Tuesday 09-22: the scheduler breaches the visit at the end of Monday 09-21.
      setFakeNow(new Date("2026-09-22T09:00:00+08:00"));
      await platform.runJob("social", "deadline-pass");
      expect((await caseOf(caseId)).deadlines[0]).toMatchObject({ step: "SOCIAL_VISIT", state: "OVERDUE", breachedAt: "2026-09-21T15:59:59.999Z" });

      const VISIT = `mutation($input: ChildCareVisitInput!) { recordChildCareVisit(input: $input) { id visitedOn } }`;
      const REVIEW_SEND = `mutation($id: ID!) { sendChildCareCaseForReview(caseId: $id) { id status } }`;
      const REVIEW = `mutation($input: ChildCareReviewInput!) { reviewChildCareClosing(input: $input) { id status closedOn } }`;
      // Not finished before the visit, assessment and treatment.
      expect(errorCodes(await platform.query(REVIEW_SEND, { ...WEST, variables: { id: caseId } }))).toEqual(["CONFLICT"]);
      dataOf(await platform.query(VISIT, { ...WEST, variables: { input: { caseId, visitedOn: "2026-09-22", assessment: "照顧良好", treatment: "定期追蹤" } } }));
      expect(dataOf(await platform.query<{ sendChildCareCaseForReview: { status: string } }>(REVIEW_SEND, { ...WEST, variables: { id: caseId } })).sendChildCareCaseForReview.status).toBe("IN_REVIEW");
      // Returned, then sent again and approved on Friday 10-02.
      expect(dataOf(await platform.query<{ reviewChildCareClosing: { status: string } }>(REVIEW, { ...WEST, variables: { input: { caseId, decision: "RETURN", reviewedOn: "2026-09-22", note: "補充評估" } } })).reviewChildCareClosing.status).toBe("OPEN");
      setFakeNow(new Date("2026-10-02T15:00:00+08:00"));
      dataOf(await platform.query(REVIEW_SEND, { ...WEST, variables: { id: caseId } }));
      const closed = dataOf(await platform.query<{ reviewChildCareClosing: { status: string; closedOn: string } }>(REVIEW, { ...WEST, variables: { input: { caseId, decision: "APPROVE", reviewedOn: "2026-10-02" } } })).reviewChildCareClosing;
      expect(closed).toEqual({ id: caseId, status: "CLOSED", closedOn: "2026-10-02" });
      expect(errorCodes(await platform.query(REVIEW, { ...WEST, variables: { input: { caseId, decision: "APPROVE", reviewedOn: "2026-10-02" } } }))).toEqual(["CONFLICT"]);
      const deadlines = (await caseOf(caseId)).deadlines;
      // The visit at noon of 09-22, late (its breach kept); the report sent on 09-22, on time.
      expect(deadlines[0]).toMatchObject({ step: "SOCIAL_VISIT", state: "MET_LATE", metAt: "2026-09-22T04:00:00.000Z", breachedAt: "2026-09-21T15:59:59.999Z" });
      expect(deadlines[1]).toMatchObject({ step: "VISIT_REPORT", state: "MET_ON_TIME", metAt: "2026-09-22T01:00:00.000Z", breachedAt: null });
    });

    it("should breach the district's 1-month reply on the calendar, then take the late follow-up back onto the case (B9)", async () => {
      // Tuesday 10-13: the district's pass breaches the reply at the end of Monday 10-12.
      setFakeNow(new Date("2026-10-13T09:00:00+08:00"));
      await platform.runJob("district", "deadline-pass");
      const requestId = (await caseOf(caseId)).requests.find((row) => row.kind === "DISTRICT_FOLLOW_UP")?.id;
      const LIST = `{ followUpRequests(status: RECEIVED) { edges { node { id requesterReference deadlines { step state breachedAt } } } } }`;
      const listed = dataOf(await platform.query<{ followUpRequests: { edges: { node: { id: string; requesterReference: string; deadlines: unknown[] } }[] } }>(LIST, DISTRICT)).followUpRequests;
      const followUp = listed.edges.find(({ node }) => node.requesterReference === requestId)!.node;
      expect(followUp.deadlines).toEqual([{ step: "FOLLOW_UP_REPLY", state: "OVERDUE", breachedAt: "2026-10-12T15:59:59.999Z" }]);
      // 人文課 of 中正區 is told it went overdue (no 里幹事 assigned yet), once.
      const overdue = dataOf(await platform.query<{ districtNotifications: { kind: string; subjectType: string; subjectId: string; step: string | null }[] }>(`{ districtNotifications { kind subjectType subjectId step } }`, DISTRICT))
        .districtNotifications.filter((notice) => notice.subjectId === followUp.id && notice.kind === "STEP_OVERDUE");
      expect(overdue).toEqual([{ kind: "STEP_OVERDUE", subjectType: "FollowUpRequest", subjectId: followUp.id, step: "FOLLOW_UP_REPLY" }]);
      dataOf(await platform.query(`mutation($id: ID!) { assignFollowUpOfficer(followUpRequestId: $id, officerId: "test-village_officer", officerName: "里幹事陳") { id } }`, { ...DISTRICT, variables: { id: followUp.id } }));
      const RECORD = `mutation($input: FollowUpResultInput!) { recordFollowUpResult(input: $input) { id deadlines { step state breachedAt } } }`;
      const result = { followUpRequestId: followUp.id, met: true, followedUpOn: "2026-10-13", whereabouts: "新北市板橋區外婆家", note: "孩子由外婆照顧,精神良好", officerName: "里幹事陳" };
      // Met, the officer says where the child is.
      expect(errorCodes(await platform.query(RECORD, { ...VILLAGE, variables: { input: { ...result, whereabouts: null } } }))).toEqual(["BAD_USER_INPUT"]);
      // Another district's 里幹事 is FORBIDDEN.
      expect(errorCodes(await platform.query(RECORD, { ...VILLAGE, org: "63000010", variables: { input: result } }))).toEqual(["FORBIDDEN"]);
      const recorded = dataOf(await platform.query<{ recordFollowUpResult: unknown }>(RECORD, { ...VILLAGE, variables: { input: result } })).recordFollowUpResult;
      expect(recorded).toEqual({ id: followUp.id, deadlines: [{ step: "FOLLOW_UP_REPLY", state: "MET_LATE", breachedAt: "2026-10-12T15:59:59.999Z" }] });
      await platform.runJob("district", DISPATCH);
      const replies = (await caseOf(caseId)).replies;
      expect(replies[1]).toEqual({ requestId, requestKind: "DISTRICT_FOLLOW_UP", outcome: "MET", repliedOn: "2026-10-13", whereabouts: "新北市板橋區外婆家", note: "孩子由外婆照顧,精神良好" });
      const notifications = dataOf(await platform.query<{ socialNotifications: { kind: string; subjectId: string }[] }>(`{ socialNotifications { kind subjectId } }`, WEST)).socialNotifications;
      expect(notifications).toContainEqual({ kind: "FOLLOW_UP_REPLIED", subjectId: caseId });
      // Only the district's service delivers a reply: a user's own token is FORBIDDEN.
      const REPLY = `mutation($input: ChildCareFollowUpReplyInput!) { receiveChildCareFollowUpReply(input: $input) { id } }`;
      const forged = { clientKey: `forged-${followUp.id}`, followUpRequestId: followUp.id, followUpRequestKey: followUp.id, requestId, met: false, followedUpOn: "2026-10-13" };
      expect(errorCodes(await platform.query(REPLY, { ...VILLAGE, variables: { input: forged } }))).toEqual(["FORBIDDEN"]);
    });
  });

  describe("imports of categories 5 and 6 (files from agencies outside the platform)", () => {
    beforeAll(() => setFakeNow(new Date("2026-09-09T09:00:00+08:00")));

    it("should take each row once as a screened notice and report what was skipped and why", async () => {
      const IMPORT_5 = `mutation($rows: [NotEnrolledChildInput!]!) { importNotEnrolledChildren(rows: $rows) { taken excluded skipped { rowKey reason field } } }`;
      const file = `b11-${serial}`;
      const young = child({ birthDate: "2020-05-01" });
      const rows = [
        { rowKey: `${file}-1`, listedOn: "2026-09-01", assignedSchool: "市立忠孝國小", ...young },
        // R7: seven on 2026-08-01, before the screening date.
        { rowKey: `${file}-2`, listedOn: "2026-09-01", ...child({ birthDate: "2019-08-01" }) },
        { rowKey: `${file}-3`, listedOn: "2026-09-01", ...child({ householdDistrict: "nowhere" }) },
      ];
      const report = dataOf(await platform.query<{ importNotEnrolledChildren: unknown }>(IMPORT_5, { ...WEST, variables: { rows } })).importNotEnrolledChildren;
      expect(report).toEqual({ taken: 2, excluded: 1, skipped: [{ rowKey: `${file}-3`, reason: "BAD_ROW", field: "householdDistrict" }] });
      // A re-import takes the same rows, and they are still one notice each.
      expect(dataOf(await platform.query<{ importNotEnrolledChildren: unknown }>(IMPORT_5, { ...WEST, variables: { rows } })).importNotEnrolledChildren).toEqual(report);
      const cases = dataOf(await platform.query<{ childCareCases: { id: string; categories: string[]; notices: { id: string }[]; childName: string }[] }>(`{ childCareCases(first: 200) { id childName categories notices { id } } }`, WEST)).childCareCases;
      expect(cases.filter((row) => row.childName === young.name)).toEqual([expect.objectContaining({ categories: ["NOT_ENROLLED"], notices: [expect.anything()] })]);

      const IMPORT_6 = `mutation($rows: [CustodyChildInput!]!) { importChildrenInCustody(rows: $rows) { taken excluded skipped { rowKey reason field } } }`;
      const custodyFile = `r8-${serial}`;
      const custody = [
        { rowKey: `${custodyFile}-1`, listedOn: "2026-09-01", custodyKind: "REMAND_DETAINEE", ...young },
        { rowKey: `${custodyFile}-2`, listedOn: "2026-09-01", custodyKind: "ON_PAROLE", ...child() },
      ];
      expect(dataOf(await platform.query<{ importChildrenInCustody: unknown }>(IMPORT_6, { ...WEST, variables: { rows: custody } })).importChildrenInCustody).toEqual({
        taken: 1,
        excluded: 0,
        skipped: [{ rowKey: `${custodyFile}-2`, reason: "BAD_ROW", field: "custodyKind" }],
      });
      // The same child from category 5 and category 6: one case with both reasons.
      const after = dataOf(await platform.query<{ childCareCases: { childName: string; categories: string[] }[] }>(`{ childCareCases(first: 200) { childName categories } }`, WEST)).childCareCases;
      expect(after.filter((row) => row.childName === young.name)).toEqual([{ childName: young.name, categories: ["NOT_ENROLLED", "PARENT_IN_CUSTODY"] }]);
      expect(errorCodes(await platform.query(IMPORT_6, { role: Role.HOUSEHOLD_CLERK, variables: { rows: custody } }))).toEqual(["FORBIDDEN"]);
    });
  });
});
