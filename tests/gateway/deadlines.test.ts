import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { createReferredCase } from "../support/case-fixture";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #8 (D9, A6): the district's visit record is due within 2 days after the visit (R2: the
 * visit day not counted, a day off moves the end to the next working day). The state shows on the
 * care case in the unified view; the scheduler marks the breach once; the operator sees its runs.
 */
describe("deadlines on the district's steps", () => {
  let platform: TestPlatform;
  const CASE_DEADLINES = `query($id: ID!) { careCase(id: $id) { deadlines { step dueAt state metAt breachedAt } } }`;
  type CaseDeadlines = { careCase: { deadlines: { step: string; dueAt: string; state: string; metAt: string | null; breachedAt: string | null }[] } };

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "deadlines" });
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  async function visitRecordDeadline(careCaseId: string) {
    const response = await platform.query<CaseDeadlines>(CASE_DEADLINES, { variables: { id: careCaseId } });
    expect(response.errors).toBeUndefined();
    return response.data?.careCase.deadlines.find((deadline) => deadline.step === "VISIT_RECORD");
  }

  it("should be met on time when 附件4 is filed on the day of the visit", async () => {
    // Monday 2026-11-02: the record is due by the end of Wednesday 11-04 (Taipei, 15:59:59.999 UTC).
    setFakeNow(new Date("2026-11-02T09:00:00+08:00"));
    const fixture = await createReferredCase(platform, "63000050", "文北里", "deadline-on-time");
    expect(await visitRecordDeadline(fixture.careCaseId)).toEqual({
      step: "VISIT_RECORD",
      dueAt: "2026-11-04T15:59:59.999Z",
      state: "MET_ON_TIME",
      metAt: "2026-11-02T01:00:00.000Z",
      breachedAt: null,
    });
  });

  it("should move from due to overdue as time passes, mark the breach once, and keep it when the record comes in late", async () => {
    setFakeNow(new Date("2026-11-02T09:00:00+08:00"));
    let careCaseId = "";
    const fixture = await createReferredCase(platform, "63000050", "文北里", "deadline-late", {
      beforeFiling: async () => {
        const response = await platform.query<{ careCases: { edges: { node: { id: string } }[] } }>(
          `{ careCases(first: 100) { edges { node { id } } } }`,
        );
        expect(response.errors).toBeUndefined();
        // Tuesday: still due; Wednesday 20:00 (within 4 hours of the end of the day): due soon.
        setFakeNow(new Date("2026-11-03T10:00:00+08:00"));
        careCaseId = await newestCaseWithOpenRecordDeadline(response.data?.careCases.edges.map((edge) => edge.node.id) ?? []);
        expect((await visitRecordDeadline(careCaseId))?.state).toBe("DUE");
        setFakeNow(new Date("2026-11-04T20:00:00+08:00"));
        expect((await visitRecordDeadline(careCaseId))?.state).toBe("DUE_SOON");
        // Thursday morning: overdue; two passes of the scheduler mark the breach once.
        setFakeNow(new Date("2026-11-05T09:00:00+08:00"));
        await platform.runJob("district", "deadline-pass");
        await platform.runJob("district", "deadline-pass");
        expect(await visitRecordDeadline(careCaseId)).toMatchObject({ state: "OVERDUE", breachedAt: "2026-11-04T15:59:59.999Z" });
      },
    });
    expect(fixture.careCaseId).toBe(careCaseId);
    expect(await visitRecordDeadline(careCaseId)).toEqual({
      step: "VISIT_RECORD",
      dueAt: "2026-11-04T15:59:59.999Z",
      state: "MET_LATE",
      metAt: "2026-11-05T01:00:00.000Z",
      breachedAt: "2026-11-04T15:59:59.999Z",
    });
    const breaches = await platform.platform.subgraphs
      .get("district")
      // The record's breach; the case's REFERRAL (A9, referred on the late filing's day) has its own.
      ?.database.dataSource.query(`SELECT count(*)::int AS count FROM "district"."deadline_breaches" WHERE "subject_id" = $1 AND "step" = 'VISIT_RECORD'`, [careCaseId]);
    expect(breaches).toEqual([{ count: 1 }]);
  });

  it("should show the scheduler's runs to the auditor, and to nobody else", async () => {
    const runs = `{ districtSchedulerRuns(job: "deadline-pass", first: 5) { agency job durationMs changed { what count } } }`;
    const asAuditor = await platform.query<{ districtSchedulerRuns: { agency: string; job: string; changed: { what: string; count: number }[] }[] }>(runs, {
      role: Role.AUDITOR,
      org: "TPE",
    });
    expect(asAuditor.errors).toBeUndefined();
    expect(asAuditor.data?.districtSchedulerRuns.length).toBe(2);
    expect(asAuditor.data?.districtSchedulerRuns.every((run) => run.agency === "district" && run.job === "deadline-pass")).toBe(true);
    const asOfficer = await platform.query(runs);
    expect(asOfficer.errors?.map((error) => error.extensions?.code)).toEqual(["FORBIDDEN"]);
  });

  async function newestCaseWithOpenRecordDeadline(ids: readonly string[]): Promise<string> {
    for (const id of ids) {
      const deadline = await visitRecordDeadline(id);
      if (deadline !== undefined && deadline.metAt === null) {
        return id;
      }
    }
    throw new Error("No case with an open visit-record deadline");
  }
});
