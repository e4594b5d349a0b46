import { SeededRandom } from "../../scripts/demo-data/random";
import { CITY_ORG, Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { dataOf, errorCodes } from "../support/graphql";
import { caseOfForm, handOverAndDeliver, officesFreeIn, recordForm, returnAndDeliver } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #8: the office's inbox through the gateway. The clerk holds exactly the own office's forms
 * to hand over (HANDOVER, A4) and returns to correct (CORRECTION, A6), sorted by due time then id,
 * with counts per state; another office's clerk sees none of them; 民政局's case officer sees only
 * overdue steps, of every office. Notifications reach the office when a return arrives or a step
 * goes overdue, and are marked seen. Expected items are written by hand from the steps taken.
 */
describe("the household inbox", () => {
  let platform: TestPlatform;
  const rng = new SeededRandom("household-inbox");
  let office = "";
  let otherOffice = "";
  const forms = { toHandOver: "", returned: "", otherOffices: "" };

  const taipei = (local: string): Date => new Date(`${local}+08:00`);
  const INBOX = `query($first: Int, $after: String, $steps: [String!]) { householdInbox(first: $first, after: $after, steps: $steps) {
    items { id kind step subjectType subjectId dueAt state } pageInfo { hasNextPage endCursor } counts { state count } totalCount } }`;
  type Page = {
    householdInbox: {
      items: { id: string; kind: string; step: string | null; subjectType: string; subjectId: string; dueAt: string | null; state: string }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      counts: { state: string; count: number }[];
      totalCount: number;
    };
  };
  const clerk = (org: string) => ({ role: Role.HOUSEHOLD_CLERK, org });
  const cityOfficer = { role: Role.CIVIL_AFFAIRS_OFFICER, org: CITY_ORG };


  const inbox = async (who: { role: Role; org: string }, variables: Record<string, unknown> = {}) => dataOf(await platform.query<Page>(INBOX, { ...who, variables })).householdInbox;
  const item = (kind: string, subjectId: string, dueAt: string, state: string) => ({ id: `${kind}:${subjectId}`, kind, step: kind.replace(/_DUE$/, ""), subjectType: "ConsentInquiry", subjectId, dueAt, state });
  const counts = (due: number, dueSoon: number, overdue: number) => [
    { state: "DUE", count: due },
    { state: "DUE_SOON", count: dueSoon },
    { state: "OVERDUE", count: overdue },
    { state: "OPEN", count: 0 },
  ];

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "household-inbox" });
    [office, otherOffice] = officesFreeIn(platform, "2016-06");
    // Monday 6/13: a form handed over and returned for correction (due back Tuesday 12:00), and
    // another office's form never handed over (due Tuesday 12:00).
    setFakeNow(taipei("2016-06-13T09:00:00"));
    forms.returned = (await recordForm(platform, rng, office, "2016-06-13", "HOME_VISIT")).inquiryId;
    forms.otherOffices = (await recordForm(platform, rng, otherOffice, "2016-06-13", "PHONE_VISIT")).inquiryId;
    await handOverAndDeliver(platform, office, "2016-06-13");
    setFakeNow(taipei("2016-06-13T09:30:00"));
    await returnAndDeliver(platform, office, await caseOfForm(platform, office, forms.returned));
    // Tuesday 6/14 09:00: a form to hand over by Wednesday 12:00; a declined one, never handed over, is no work (A3).
    setFakeNow(taipei("2016-06-14T09:00:00"));
    forms.toHandOver = (await recordForm(platform, rng, office, "2016-06-14", "HOME_VISIT")).inquiryId;
    await recordForm(platform, rng, office, "2016-06-14", "DECLINED");
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should hold exactly the office's forms to hand over and returns to correct, sorted by due time, for its clerk only", async () => {
    setFakeNow(taipei("2016-06-14T09:00:00"));
    const page = await inbox(clerk(office));
    expect(page).toEqual({
      items: [
        // Due in three hours: within the DUE_SOON threshold (four hours by default).
        item("CORRECTION_DUE", forms.returned, "2016-06-14T04:00:00.000Z", "DUE_SOON"),
        item("HANDOVER_DUE", forms.toHandOver, "2016-06-15T04:00:00.000Z", "DUE"),
      ],
      pageInfo: { hasNextPage: false, endCursor: page.pageInfo.endCursor },
      counts: counts(1, 1, 0),
      totalCount: 2,
    });
    // The item leads to the form, under ConsentInquiry's own policy.
    const linked = dataOf(await platform.query<{ householdInbox: { items: { consentInquiry: { id: string } | null }[] } }>(`{ householdInbox { items { consentInquiry { id } } } }`, clerk(office)));
    expect(linked.householdInbox.items.map((entry) => entry.consentInquiry?.id)).toEqual([forms.returned, forms.toHandOver]);
    // Another office's clerk: their own form only.
    expect((await inbox(clerk(otherOffice))).items).toEqual([item("HANDOVER_DUE", forms.otherOffices, "2016-06-14T04:00:00.000Z", "DUE_SOON")]);
    // Keyset paging: one at a time, nothing skipped or repeated.
    const first = await inbox(clerk(office), { first: 1 });
    expect(first.items.map((entry) => entry.subjectId)).toEqual([forms.returned]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await inbox(clerk(office), { first: 1, after: first.pageInfo.endCursor });
    expect(second.items.map((entry) => entry.subjectId)).toEqual([forms.toHandOver]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("should list one step when asked (issue #11: the console's handover and returns lists), its counts that step's, and refuse an unknown step", async () => {
    setFakeNow(taipei("2016-06-14T09:00:00"));
    const returns = await inbox(clerk(office), { steps: ["CORRECTION"] });
    expect(returns).toEqual({
      items: [item("CORRECTION_DUE", forms.returned, "2016-06-14T04:00:00.000Z", "DUE_SOON")],
      pageInfo: { hasNextPage: false, endCursor: returns.pageInfo.endCursor },
      counts: counts(0, 1, 0),
      totalCount: 1,
    });
    const toHandOver = await inbox(clerk(office), { steps: ["HANDOVER"] });
    expect({ items: toHandOver.items, counts: toHandOver.counts, totalCount: toHandOver.totalCount }).toEqual({
      items: [item("HANDOVER_DUE", forms.toHandOver, "2016-06-15T04:00:00.000Z", "DUE")],
      counts: counts(1, 0, 0),
      totalCount: 1,
    });
    expect(errorCodes(await platform.query(INBOX, { ...clerk(office), variables: { steps: ["VISIT"] } }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("should show 民政局 nothing before a step is late, then only the overdue steps of every office", async () => {
    setFakeNow(taipei("2016-06-14T09:00:00"));
    expect(await inbox(cityOfficer)).toMatchObject({ items: [], totalCount: 0, counts: counts(0, 0, 0) });
    setFakeNow(taipei("2016-06-14T13:00:00"));
    const page = await inbox(cityOfficer);
    expect(page.items).toEqual(
      [item("CORRECTION_DUE", forms.returned, "2016-06-14T04:00:00.000Z", "OVERDUE"), item("HANDOVER_DUE", forms.otherOffices, "2016-06-14T04:00:00.000Z", "OVERDUE")].sort((a, b) =>
        a.id < b.id ? -1 : 1,
      ),
    );
    expect(page.counts).toEqual(counts(0, 0, 2));
    // 民政局 oversees due times, not the forms: the reference is the clerk's to follow.
    const linked = await platform.query(`{ householdInbox { items { consentInquiry { id } } } }`, cityOfficer);
    expect(errorCodes(linked)).toContain("FORBIDDEN");
  });

  it("should notify each office of its own return and overdue steps once, and mark them seen", async () => {
    setFakeNow(taipei("2016-06-14T13:00:00"));
    await platform.runJob("household", "deadline-pass");
    await platform.runJob("household", "deadline-pass");
    type Notification = { id: string; kind: string; subjectId: string; step: string | null; createdAt: string; seenAt: string | null };
    const LIST = `query($unseenOnly: Boolean) { householdNotifications(unseenOnly: $unseenOnly) { id kind subjectId step createdAt seenAt } }`;
    const list = async (org: string, unseenOnly = false) => dataOf(await platform.query<{ householdNotifications: Notification[] }>(LIST, { ...clerk(org), variables: { unseenOnly } })).householdNotifications;
    const mine = await list(office);
    expect(mine.map(({ kind, subjectId, step, createdAt, seenAt }) => ({ kind, subjectId, step, createdAt, seenAt }))).toEqual([
      { kind: "STEP_OVERDUE", subjectId: forms.returned, step: "CORRECTION", createdAt: "2016-06-14T05:00:00.000Z", seenAt: null },
      { kind: "CORRECTION_REQUESTED", subjectId: forms.returned, step: null, createdAt: "2016-06-13T01:30:00.000Z", seenAt: null },
    ]);
    const theirs = await list(otherOffice);
    expect(theirs.map(({ kind, subjectId, step }) => ({ kind, subjectId, step }))).toEqual([{ kind: "STEP_OVERDUE", subjectId: forms.otherOffices, step: "HANDOVER" }]);

    const SEEN = `mutation($ids: [ID!]!) { markHouseholdNotificationsSeen(ids: $ids) { id seenAt } }`;
    // Another office's notification is not the caller's to mark.
    expect(errorCodes(await platform.query(SEEN, { ...clerk(otherOffice), variables: { ids: [mine[0].id] } }))).toEqual(["FORBIDDEN"]);
    setFakeNow(taipei("2016-06-14T14:00:00"));
    const seen = dataOf(await platform.query<{ markHouseholdNotificationsSeen: { id: string; seenAt: string }[] }>(SEEN, { ...clerk(office), variables: { ids: mine.map((n) => n.id) } }));
    expect(seen.markHouseholdNotificationsSeen.map((n) => n.seenAt)).toEqual(["2016-06-14T06:00:00.000Z", "2016-06-14T06:00:00.000Z"]);
    expect(await list(office, true)).toEqual([]);
    expect(await list(otherOffice, true)).toHaveLength(1);
  });
});
