import { randomUUID } from "crypto";
import { SignJWT } from "jose";
import { readAuthConfig } from "../../shared/auth/config";
import { Principal } from "../../shared/auth/principal";
import { Role } from "../../shared/auth/roles";
import { setFakeNow } from "../../shared/clock";
import { SubgraphDatabase } from "../../shared/db/datasource";
import { createOutboxDispatcher, OutboxDispatcher } from "../../shared/outbox/dispatcher";
import { enqueue, EnqueueOptions } from "../../shared/outbox/enqueue";
import { outboxStatus } from "../../shared/outbox/status";
import { createTestDatabase, TestDatabase } from "../support/database";
import { errorCodes, postGraphQL } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { FakeClock, openSenderDatabase } from "./support";

const SCHEMA = "district_outbox_test";
const auth = readAuthConfig();
const ZHONGZHENG = "63000050";

/** 區公所人文課 of 中正區, whose referral decision causes the hand-off to 衛生局 (A9). */
const OFFICER: Principal = { subject: "district-officer-0007", role: Role.DISTRICT_CASE_OFFICER, org: ZHONGZHENG, villages: [] };

const RECEIVE_HEALTH_REFERRAL = `mutation ReceiveHealthReferral($input: HealthReferralInput!) { receiveHealthReferral(input: $input) { id } }`;

/**
 * D3 / issue #8 through the real gateway: the gateway and the receiving subgraph both verify the
 * service token, the receiver's own policy applies to the acting user, and its intake is idempotent.
 */
describe("outbox delivery through the gateway", () => {
  let platform: TestPlatform;
  let senderDatabase: TestDatabase;
  let sender: SubgraphDatabase;
  let outbox: OutboxDispatcher;
  // The rows' clock: it starts at the real time once the platform is up and only ever moves forward
  // by hand (the service tokens are signed on the system clock, which the gateway verifies with).
  let clock: FakeClock;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 10 });
    clock = new FakeClock(new Date().toISOString());
    senderDatabase = await createTestDatabase();
    sender = await openSenderDatabase(senderDatabase.engine, SCHEMA);
    outbox = districtDispatcher(() => clock.now());
  });

  afterAll(async () => {
    await sender.dataSource.destroy();
    await senderDatabase.drop();
    await platform.stop();
  });

  /** The district's dispatcher; without `now`, the job's: rows fall due by the platform's clock. */
  function districtDispatcher(now?: () => Date): OutboxDispatcher {
    return createOutboxDispatcher({
      dataSource: sender.dataSource,
      service: "district",
      serviceKeys: auth.serviceKeys ?? { configured: new Map() },
      gatewayUrl: platform.gatewayUrl,
      audience: auth.audience,
      documents: { ReceiveHealthReferral: RECEIVE_HEALTH_REFERRAL },
      now,
    });
  }

  function referTo(input: Record<string, unknown>, options: EnqueueOptions = { now: clock.now() }): Promise<string> {
    return sender.dataSource.transaction((manager) =>
      enqueue(
        manager,
        {
          kind: "health-referral",
          operation: "ReceiveHealthReferral",
          variables: (clientKey) => ({
            input: { clientKey, careCaseId: randomUUID(), personId: randomUUID(), needs: ["NEWBORN_CARE"], referringDistrict: ZHONGZHENG, referredOn: "2025-03-03", ...input },
          }),
          actor: OFFICER,
        },
        options,
      ),
    );
  }

  async function storedRow(id: string): Promise<{ acknowledged_id: string | null; last_error_code: string | null }> {
    const rows = (await sender.dataSource.query(`SELECT "acknowledged_id", "last_error_code" FROM "${SCHEMA}"."outbox" WHERE "id" = $1`, [id])) as {
      acknowledged_id: string | null;
      last_error_code: string | null;
    }[];
    return rows[0];
  }

  it("should deliver the hand-off, stored by the receiver under the row's id as client key", async () => {
    const id = await referTo({});

    expect(await outbox.runOnce()).toEqual({ delivered: 1, retried: 0, parked: 0 });

    const { acknowledged_id: referralId } = await storedRow(id);
    const read = await platform.query<{ healthReferral: { id: string; healthCentreCode: string } | null }>(
      `query($id: ID!) { healthReferral(id: $id) { id healthCentreCode } }`,
      { role: Role.HEALTH_NURSE, org: ZHONGZHENG, variables: { id: referralId } },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.healthReferral).toEqual({ id: referralId, healthCentreCode: ZHONGZHENG });
  });

  it("should answer a repeat of a delivered hand-off with the same referral", async () => {
    const id = await referTo({});
    await outbox.runOnce();
    const first = await storedRow(id);
    // As after a crash between the receiver's store and the sender's mark: the row is due again.
    await sender.dataSource.query(
      `UPDATE "${SCHEMA}"."outbox" SET "delivered_at" = NULL, "acknowledged_id" = NULL, "next_attempt_at" = $2::timestamptz WHERE "id" = $1`,
      [id, clock.now().toISOString()],
    );

    expect(await outbox.runOnce()).toEqual({ delivered: 1, retried: 0, parked: 0 });
    expect((await storedRow(id)).acknowledged_id).toBe(first.acknowledged_id);
  });

  it("should park the receiver's coded refusals: another district's referral, and bad input", async () => {
    const otherDistrict = await referTo({ referringDistrict: "63000010" });
    const noNeeds = await referTo({ needs: [] });

    expect(await outbox.runOnce()).toEqual({ delivered: 0, retried: 0, parked: 2 });
    expect((await storedRow(otherDistrict)).last_error_code).toBe("FORBIDDEN");
    expect((await storedRow(noNeeds)).last_error_code).toBe("BAD_USER_INPUT");
    expect((await outboxStatus(sender.dataSource, clock.now())).failedByCode).toEqual({ BAD_USER_INPUT: 1, FORBIDDEN: 1 });
  });

  it("should refuse at the gateway a token whose act claim is signed with the users' key", async () => {
    const iat = Math.floor(Date.now() / 1000);
    const forged = await new SignJWT({ role: OFFICER.role, org: OFFICER.org, act: { sub: "service:district" } })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(OFFICER.subject)
      .setIssuer("service:district")
      .setAudience(auth.audience)
      .setIssuedAt(iat)
      .setExpirationTime(iat + 60)
      .setJti(randomUUID())
      .sign(new TextEncoder().encode(auth.sharedSecret));

    const response = await postGraphQL(platform.gatewayUrl, `{ __typename }`, { token: forged });
    expect(errorCodes(response)).toEqual(["UNAUTHENTICATED"]);
  });

  it("should deliver, at a fake today a year ahead, the hand-off written at it (D9: the platform's clock)", async () => {
    const platformClocked = districtDispatcher();
    setFakeNow(new Date(Date.now() + 365 * 24 * 3600 * 1000));
    try {
      const id = await referTo({}, {});

      expect(await platformClocked.runOnce()).toEqual({ delivered: 1, retried: 0, parked: 0 });
      expect((await storedRow(id)).acknowledged_id).not.toBeNull();
    } finally {
      setFakeNow(null);
    }
  });
});
