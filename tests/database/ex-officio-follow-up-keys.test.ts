import { DataSource } from "typeorm";
import { generateNationalId } from "../../scripts/demo-data/identity";
import { SeededRandom } from "../../scripts/demo-data/random";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { Sex } from "../../shared/domain/enums";
import { ExOfficioFollowUpKeys1769705000000 } from "../../subgraphs/household/ex-officio/migrations/1769705000000-ex-officio-follow-up-keys";
import { dataOf, errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

const ZHONGZHENG = "63000050";
const clerk = { role: Role.HOUSEHOLD_CLERK, org: ZHONGZHENG };
const caseOfficer = { role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG };
const villageOfficer = { role: Role.VILLAGE_OFFICER, org: ZHONGZHENG };
const DISPATCH = "outbox-dispatch";
const taipei = (local: string): Date => new Date(`${local}+08:00`);

const REPLY = `mutation($input: ExOfficioFollowUpReplyInput!) { receiveExOfficioFollowUpReply(input: $input) { id } }`;

/**
 * Issue #12 (B2): an ex-officio record saved before migration 1769100000001 sent its follow-up
 * request to the district but kept no key (the column came with that migration, null for it), so
 * the district's reply was refused (BAD_USER_INPUT). Migration 1769705000000 gives it the key of
 * the request it sent; afterwards the district's reply, through its outbox, lands on the record.
 * The pre-migration record is made as it was then: saved by the office, its key column null, the
 * key migration not yet run.
 */
describe("the follow-up keys of ex-officio records saved before 1769100000001 (issue #12, B2)", () => {
  let platform: TestPlatform;
  let household: DataSource;
  let recordId = "";
  let knownId = "";
  let sentKey = "";

  const keyOf = async (id: string): Promise<string | null> =>
    ((await household.query(`SELECT "follow_up_request_key"::text AS "key" FROM "household"."ex_officio_records" WHERE "id" = $1`, [id])) as { key: string | null }[])[0].key;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10, seed: "ex-officio-keys" });
    household = platform.platform.subgraphs.get("household")!.database.dataSource;
    setFakeNow(taipei("2026-10-02T10:00:00"));
    const home = platform.data.households.find((candidate) => candidate.address.districtCode === ZHONGZHENG);
    const input = {
      child: { name: "林小安", sex: "FEMALE", birthDate: "2026-09-20", idNumber: generateNationalId(new SeededRandom("ex-officio-keys"), Sex.FEMALE, "A") },
      householdId: home?.id,
      motherName: "林美華",
      registeredOn: "2026-10-02",
      whereabouts: "UNKNOWN",
      leftCountry: false,
      contacts: [{ name: "林大同", relation: "外祖父", phone: "0912-345-678", address: "臺北市中正區重慶南路一段122號" }],
    };
    const RECORD = `mutation($input: ExOfficioBirthInput!) { recordExOfficioBirth(input: $input) { id } }`;
    recordId = dataOf(await platform.query<{ recordExOfficioBirth: { id: string } }>(RECORD, { ...clerk, variables: { input } })).recordExOfficioBirth.id;
    // A child whose whereabouts the office found: no request went out, so there is no key to take.
    const found = { ...input, child: { ...input.child, name: "林小樂", idNumber: generateNationalId(new SeededRandom("ex-officio-keys-known"), Sex.MALE, "A"), sex: "MALE" }, whereabouts: "KNOWN" };
    knownId = dataOf(await platform.query<{ recordExOfficioBirth: { id: string } }>(RECORD, { ...clerk, variables: { input: found } })).recordExOfficioBirth.id;
    // What the office sent the district then as now: the follow-up request, its outbox row's id the request's key.
    const [sent] = (await household.query(`SELECT "id"::text AS "id" FROM "household"."outbox" WHERE "kind" = 'follow-up-request' AND "payload" -> 'input' ->> 'requesterReference' = $1`, [recordId])) as {
      id: string;
    }[];
    sentKey = sent.id;
    await platform.runJob("household", DISPATCH);
    // The record as saved before 1769100000001: no key; and the key migration not yet run.
    await household.query(`UPDATE "household"."ex_officio_records" SET "follow_up_request_key" = NULL WHERE "id" = $1`, [recordId]);
    await household.query(`DELETE FROM "household"."migrations" WHERE "name" = 'ExOfficioFollowUpKeys1769705000000'`);
  });

  afterAll(async () => {
    setFakeNow(null);
    await platform.stop();
  });

  it("should refuse the district's reply to such a record before the migration, writing nothing", async () => {
    const { followUpRequests } = dataOf(await platform.query<{ followUpRequests: { edges: { node: { id: string } }[] } }>(`{ followUpRequests { edges { node { id } } } }`, caseOfficer));
    const probe = { clientKey: "probe-before-migration", exOfficioRecordId: recordId, followUpRequestId: followUpRequests.edges[0].node.id, followUpRequestKey: sentKey, met: true, followedUpOn: "2026-10-02" };
    expect(errorCodes(await platform.query(REPLY, { through: "district", ...caseOfficer, variables: { input: probe } }))).toEqual(["BAD_USER_INPUT"]);
    expect(await household.query(`SELECT count(*)::int AS "n" FROM "household"."ex_officio_follow_up_replies"`)).toEqual([{ n: 0 }]);
  });

  it("should give the record the key of the request it sent, once, and none to a record that sent none", async () => {
    expect(await household.runMigrations({ transaction: "each" })).toHaveLength(1);
    expect(await keyOf(recordId)).toBe(sentKey);
    expect(await keyOf(knownId)).toBeNull();
    // Run again (a replica, a re-deploy): nothing changes.
    const runner = household.createQueryRunner();
    try {
      await new ExOfficioFollowUpKeys1769705000000().up(runner);
    } finally {
      await runner.release();
    }
    expect(await keyOf(recordId)).toBe(sentKey);
  });

  it("should then take the district's reply through its outbox onto the record (B2)", async () => {
    setFakeNow(taipei("2026-10-05T10:00:00"));
    const { followUpRequests } = dataOf(await platform.query<{ followUpRequests: { edges: { node: { id: string } }[] } }>(`{ followUpRequests { edges { node { id } } } }`, caseOfficer));
    const followUpId = followUpRequests.edges[0].node.id;
    dataOf(
      await platform.query(`mutation($id: ID!) { assignFollowUpOfficer(followUpRequestId: $id, officerId: "test-village_officer", officerName: "里幹事王") { id } }`, { ...caseOfficer, variables: { id: followUpId } }),
    );
    const result = { followUpRequestId: followUpId, met: true, followedUpOn: "2026-10-05", whereabouts: "臺北市中正區外祖父家", note: "里幹事會見孩子與外祖父", officerName: "里幹事王" };
    dataOf(await platform.query(`mutation($input: FollowUpResultInput!) { recordFollowUpResult(input: $input) { id } }`, { ...villageOfficer, variables: { input: result } }));
    await platform.runJob("district", DISPATCH);
    const { exOfficioRecord } = dataOf(
      await platform.query<{ exOfficioRecord: { followUpReply: unknown } }>(`query($id: ID!) { exOfficioRecord(id: $id) { followUpReply { followUpRequestId met followedUpOn whereabouts note } } }`, {
        ...clerk,
        variables: { id: recordId },
      }),
    );
    expect(exOfficioRecord.followUpReply).toEqual({ followUpRequestId: followUpId, met: true, followedUpOn: "2026-10-05", whereabouts: "臺北市中正區外祖父家", note: "里幹事會見孩子與外祖父" });
  });
});
