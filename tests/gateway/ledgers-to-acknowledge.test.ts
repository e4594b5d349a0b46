import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { dataOf, errorCodes } from "../support/graphql";
import { handOverAndDeliver, officesFreeIn, recordForm } from "../support/household-work";
import { startTestPlatform, TestPlatform } from "../support/platform";

const PAGE = `query($first: Int, $after: String) {
  handoverLedgersToAcknowledge(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id receivedAt careCases { consentInquiry { id } status } } }
  }
}`;

interface LedgerNode {
  id: string;
  receivedAt: string;
  careCases: { consentInquiry: { id: string }; status: string }[];
}
interface Page {
  handoverLedgersToAcknowledge: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: LedgerNode }[] };
}

/**
 * Issue #11 (A4): 人文課's 附件3 acknowledgement list pages by ledger, so a page holds whole ledgers
 * and one is never shown half-read. Two ledgers of one office on two days (3 forms, then 2), read
 * one ledger a page.
 */
describe("ledgers to acknowledge, paged by ledger (A4, issue #11)", () => {
  let platform: TestPlatform;
  let office = "";
  let otherDistrict = "";
  const officer = () => ({ role: Role.DISTRICT_CASE_OFFICER, org: office });
  const forms: { monday: string[]; tuesday: string[] } = { monday: [], tuesday: [] };
  const ledgers: { monday: string; tuesday: string } = { monday: "", tuesday: "" };

  async function allPages(first: number): Promise<{ pages: LedgerNode[][]; totalCount: number }> {
    const pages: LedgerNode[][] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page["handoverLedgersToAcknowledge"] = dataOf(await platform.query<Page>(PAGE, { ...officer(), variables: { first, after } })).handoverLedgersToAcknowledge;
      pages.push(page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) {
        return { pages, totalCount: page.totalCount };
      }
      after = page.pageInfo.endCursor;
    }
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "ledgers-to-acknowledge" });
    [office, otherDistrict] = officesFreeIn(platform, "2016-06");
    const rng = new SeededRandom("ledgers-to-acknowledge-forms");
    setFakeNow(new Date("2016-06-13T10:00:00+08:00"));
    for (let index = 0; index < 3; index += 1) {
      forms.monday.push((await recordForm(platform, rng, office, "2016-06-13", "HOME_VISIT")).inquiryId);
    }
    setFakeNow(new Date("2016-06-14T09:00:00+08:00"));
    [ledgers.monday] = await handOverAndDeliver(platform, office, "2016-06-13");
    for (let index = 0; index < 2; index += 1) {
      forms.tuesday.push((await recordForm(platform, rng, office, "2016-06-14", "PHONE_VISIT")).inquiryId);
    }
    setFakeNow(new Date("2016-06-15T09:00:00+08:00"));
    [ledgers.tuesday] = await handOverAndDeliver(platform, office, "2016-06-14");
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should give one whole ledger a page, each with every case it opened, the older first", async () => {
    const { pages, totalCount } = await allPages(1);
    expect(pages.every((page) => page.length === 1)).toBe(true);
    const listed = pages.flat();
    expect(listed.length).toBe(totalCount);
    expect(new Set(listed.map((ledger) => ledger.id)).size).toBe(listed.length);
    const ours = listed.filter((ledger) => ledger.id === ledgers.monday || ledger.id === ledgers.tuesday);
    const casesOf = (inquiries: string[]) => expect.arrayContaining(inquiries.map((id) => ({ consentInquiry: { id }, status: "HANDED_OVER" })));
    expect(ours).toEqual([
      { id: ledgers.monday, receivedAt: "2016-06-14T01:00:00.000Z", careCases: casesOf(forms.monday) },
      { id: ledgers.tuesday, receivedAt: "2016-06-15T01:00:00.000Z", careCases: casesOf(forms.tuesday) },
    ]);
    expect(ours.map((ledger) => ledger.careCases.length)).toEqual([3, 2]);
  });

  it("should list the same ledgers with a larger page, and drop a ledger once acknowledged", async () => {
    const byOne = (await allPages(1)).pages.flat().map((ledger) => ledger.id);
    const byTwo = await allPages(2);
    expect(byTwo.pages.flat().map((ledger) => ledger.id)).toEqual(byOne);
    dataOf(await platform.query(`mutation($id: ID!) { acknowledgeHandoverLedger(ledgerId: $id) { id } }`, { ...officer(), variables: { id: ledgers.monday } }));
    const after = (await allPages(2)).pages.flat().map((ledger) => ledger.id);
    expect(after).toEqual(byOne.filter((id) => id !== ledgers.monday));
  });

  it("should show another district none of these, the village officer and the clerk FORBIDDEN, and a forged cursor BAD_USER_INPUT", async () => {
    const other = dataOf(await platform.query<Page>(PAGE, { role: Role.DISTRICT_CASE_OFFICER, org: otherDistrict, variables: { first: 200 } }));
    expect(other.handoverLedgersToAcknowledge.edges.map((edge) => edge.node.id)).not.toContain(ledgers.tuesday);
    for (const caller of [{ role: Role.VILLAGE_OFFICER, org: office }, { role: Role.HOUSEHOLD_CLERK, org: office }]) {
      expect(errorCodes(await platform.query(PAGE, { ...caller, variables: { first: 1 } }))).toEqual(["FORBIDDEN"]);
    }
    const forged = Buffer.from("k:yesterday|not-a-key", "utf8").toString("base64url");
    expect(errorCodes(await platform.query(PAGE, { ...officer(), variables: { first: 1, after: forged } }))).toEqual(["BAD_USER_INPUT"]);
    expect(errorCodes(await platform.query(PAGE, { ...officer(), variables: { first: 0 } }))).toEqual(["BAD_USER_INPUT"]);
  });
});
