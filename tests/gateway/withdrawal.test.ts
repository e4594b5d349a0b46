import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { dataOf, errorCodes } from "../support/graphql";
import { caseOfForm, handOverAndDeliver, officesFreeIn, recordForm, returnAndDeliver } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #9, A6: the other ending of a return for correction. The office withdraws the case (wrongly
 * recorded, not to be visited); household's outbox delivers the withdrawal with its service token
 * (D3) and the district closes the case as RETURNED_TO_OFFICE with the reason. On a fake clock:
 * recorded Tue 2016-06-07, handed over Wed 6/8 09:00, returned 6/8 10:00.
 */
describe("withdrawal after a return (A6)", () => {
  let platform: TestPlatform;
  const rng = new SeededRandom("withdrawal");
  let office = "";

  const DISPATCH = "outbox-dispatch";
  const taipei = (local: string): Date => new Date(`${local}+08:00`);
  const clerk = () => ({ role: Role.HOUSEHOLD_CLERK, org: office });
  const officer = () => ({ role: Role.DISTRICT_CASE_OFFICER, org: office });
  const WITHDRAW = `mutation($id: ID!) { withdrawConsentInquiry(consentInquiryId: $id, reason: "重複登錄，不需訪視") { id } }`;
  const RECEIVE = `mutation($input: CaseWithdrawnInput!) { receiveCaseWithdrawn(input: $input) { id status } }`;
  const INQUIRY = `query($id: ID!) { consentInquiry(id: $id) { correctionRequest { correctedAt withdrawnAt withdrawalReason } deadlines { step state metAt } } }`;
  const CASE = `query($id: ID!) { careCase(id: $id) { status closure closedOn withdrawnAt withdrawalReason } }`;

  type InquiryRead = { consentInquiry: { correctionRequest: Record<string, string | null> | null; deadlines: { step: string; state: string; metAt: string | null }[] } };
  type CaseRead = { careCase: { status: string; closure: string | null; closedOn: string | null; withdrawnAt: string | null; withdrawalReason: string | null } };

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "withdrawal" });
    [office] = officesFreeIn(platform, "2016-06");
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  const inquiry = async (id: string) => dataOf(await platform.query<InquiryRead>(INQUIRY, { ...clerk(), variables: { id } })).consentInquiry;
  const careCase = async (id: string) => dataOf(await platform.query<CaseRead>(CASE, { ...officer(), variables: { id } })).careCase;

  /** A form of `office` handed over on 6/8 09:00 and, if `returned`, returned for correction at 10:00 and delivered. */
  async function handedOverCase(returned: boolean): Promise<{ inquiryId: string; careCaseId: string }> {
    setFakeNow(taipei("2016-06-07T10:00:00"));
    const form = await recordForm(platform, rng, office, "2016-06-07", "HOME_VISIT");
    setFakeNow(taipei("2016-06-08T09:00:00"));
    await handOverAndDeliver(platform, office, "2016-06-07");
    const careCaseId = await caseOfForm(platform, office, form.inquiryId);
    if (returned) {
      setFakeNow(taipei("2016-06-08T10:00:00"));
      await returnAndDeliver(platform, office, careCaseId, "戶籍資料誤植");
    }
    return { inquiryId: form.inquiryId, careCaseId };
  }

  it("should refuse withdrawing a form no district returned (CONFLICT) and write nothing", async () => {
    const { inquiryId, careCaseId } = await handedOverCase(false);
    expect(errorCodes(await platform.query(WITHDRAW, { ...clerk(), variables: { id: inquiryId } }))).toEqual(["CONFLICT"]);
    expect((await inquiry(inquiryId)).correctionRequest).toBeNull();
    expect(await platform.runJob("household", DISPATCH)).toEqual({ delivered: 0, retried: 0, parked: 0 });
    expect((await careCase(careCaseId)).status).toBe("HANDED_OVER");
  });

  it("should withdraw a returned case, meet its CORRECTION deadline, and close the district's case as RETURNED_TO_OFFICE with the reason", async () => {
    const { inquiryId, careCaseId } = await handedOverCase(true);
    setFakeNow(taipei("2016-06-08T11:00:00"));
    dataOf(await platform.query(WITHDRAW, { ...clerk(), variables: { id: inquiryId } }));
    const atOffice = await inquiry(inquiryId);
    expect(atOffice.correctionRequest).toEqual({ correctedAt: null, withdrawnAt: "2016-06-08T03:00:00.000Z", withdrawalReason: "重複登錄，不需訪視" });
    expect(atOffice.deadlines.find((deadline) => deadline.step === "CORRECTION")).toEqual({ step: "CORRECTION", state: "MET_ON_TIME", metAt: "2016-06-08T03:00:00.000Z" });

    expect(await platform.runJob("household", DISPATCH)).toEqual({ delivered: 1, retried: 0, parked: 0 });
    const closed = await careCase(careCaseId);
    expect(closed).toEqual({ status: "CLOSED", closure: "RETURNED_TO_OFFICE", closedOn: "2016-06-08", withdrawnAt: "2016-06-08T03:00:00.000Z", withdrawalReason: "重複登錄，不需訪視" });
    const notifications = dataOf(await platform.query<{ districtNotifications: { kind: string; subjectId: string }[] }>(`{ districtNotifications { kind subjectId } }`, officer()));
    expect(notifications.districtNotifications).toContainEqual({ kind: "CASE_WITHDRAWN", subjectId: careCaseId });

    // The withdrawal ends the correction: neither a correction nor a second withdrawal follows it.
    const correct = await platform.query(`mutation($input: CorrectConsentInquiryInput!) { correctConsentInquiry(input: $input) { id } }`, {
      ...clerk(),
      variables: { input: { consentInquiryId: inquiryId, decision: "PHONE_VISIT" } },
    });
    expect(errorCodes(correct)).toEqual(["CONFLICT"]);
    expect(errorCodes(await platform.query(WITHDRAW, { ...clerk(), variables: { id: inquiryId } }))).toEqual(["CONFLICT"]);

    // A retried delivery (the receiver stored it, the sender never heard) answers the case and changes nothing.
    await platform.platform.subgraphs
      .get("household")
      ?.database.dataSource.query(`UPDATE "household"."outbox" SET "delivered_at" = NULL, "acknowledged_id" = NULL, "next_attempt_at" = '2000-01-01T00:00:00Z' WHERE "kind" = 'withdrawn-case'`);
    setFakeNow(taipei("2016-06-09T09:00:00"));
    expect(await platform.runJob("household", DISPATCH)).toEqual({ delivered: 1, retried: 0, parked: 0 });
    expect(await careCase(careCaseId)).toEqual(closed);
  });

  it("should take a withdrawal only from household's service, dated not in the future, for a case waiting for its correction", async () => {
    const returned = await handedOverCase(true);
    setFakeNow(taipei("2016-06-08T11:00:00"));
    const input = { clientKey: "withdrawal-test-0001", careCaseId: returned.careCaseId, consentInquiryId: returned.inquiryId, office, reason: "重複登錄", withdrawnOn: "2016-06-08" };
    expect(errorCodes(await platform.query(RECEIVE, { ...clerk(), variables: { input } }))).toEqual(["FORBIDDEN"]);
    // Issue #9: a closing date in the future is refused, and nothing is written.
    const future = await platform.query(RECEIVE, { ...clerk(), through: "household", variables: { input: { ...input, withdrawnOn: "2016-06-09" } } });
    expect(errorCodes(future)).toEqual(["BAD_USER_INPUT"]);
    expect(await careCase(returned.careCaseId)).toMatchObject({ status: "RETURNED_FOR_CORRECTION", closure: null, closedOn: null, withdrawnAt: null });
    // A case not returned is not the office's to withdraw.
    const handedOver = await handedOverCase(false);
    setFakeNow(taipei("2016-06-08T11:00:00"));
    const notReturned = await platform.query(RECEIVE, {
      ...clerk(),
      through: "household",
      variables: { input: { ...input, clientKey: "withdrawal-test-0002", careCaseId: handedOver.careCaseId, consentInquiryId: handedOver.inquiryId } },
    });
    expect(errorCodes(notReturned)).toEqual(["CONFLICT"]);
    expect((await careCase(handedOver.careCaseId)).status).toBe("HANDED_OVER");
  });
});
