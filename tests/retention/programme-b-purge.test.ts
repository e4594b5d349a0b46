import { randomUUID } from "crypto";
import type { DataSource } from "typeorm";
import { generateNationalId } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { Sex } from "../../shared/domain/enums";
import { RETENTION_PURGE_JOB } from "../../shared/retention/purge";
import { dataSnapshot } from "../support/data-snapshot";
import { dataOf, errorCodes } from "../support/graphql";
import { deliverNhiaList, NhiaChild } from "../support/nhia";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { cdcFollowUps } from "../support/vaccination";

const ZHONGZHENG = "63000050";
const SONGSHAN = "63000010";
const DISPATCH = "outbox-dispatch";
const nurse = { role: Role.HEALTH_NURSE, org: ZHONGZHENG };
const songshanNurse = { role: Role.HEALTH_NURSE, org: SONGSHAN };
/** The family service centre holds a report on a child without a case (A10); 中正區's children are the west care point's. */
const centreWorker = { role: Role.SOCIAL_WORKER, org: "FAMILY_SERVICE_CENTRE" };
const westWorker = { role: Role.SOCIAL_WORKER, org: "WEST_CARE_POINT" };
const taipei = (local: string): Date => new Date(`${local}+08:00`);
const female = (seed: string): string => generateNationalId(new SeededRandom(`programme-b-purge:${seed}`), Sex.FEMALE);

/** The NHIA's children, by hand: X listed once (2026-10-12), Y on that list and again a year on. */
const X: NhiaChild = { rowId: "NHIA-X", idNumber: female("x"), name: "陳小曦", birthDate: "2023-01-10", district: ZHONGZHENG, uninsuredSince: "2025-06-01" };
const Y: NhiaChild = { rowId: "NHIA-Y", idNumber: female("y"), name: "陳小悠", birthDate: "2023-02-10", district: ZHONGZHENG, uninsuredSince: "2025-05-01" };

/**
 * Issue #12 (A9's rule for programme B, whose seeds give no period: docs/programme-b.md "Retention"):
 * 衛生局's vaccination follow-ups that ended (B4) and insurance statuses the NHIA no longer lists
 * (B5), and social's child-protection reports held without a case (B10), each kept at least the
 * owning unit's period (≥ 12 months) after it stopped being in use, then purged by the agency's
 * retention job; what is still in use — an open follow-up, a notice on its way, a child still
 * listed, a child with an open case, a report on a case — stays whatever its age. Every day and
 * count below is written by hand: the old ones ended on Monday 2026-10-12, so a 12-month period
 * keeps them through 2027-10-12 and lets them go on 2027-10-13. The audit log stays.
 */
