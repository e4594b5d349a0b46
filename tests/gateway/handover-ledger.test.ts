import { SeededRandom } from "../../scripts/demo-data/random";
import { readAuthConfig } from "../../shared/auth/config";
import { Role } from "../../shared/auth/roles";
import { signServiceToken } from "../../shared/auth/service-token";
import { setFakeNow } from "../../shared/clock";
import { TAIPEI_DISTRICTS } from "../../shared/domain/districts";
import { villagesOf } from "../../shared/domain/villages";
import { dataOf, errorCodes } from "../support/graphql";
import { FormDecision, officesFreeIn, RecordedForm, recordForm as recordFormAt } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #8 (A4, A5, R5, D3): the office's subgraph hands the day's consenting forms over as 附件3
 * ledgers, one per district of the visit address, delivered by its outbox through the gateway with
 * household's service token; the district acknowledges the ledger. Deadlines on a fake clock (R2):
 * the handover by 12:00 of the next working day, across the 2016 Dragon Boat holiday and the
 * make-up Saturday 2016-06-04.
 */
describe("the handover ledger (附件3)", () => {
  let platform: TestPlatform;
  const auth = readAuthConfig();
  const rng = new SeededRandom("handover-ledger");
  /** Offices with no demo-data form in June 2016, so a day's ledger holds only what a test records. */
  let office = "";
  let otherOffice = "";
  let crossDistrict = "";

  const DISPATCH = "outbox-dispatch";
  const taipei = (local: string): Date => new Date(`${local}+08:00`);

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "handover-ledger" });
    const free = officesFreeIn(platform, "2016-06");
    expect(free.length).toBeGreaterThanOrEqual(3);
    [office, otherOffice, crossDistrict] = free;
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });


  const recordForm = (atOffice: string, today: string, decision: FormDecision, visitDistrict: string = atOffice): Promise<RecordedForm> =>
    recordFormAt(platform, rng, atOffice, today, decision, visitDistrict);

  const HAND_OVER = `mutation($date: LocalDate!) { handOverConsentInquiries(date: $date) {
    id officeCode receivingDistrictCode ledgerDate formCount handedOverBy handedOverAt remark stampText delivery entries { id } } }`;
  type Ledger = {
    id: string;
    officeCode: string;
    receivingDistrictCode: string;
    ledgerDate: string;
    formCount: number;
    handedOverBy: string;
    handedOverAt: string;
    remark: string | null;
    stampText: string;
    delivery: string;
    entries: { id: string }[];
  };

  async function handOver(atOffice: string, date: string): Promise<Ledger[]> {
    return dataOf(await platform.query<{ handOverConsentInquiries: Ledger[] }>(HAND_OVER, { role: Role.HOUSEHOLD_CLERK, org: atOffice, variables: { date } }))
      .handOverConsentInquiries;
  }

  async function handoverDeadline(atOffice: string, inquiryId: string) {
    const data = dataOf(
      await platform.query<{ consentInquiry: { deadlines: { step: string; dueAt: string; state: string; metAt: string | null; breachedAt: string | null }[] } }>(
        `query($id: ID!) { consentInquiry(id: $id) { deadlines { step dueAt state metAt breachedAt } } }`,
        { role: Role.HOUSEHOLD_CLERK, org: atOffice, variables: { id: inquiryId } },
      ),
    );
    return data.consentInquiry.deadlines.find((deadline) => deadline.step === "HANDOVER");
  }

  async function casesOfInquiry(inquiryId: string): Promise<number> {
    const rows = (await platform.platform.subgraphs
      .get("district")
      ?.database.dataSource.query(`SELECT count(*)::int AS "count" FROM "district"."care_cases" WHERE "consent_inquiry_id" = $1`, [inquiryId])) as { count: number }[];
    return rows[0].count;
  }

  it("should hand 105/6/13's forms over by noon 105/6/14 (A13), one ledger per visit district, without the declined one, and show both seals", async () => {
    setFakeNow(taipei("2016-06-13T10:00:00"));
    const liu = await recordForm(office, "2016-06-13", "HOME_VISIT");
    const declined = await recordForm(office, "2016-06-13", "DECLINED");
    const elsewhere = await recordForm(office, "2016-06-13", "PHONE_VISIT", crossDistrict);
    // Recorded on Monday 6/13: due by 12:00 on Tuesday 6/14 (A4).
    expect(await handoverDeadline(office, liu.inquiryId)).toEqual({ step: "HANDOVER", dueAt: "2016-06-14T04:00:00.000Z", state: "DUE", metAt: null, breachedAt: null });

    setFakeNow(taipei("2016-06-14T09:00:00"));
    const ledgers = await handOver(office, "2016-06-13");
    const byDistrict = new Map(ledgers.map((ledger) => [ledger.receivingDistrictCode, ledger]));
    expect([...byDistrict.keys()].sort()).toEqual([office, crossDistrict].sort());
    const own = byDistrict.get(office);
    const cross = byDistrict.get(crossDistrict);
    expect(own).toEqual({
      id: own?.id,
      officeCode: office,
      receivingDistrictCode: office,
      ledgerDate: "2016-06-13",
      formCount: 1,
      handedOverBy: "test-household_clerk",
      handedOverAt: "2016-06-14T01:00:00.000Z",
      remark: null,
      stampText: "個人資料 僅供新移民關懷訪視使用 不得移作他用",
      delivery: "PENDING",
      entries: [{ id: liu.inquiryId }],
    });
    const crossName = TAIPEI_DISTRICTS.find((district) => district.code === crossDistrict)?.name;
    expect(cross).toMatchObject({ formCount: 1, remark: `跨區案件：${crossName}`, entries: [{ id: elsewhere.inquiryId }] });
    expect(await handoverDeadline(office, liu.inquiryId)).toMatchObject({ state: "MET_ON_TIME", metAt: "2016-06-14T01:00:00.000Z" });
    // A3: the declined form is recorded, never handed over, and has no handover deadline.
    const declinedRead = dataOf(
      await platform.query<{ consentInquiry: { handoverLedger: unknown; deadlines: unknown[] } }>(`query($id: ID!) { consentInquiry(id: $id) { handoverLedger { id } deadlines { step } } }`, {
        role: Role.HOUSEHOLD_CLERK,
        org: office,
        variables: { id: declined.inquiryId },
      }),
    );
    expect(declinedRead.consentInquiry).toEqual({ handoverLedger: null, deadlines: [] });
    // Handing the same day over again finds nothing left to hand over.
    expect(await handOver(office, "2016-06-13")).toEqual([]);

    expect(await platform.runJob("household", DISPATCH)).toEqual({ delivered: 2, retried: 0, parked: 0 });

    const LEDGER = `query($id: ID!) { handoverLedger(id: $id) { formCount delivery receivedAt acknowledgedBy acknowledgedAt
      careCases { consentInquiry { id } status handedOverAt acknowledgedAt deadlines { step dueAt state metAt } } } }`;
    type LedgerRead = {
      handoverLedger: {
        formCount: number;
        delivery: string;
        receivedAt: string;
        acknowledgedBy: string | null;
        acknowledgedAt: string | null;
        careCases: { consentInquiry: { id: string }; status: string; handedOverAt: string; acknowledgedAt: string | null; deadlines: { step: string; dueAt: string; state: string; metAt: string | null }[] }[];
      };
    };
    const officer = { role: Role.DISTRICT_CASE_OFFICER, org: office };
    const received = dataOf(await platform.query<LedgerRead>(LEDGER, { ...officer, variables: { id: own?.id } })).handoverLedger;
    expect(received).toEqual({
      formCount: 1,
      delivery: "DELIVERED",
      receivedAt: "2016-06-14T01:00:00.000Z",
      acknowledgedBy: null,
      acknowledgedAt: null,
      careCases: [
        {
          consentInquiry: { id: liu.inquiryId },
          status: "HANDED_OVER",
          handedOverAt: "2016-06-14T01:00:00.000Z",
          acknowledgedAt: null,
          deadlines: [
            // Received Tuesday 09:00: acknowledged by noon of Wednesday (A4, DEADLINE_RULES.ACKNOWLEDGEMENT).
            { step: "ACKNOWLEDGEMENT", dueAt: "2016-06-15T04:00:00.000Z", state: "DUE", metAt: null },
            // A2: applied 6/13, visited within 7 calendar days: by the end of 6/20.
            { step: "HOME_VISIT", dueAt: "2016-06-20T15:59:59.999Z", state: "DUE", metAt: null },
          ],
        },
      ],
    });

    setFakeNow(taipei("2016-06-14T15:00:00"));
    dataOf(await platform.query(`mutation($id: ID!) { acknowledgeHandoverLedger(ledgerId: $id) { id } }`, { ...officer, variables: { id: own?.id } }));
    const sealed = dataOf(await platform.query<LedgerRead>(LEDGER, { role: Role.HOUSEHOLD_CLERK, org: office, variables: { id: own?.id } })).handoverLedger;
    expect(sealed).toMatchObject({ acknowledgedBy: "test-district_case_officer", acknowledgedAt: "2016-06-14T07:00:00.000Z" });
    expect(sealed.careCases[0]).toMatchObject({ status: "OPEN", acknowledgedAt: "2016-06-14T07:00:00.000Z" });
    expect(sealed.careCases[0].deadlines[0]).toEqual({ step: "ACKNOWLEDGEMENT", dueAt: "2016-06-15T04:00:00.000Z", state: "MET_ON_TIME", metAt: "2016-06-14T07:00:00.000Z" });
    // The other district receives the cross-district form (A5), and only it.
    expect(await casesOfInquiry(elsewhere.inquiryId)).toBe(1);
    const crossCase = dataOf(
      await platform.query<{ consentInquiry: { careCase: { visitDistrictCode: string; requestedMode: string } } }>(
        `query($id: ID!) { consentInquiry(id: $id) { careCase { visitDistrictCode requestedMode } } }`,
        { role: Role.DISTRICT_CASE_OFFICER, org: crossDistrict, variables: { id: elsewhere.inquiryId } },
      ),
    );
    expect(crossCase.consentInquiry.careCase).toEqual({ visitDistrictCode: crossDistrict, requestedMode: "PHONE" });
  });

  it("should make one case of a retried delivery: the dispatcher run twice, and the same outbox row posted again", async () => {
    setFakeNow(taipei("2016-06-13T11:00:00"));
    const form = await recordForm(otherOffice, "2016-06-13", "HOME_VISIT");
    const [ledger] = await handOver(otherOffice, "2016-06-13");
    await platform.runJob("household", DISPATCH);
    expect(await platform.runJob("household", DISPATCH)).toEqual({ delivered: 0, retried: 0, parked: 0 });
    const household = platform.platform.subgraphs.get("household")?.database.dataSource;
    const [row] = (await household?.query(
      `SELECT o."id", o."acknowledged_id" FROM "household"."outbox" o JOIN "household"."handover_ledgers" l ON l."outbox_id" = o."id" WHERE l."id" = $1`,
      [ledger.id],
    )) as { id: string; acknowledged_id: string }[];
    expect(row.acknowledged_id).toBe(ledger.id);
    // As after a crash between the district's store and household's mark: the row is due again.
    await household?.query(`UPDATE "household"."outbox" SET "delivered_at" = NULL, "acknowledged_id" = NULL, "next_attempt_at" = '2000-01-01T00:00:00Z' WHERE "id" = $1`, [row.id]);

    expect(await platform.runJob("household", DISPATCH)).toEqual({ delivered: 1, retried: 0, parked: 0 });
    expect(await casesOfInquiry(form.inquiryId)).toBe(1);
  });

  it("should refuse the intake to a user's own token and to another office's clerk (FORBIDDEN), writing nothing", async () => {
    setFakeNow(taipei("2016-06-13T12:00:00"));
    const form = await recordForm(otherOffice, "2016-06-13", "HOME_VISIT");
    const RECEIVE = `mutation($input: HandoverLedgerInput!) { receiveHandoverLedger(input: $input) { id } }`;
    const input = {
      clientKey: "forged-ledger-0001",
      ledgerId: "00000000-0000-4000-8000-000000000001",
      office: otherOffice,
      receivingDistrict: otherOffice,
      ledgerDate: "2016-06-13",
      handedOverAt: "2016-06-13T04:00:00.000Z",
      entries: [
        {
          consentInquiryId: form.inquiryId,
          personId: form.personId,
          caseType: "MOVE",
          visitDistrict: otherOffice,
          village: villagesOf(otherOffice)[0],
          householdDistrict: otherOffice,
          requestedMode: "HOME",
          appliedOn: "2016-06-13",
        },
      ],
    };
    // The clerk of the office itself, with a user token: the clerk no longer types a handover in.
    const asUser = await platform.query(RECEIVE, { role: Role.HOUSEHOLD_CLERK, org: otherOffice, variables: { input } });
    expect(errorCodes(asUser)).toEqual(["FORBIDDEN"]);
    // Household's service, acting for a clerk of another office.
    const token = await signServiceToken(auth.serviceKeys ?? { configured: new Map() }, {
      service: "household",
      actor: { subject: "clerk-elsewhere", role: Role.HOUSEHOLD_CLERK, org: office, villages: [] },
      audience: auth.audience,
    });
    const asOtherOffice = await platform.query(RECEIVE, { token, variables: { input } });
    expect(errorCodes(asOtherOffice)).toEqual(["FORBIDDEN"]);
    expect(await casesOfInquiry(form.inquiryId)).toBe(0);
  });

  it("should count the handover deadline across the Dragon Boat holiday: recorded Wed 6/8, due Mon 6/13 12:00, handed over 13:00 is late", async () => {
    setFakeNow(taipei("2016-06-08T10:00:00"));
    const form = await recordForm(otherOffice, "2016-06-08", "HOME_VISIT");
    setFakeNow(taipei("2016-06-13T13:00:00"));
    await handOver(otherOffice, "2016-06-08");
    expect(await handoverDeadline(otherOffice, form.inquiryId)).toEqual({
      step: "HANDOVER",
      dueAt: "2016-06-13T04:00:00.000Z",
      state: "MET_LATE",
      metAt: "2016-06-13T05:00:00.000Z",
      breachedAt: "2016-06-13T04:00:00.000Z",
    });
  });

  it("should count the make-up Saturday as a working day: recorded Fri 6/3, due Sat 6/4 12:00, handed over 11:00 is on time", async () => {
    setFakeNow(taipei("2016-06-03T10:00:00"));
    const form = await recordForm(otherOffice, "2016-06-03", "PHONE_VISIT");
    setFakeNow(taipei("2016-06-04T11:00:00"));
    await handOver(otherOffice, "2016-06-03");
    expect(await handoverDeadline(otherOffice, form.inquiryId)).toEqual({
      step: "HANDOVER",
      dueAt: "2016-06-04T04:00:00.000Z",
      state: "MET_ON_TIME",
      metAt: "2016-06-04T03:00:00.000Z",
      breachedAt: null,
    });
  });

  it("should list the day's ledgers to the office's own clerk only (issue #11), another office's clerk none, the district FORBIDDEN", async () => {
    setFakeNow(taipei("2016-06-20T10:00:00"));
    // Its own draws: the suite's generator shares the demo data's seed, whose ID numbers it would meet again.
    const ownRng = new SeededRandom("handover-ledger-day-list");
    const recordOwnForm = (atOffice: string, today: string, decision: FormDecision, visitDistrict: string = atOffice): Promise<RecordedForm> =>
      recordFormAt(platform, ownRng, atOffice, today, decision, visitDistrict);
    const first = await recordOwnForm(office, "2016-06-20", "HOME_VISIT");
    const second = await recordOwnForm(office, "2016-06-20", "PHONE_VISIT", crossDistrict);
    await recordOwnForm(otherOffice, "2016-06-20", "HOME_VISIT");
    const handedOver = await handOver(office, "2016-06-20");
    await handOver(otherOffice, "2016-06-20");
    const DAY = `query($date: LocalDate!) { handoverLedgers(date: $date) { id officeCode receivingDistrictCode ledgerDate formCount entries { id } } }`;
    const dayOf = async (role: Role, atOrg: string, date: string) => platform.query<{ handoverLedgers: { id: string; officeCode: string; receivingDistrictCode: string; entries: { id: string }[] }[] }>(DAY, { role, org: atOrg, variables: { date } });

    const listed = dataOf(await dayOf(Role.HOUSEHOLD_CLERK, office, "2016-06-20")).handoverLedgers;
    // By receiving district: the office's own district and the cross-district one (R5), each with its form.
    const expected = [
      { district: office, form: first.inquiryId },
      { district: crossDistrict, form: second.inquiryId },
    ].sort((a, b) => a.district.localeCompare(b.district));
    expect(listed).toEqual(
      expected.map(({ district, form }) => ({
        id: handedOver.find((ledger) => ledger.receivingDistrictCode === district)?.id,
        officeCode: office,
        receivingDistrictCode: district,
        ledgerDate: "2016-06-20",
        formCount: 1,
        entries: [{ id: form }],
      })),
    );
    // Another day of the same office lists nothing of 6/20.
    expect(dataOf(await dayOf(Role.HOUSEHOLD_CLERK, office, "2016-06-21")).handoverLedgers).toEqual([]);
    // The other office's clerk sees only its own ledger of the day, never this office's.
    const others = dataOf(await dayOf(Role.HOUSEHOLD_CLERK, otherOffice, "2016-06-20")).handoverLedgers;
    expect(others.map((ledger) => ledger.officeCode)).toEqual([otherOffice]);
    // The receiving district reads its ledgers in its own subgraph (ledgers to acknowledge), not this list.
    expect(errorCodes(await dayOf(Role.DISTRICT_CASE_OFFICER, office, "2016-06-20"))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await dayOf(Role.HOUSEHOLD_CLERK, office, "2016-02-30"))).toEqual(["BAD_USER_INPUT"]);
  });
});