describe("programme B's retention (issue #12: B4, B5, B10)", () => {
  let platform: TestPlatform;
  let health: DataSource;
  let social: DataSource;
  /** A vaccinated with a reminder, B referred (a), B2 referred but its notice not yet sent, C open, D vaccinated 2027-06-01, E of 松山區. */
  const followUp: Record<"A" | "B" | "B2" | "C" | "D" | "E", string> = { A: "", B: "", B2: "", C: "", D: "", E: "" };
  /** P1 on a child without a case, P2 likewise but 2027-06-01, P3 on a child whose case opened after it, P4 on that case. */
  const report: Record<"P1" | "P2" | "P3" | "P4", string> = { P1: "", P2: "", P3: "", P4: "" };
  const statusOf = new Map<string, string>();

  const count = async (dataSource: DataSource, sql: string, params: unknown[]): Promise<number> => ((await dataSource.query(sql, params)) as { n: number }[])[0].n;
  const followUpRows = async (id: string): Promise<Record<string, number>> => ({
    followUps: await count(health, `SELECT count(*)::int AS "n" FROM "health"."vaccination_follow_ups" WHERE "id" = $1`, [id]),
    reminders: await count(health, `SELECT count(*)::int AS "n" FROM "health"."vaccination_reminders" WHERE "follow_up_id" = $1`, [id]),
    deadlines: await count(health, `SELECT count(*)::int AS "n" FROM "health"."deadlines" WHERE "subject_id" = $1::text`, [id]),
  });
  const statusRows = (idNumber: string): Promise<number> => count(health, `SELECT count(*)::int AS "n" FROM "health"."uninsured_children" WHERE "id_number" = $1`, [idNumber]);
  const reportRows = async (id: string): Promise<Record<string, number>> => ({
    reports: await count(social, `SELECT count(*)::int AS "n" FROM "social"."child_protection_reports" WHERE "id" = $1`, [id]),
    notifications: await count(social, `SELECT count(*)::int AS "n" FROM "social"."notifications" WHERE "subject_id" = $1::text`, [id]),
  });
  const auditRows = async (dataSource: DataSource, schema: string): Promise<number> => count(dataSource, `SELECT count(*)::int AS "n" FROM "${schema}"."audit_log"`, []);

  async function fileReport(key: string, personId: string, caseId: string | null): Promise<string> {
    const { receiveProtectionReport } = dataOf(
      await platform.query<{ receiveProtectionReport: { id: string } }>(`mutation($input: ProtectionReportNoticeInput!) { receiveProtectionReport(input: $input) { id } }`, {
        through: "district",
        role: Role.HEALTH_NURSE,
        org: ZHONGZHENG,
        variables: {
          input: {
            clientKey: key, urgentReportId: randomUUID(), personId, childCareCaseId: caseId, article: "ART53",
            reportedAt: new Date().toISOString(), reporterName: "護理師林", reporterRole: Role.HEALTH_NURSE, reporterOrg: ZHONGZHENG, summary: "家訪見幼童瘀傷",
          },
        },
      }),
    );
    return receiveProtectionReport.id;
  }

  const outcome = async (id: string, on: string): Promise<unknown> =>
    dataOf(await platform.query(`mutation($input: VaccinationOutcomeInput!) { recordVaccinationOutcome(input: $input) { id } }`, { ...(id === followUp.E ? songshanNurse : nurse), variables: { input: { followUpId: id, outcome: "VACCINATED", outcomeOn: on } } }));
  const refer = async (id: string): Promise<unknown> =>
    dataOf(await platform.query(`mutation($id: ID!) { referVaccinationFollowUpToSocial(id: $id, condition: A_PROTECTION_CONCERN) { id } }`, { ...nurse, variables: { id } }));

  beforeAll(async () => {
    setFakeNow(taipei("2026-10-12T10:00:00"));
    platform = await startTestPlatform({ persons: 2, seed: "programme-b-purge" });
    health = platform.platform.subgraphs.get("health")!.database.dataSource;
    social = platform.platform.subgraphs.get("social")!.database.dataSource;

    const keys = ["A", "B", "B2", "C", "D", "E"] as const;
    const ids = await cdcFollowUps(platform, keys.map((key) => ({ district: key === "E" ? SONGSHAN : ZHONGZHENG, idNumber: female(key) })));
    keys.forEach((key, index) => (followUp[key] = ids[index]));
    dataOf(
      await platform.query(`mutation($input: VaccinationReminderInput!) { recordVaccinationReminder(input: $input) { id } }`, {
        ...nurse,
        variables: { input: { followUpId: followUp.A, remindedOn: "2026-10-12", mode: "PHONE", twoWay: true, reached: "PARENT" } },
      }),
    );
    await outcome(followUp.A, "2026-10-12");
    await outcome(followUp.E, "2026-10-12");
    await refer(followUp.B);
    expect(await deliverNhiaList(platform, [X, Y])).toEqual({ taken: 2, skipped: {} });

    // B10: P3's child has no case when it is filed; household's notice then opens one (it stays open).
    const childQ = randomUUID();
    report.P1 = await fileReport("purge-report-p1", randomUUID(), null);
    report.P3 = await fileReport("purge-report-p3", childQ, null);
    const { receiveChildCareNotice } = dataOf(
      await platform.query<{ receiveChildCareNotice: { caseId: string } }>(`mutation($input: ChildCareNoticeInput!) { receiveChildCareNotice(input: $input) { caseId } }`, {
        through: "household",
        role: Role.HOUSEHOLD_CLERK,
        org: ZHONGZHENG,
        variables: {
          input: { clientKey: "purge-child-q", category: "EX_OFFICIO_BIRTH", noticedOn: "2026-10-12", personId: childQ, idNumber: female("q"), name: "林小晴", birthDate: "2026-09-01", householdDistrict: ZHONGZHENG },
        },
      }),
    );
    report.P4 = await fileReport("purge-report-p4", childQ, receiveChildCareNotice.caseId);
    await platform.runJob("health", DISPATCH);
    // B2's notice is still in health's outbox when the purge runs.
    await refer(followUp.B2);

    setFakeNow(taipei("2027-06-01T10:00:00"));
    await outcome(followUp.D, "2027-06-01");
    report.P2 = await fileReport("purge-report-p2", randomUUID(), null);

    // The NHIA still lists Y a year on; X is no longer listed.
    setFakeNow(taipei("2027-10-11T10:00:00"));
    expect(await deliverNhiaList(platform, [Y])).toEqual({ taken: 0, skipped: { ALREADY_NOTICED: 1 } });
    for (const row of (await health.query(`SELECT "id_number", "notice_key"::text AS "key" FROM "health"."uninsured_children"`)) as { id_number: string; key: string }[]) {
      statusOf.set(row.id_number, row.key);
    }
    setFakeNow(taipei("2027-10-12T10:00:00"));
  }, 180_000);

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should purge nothing while no unit has set a period", async () => {
    const before = await dataSnapshot(platform);
    expect(await platform.runJob("health", RETENTION_PURGE_JOB)).toEqual({ status: "ran", purged: {} });
    expect(await platform.runJob("social", RETENTION_PURGE_JOB)).toEqual({ status: "ran", purged: {} });
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should keep what ended on 2026-10-12 through the last day of a 12-month period", async () => {
    dataOf(await platform.query(`mutation { setHealthRetention(org: "${ZHONGZHENG}", periodMonths: 12) { org } }`, nurse));
    dataOf(await platform.query(`mutation { setSocialRetention(org: "FAMILY_SERVICE_CENTRE", periodMonths: 12) { org } }`, centreWorker));
    dataOf(await platform.query(`mutation { setSocialRetention(org: "WEST_CARE_POINT", periodMonths: 12) { org } }`, westWorker));
    const before = await dataSnapshot(platform);
    expect(await platform.runJob("health", RETENTION_PURGE_JOB)).toEqual({ status: "ran", purged: {} });
    expect(await platform.runJob("social", RETENTION_PURGE_JOB)).toEqual({ status: "ran", purged: {} });
    expect(await dataSnapshot(platform)).toEqual(before);
  });

  it("should purge the next day the follow-ups that ended and the status no longer listed, keeping whatever is still in use, and the audit log", async () => {
    setFakeNow(taipei("2027-10-13T10:00:00"));
    expect(await followUpRows(followUp.A)).toEqual({ followUps: 1, reminders: 1, deadlines: 1 });
    const kept = { B2: await followUpRows(followUp.B2), C: await followUpRows(followUp.C), D: await followUpRows(followUp.D), E: await followUpRows(followUp.E) };
    const audit = await auditRows(health, "health");

    expect(await platform.runJob("health", RETENTION_PURGE_JOB)).toEqual({
      status: "ran",
      purged: {
        "VaccinationFollowUp.deadlineBreaches": 0, "VaccinationFollowUp.deadlines": 2, "VaccinationFollowUp.outbox": 1, "VaccinationFollowUp.reminders": 1, "VaccinationFollowUp.followUps": 2,
        "InsuranceStatus.outbox": 1, "InsuranceStatus.insuranceStatuses": 1,
      },
    });
    for (const id of [followUp.A, followUp.B]) {
      expect(await followUpRows(id)).toEqual({ followUps: 0, reminders: 0, deadlines: 0 });
    }
    // B2's notice is on its way, C is open, D ended 2027-06-01, E is 松山區's (no period set there).
    expect({ B2: await followUpRows(followUp.B2), C: await followUpRows(followUp.C), D: await followUpRows(followUp.D), E: await followUpRows(followUp.E) }).toEqual(kept);
    expect({ X: await statusRows(X.idNumber), Y: await statusRows(Y.idNumber) }).toEqual({ X: 0, Y: 1 });
    expect(await auditRows(health, "health")).toBe(audit);

    // Through the gateway: a purged follow-up is gone, a kept one answers; the nurse's list has Y alone.
    const followUpOf = async (id: string): Promise<{ id: string } | null> =>
      dataOf(await platform.query<{ vaccinationFollowUp: { id: string } | null }>(`query($id: ID!) { vaccinationFollowUp(id: $id) { id } }`, { ...nurse, variables: { id } })).vaccinationFollowUp;
    expect(await followUpOf(followUp.A)).toBeNull();
    expect(await followUpOf(followUp.C)).toEqual({ id: followUp.C });
    const { insuranceStatuses } = dataOf(await platform.query<{ insuranceStatuses: { edges: { node: { id: string; lastListedOn: string } }[] } }>(`{ insuranceStatuses { edges { node { id lastListedOn } } } }`, nurse));
    expect(insuranceStatuses.edges.map(({ node }) => node)).toEqual([{ id: statusOf.get(Y.idNumber), lastListedOn: "2027-10-11" }]);
    // Social's cases keep their notices (D1, D3): health's purged part answers NOT_FOUND at its path, never a silent empty record nor a server error.
    type Notices = { childCareCases: { notices: { category: string; vaccinationFollowUp: { status: string } | null; insuranceStatus: { uninsuredSince: string } | null }[] }[] };
    const cases = await platform.query<Notices>(`{ childCareCases { notices { category vaccinationFollowUp { status } insuranceStatus { uninsuredSince } } } }`, westWorker);
    expect([...new Set(cases.errors?.map((error) => `${String(error.extensions?.code)} ${(error.path ?? []).filter((part) => typeof part === "string").join(".")}`))].sort()).toEqual([
      "NOT_FOUND childCareCases.notices.insuranceStatus",
      "NOT_FOUND childCareCases.notices.vaccinationFollowUp",
    ]);
    const notices = cases.data!.childCareCases.flatMap((held) => held.notices).map((notice) => JSON.stringify(notice)).sort();
    expect(notices).toEqual(
      [
        { category: "EX_OFFICIO_BIRTH", vaccinationFollowUp: null, insuranceStatus: null },
        { category: "OVERDUE_VACCINATION", vaccinationFollowUp: { status: null }, insuranceStatus: null },
        { category: "UNINSURED", vaccinationFollowUp: null, insuranceStatus: { uninsuredSince: null } },
        { category: "UNINSURED", vaccinationFollowUp: null, insuranceStatus: { uninsuredSince: "2025-05-01" } },
      ].map((notice) => JSON.stringify(notice)).sort(),
    );
  });

  it("should purge a follow-up whose notice was on its way once it has arrived", async () => {
    await platform.runJob("health", DISPATCH);
    expect(await platform.runJob("health", RETENTION_PURGE_JOB)).toEqual({
      status: "ran",
      purged: { "VaccinationFollowUp.deadlineBreaches": 0, "VaccinationFollowUp.deadlines": 1, "VaccinationFollowUp.outbox": 1, "VaccinationFollowUp.reminders": 0, "VaccinationFollowUp.followUps": 1 },
    });
    expect(await followUpRows(followUp.B2)).toEqual({ followUps: 0, reminders: 0, deadlines: 0 });
  });

  it("should purge the report held without a case past the period, not a recent one, one on a case, or one on a child whose case is open", async () => {
    expect(await reportRows(report.P1)).toEqual({ reports: 1, notifications: 1 });
    const kept = { P2: await reportRows(report.P2), P3: await reportRows(report.P3), P4: await reportRows(report.P4) };
    const audit = await auditRows(social, "social");
    expect(await platform.runJob("social", RETENTION_PURGE_JOB)).toEqual({
      status: "ran",
      purged: { "ChildProtectionReport.notifications": 1, "ChildProtectionReport.protectionReports": 1 },
    });
    expect(await reportRows(report.P1)).toEqual({ reports: 0, notifications: 0 });
    expect({ P2: await reportRows(report.P2), P3: await reportRows(report.P3), P4: await reportRows(report.P4) }).toEqual(kept);
    expect(await auditRows(social, "social")).toBe(audit);
  });

  it("should let only the owning unit's role set the period its programme B records go by", async () => {
    const before = await dataSnapshot(platform);
    expect(errorCodes(await platform.query(`mutation { setHealthRetention(org: "${ZHONGZHENG}", periodMonths: 12) { org } }`, songshanNurse))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(`mutation { setSocialRetention(org: "FAMILY_SERVICE_CENTRE", periodMonths: 12) { org } }`, westWorker))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await platform.query(`mutation { setHealthRetention(org: "${ZHONGZHENG}", periodMonths: 6) { org } }`, nurse))).toEqual(["BAD_USER_INPUT"]);
    expect(await dataSnapshot(platform)).toEqual(before);
  });
});
