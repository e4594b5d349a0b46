import { randomUUID } from "crypto";
import type { DataSource } from "typeorm";
import { readAuthConfig } from "../../shared/auth/config";
import { Principal } from "../../shared/auth/principal";
import { Role } from "../../shared/auth/roles";
import { SubgraphDatabase } from "../../shared/db/datasource";
import { createOutboxDispatcher, OutboxDispatcher, OutboxDispatcherOptions } from "../../shared/outbox/dispatcher";
import { enqueue } from "../../shared/outbox/enqueue";
import { outboxStatus } from "../../shared/outbox/status";
import { requeueParked } from "../../shared/outbox/store";
import { createTestDatabase, TestDatabase } from "../support/database";
import { FakeClock, openSenderDatabase, RECEIVE_DOCUMENT, RECEIVE_OPERATION, TestReceiver } from "./support";

const SCHEMA = "outbox_test";
const auth = readAuthConfig();

/** 戶所承辦人 of 中正區 whose registration causes the hand-off. */
const CLERK: Principal = { subject: "clerk-0042", role: Role.HOUSEHOLD_CLERK, org: "63000050", villages: [] };

interface StoredRow {
  attempts: number;
  next_attempt_at: Date;
  delivered_at: Date | null;
  acknowledged_id: string | null;
  failed_at: Date | null;
  last_error_code: string | null;
}

/** D3 / issue #8: hand-offs written with the sender's change and delivered until acknowledged. */
describe("outbox", () => {
  let database: TestDatabase;
  let sender: SubgraphDatabase;
  let dataSource: DataSource;
  let clock: FakeClock;
  let receiver: TestReceiver;

  beforeAll(async () => {
    database = await createTestDatabase();
    sender = await openSenderDatabase(database.engine, SCHEMA);
    dataSource = sender.dataSource;
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  beforeEach(async () => {
    // Each test starts with an empty outbox, a clock of its own and a fresh receiver.
    await dataSource.query(`DELETE FROM "${SCHEMA}"."outbox"`);
    clock = new FakeClock("2025-03-03T01:00:00.000Z");
    receiver = new TestReceiver({ auth, clock, sender: "household" });
    await receiver.start();
  });

  afterEach(async () => {
    await receiver.stop();
  });

  function dispatcher(overrides: Partial<OutboxDispatcherOptions> = {}): OutboxDispatcher {
    return createOutboxDispatcher({
      dataSource,
      service: "household",
      serviceKeys: auth.serviceKeys ?? { configured: new Map() },
      gatewayUrl: receiver.url,
      audience: auth.audience,
      documents: { [RECEIVE_OPERATION]: RECEIVE_DOCUMENT },
      now: clock.now,
      // The test receiver verifies tokens on the same fake clock.
      signingNow: clock.now,
      ...overrides,
    });
  }

  /** Registers a note and its hand-off in one transaction, as a sender's service would. */
  async function registerWithHandOff(text: string, source: DataSource = dataSource): Promise<string> {
    return source.transaction(async (manager) => {
      await manager.query(`INSERT INTO "${SCHEMA}"."note" ("id", "text") VALUES ($1, $2)`, [randomUUID(), text]);
      return enqueue(
        manager,
        { kind: "test-hand-off", operation: RECEIVE_OPERATION, variables: (clientKey) => ({ input: { clientKey, note: text } }), actor: CLERK },
        { now: clock.now() },
      );
    });
  }

  async function rowOf(id: string): Promise<StoredRow> {
    const rows = (await dataSource.query(
      `SELECT "attempts", "next_attempt_at", "delivered_at", "acknowledged_id", "failed_at", "last_error_code" FROM "${SCHEMA}"."outbox" WHERE "id" = $1`,
      [id],
    )) as StoredRow[];
    return rows[0];
  }

  it("should leave nothing to deliver when the sender's transaction rolls back", async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await enqueue(manager, { kind: "test-hand-off", operation: RECEIVE_OPERATION, variables: (clientKey) => ({ input: { clientKey } }), actor: CLERK });
        throw new Error("the sender's change failed");
      }),
    ).rejects.toThrow("the sender's change failed");

    expect(await dispatcher().runOnce()).toEqual({ delivered: 0, retried: 0, parked: 0 });
    expect(receiver.posts.size).toBe(0);
    expect((await outboxStatus(dataSource, clock.now())).pending).toBe(0);
  });

  it("should refuse to enqueue outside a transaction", async () => {
    await expect(
      enqueue(dataSource.manager, { kind: "test-hand-off", operation: RECEIVE_OPERATION, variables: (clientKey) => ({ input: { clientKey } }), actor: CLERK }),
    ).rejects.toThrow(/inside the sender's transaction/);
  });

  it("should deliver a hand-off once, as the acting user through the sending service", async () => {
    const id = await registerWithHandOff("first registration");

    expect(await dispatcher().runOnce()).toEqual({ delivered: 1, retried: 0, parked: 0 });
    expect(await dispatcher().runOnce()).toEqual({ delivered: 0, retried: 0, parked: 0 });

    const intake = receiver.intakes.get(id);
    expect(intake?.input).toEqual({ clientKey: id, note: "first registration" });
    expect(intake?.principal).toEqual({ ...CLERK, actingService: "household" });
    expect(receiver.posts.get(id)).toBe(1);
    const row = await rowOf(id);
    expect(row.acknowledged_id).toBe(intake?.id);
    expect(row.attempts).toBe(1);
    expect(new Date(row.delivered_at ?? 0).toISOString()).toBe("2025-03-03T01:00:00.000Z");
  });

  it("should retry with exponential backoff while the receiver is down, then deliver once it is up", async () => {
    const id = await registerWithHandOff("while down");
    await receiver.stop();
    const outbox = dispatcher();

    expect(await outbox.runOnce()).toEqual({ delivered: 0, retried: 1, parked: 0 });
    let row = await rowOf(id);
    expect(row.last_error_code).toBe("NETWORK_ERROR");
    expect(new Date(row.next_attempt_at).toISOString()).toBe("2025-03-03T01:00:05.000Z");

    clock.advance(4_999);
    expect(await outbox.runOnce()).toEqual({ delivered: 0, retried: 0, parked: 0 });
    clock.advance(1);
    expect(await outbox.runOnce()).toEqual({ delivered: 0, retried: 1, parked: 0 });
    row = await rowOf(id);
    // Second failure: twice the first wait (5 s, then 10 s).
    expect(new Date(row.next_attempt_at).toISOString()).toBe("2025-03-03T01:00:15.000Z");

    await receiver.start();
    clock.advance(10_000);
    expect(await outbox.runOnce()).toEqual({ delivered: 1, retried: 0, parked: 0 });
    row = await rowOf(id);
    expect(row.attempts).toBe(3);
    expect(row.last_error_code).toBeNull();
    expect(receiver.posts.get(id)).toBe(1);
    expect(receiver.intakes.size).toBe(1);
  });

  it("should cap the backoff", async () => {
    const id = await registerWithHandOff("long outage");
    await receiver.stop();
    const outbox = dispatcher({ backoff: { baseMs: 1_000, capMs: 3_000 } });
    const waits: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await outbox.runOnce();
      const next = new Date((await rowOf(id)).next_attempt_at).getTime();
      waits.push(next - clock.now().getTime());
      clock.advance(next - clock.now().getTime());
    }
    expect(waits).toEqual([1_000, 2_000, 3_000, 3_000]);
  });

  it("should store one intake when the receiver answers 500 once and then OK", async () => {
    const id = await registerWithHandOff("flaky receiver");
    receiver.scripted.push({ status: 500 });
    const outbox = dispatcher();

    expect(await outbox.runOnce()).toEqual({ delivered: 0, retried: 1, parked: 0 });
    expect((await rowOf(id)).last_error_code).toBe("HTTP_500");
    clock.advance(5_000);
    expect(await outbox.runOnce()).toEqual({ delivered: 1, retried: 0, parked: 0 });

    expect(receiver.posts.get(id)).toBe(2);
    expect(receiver.intakes.size).toBe(1);
  });

  it("should retry SERVICE_UNAVAILABLE from the gateway", async () => {
    const id = await registerWithHandOff("receiver subgraph down");
    receiver.scripted.push({ code: "SERVICE_UNAVAILABLE" });
    const outbox = dispatcher();

    expect(await outbox.runOnce()).toEqual({ delivered: 0, retried: 1, parked: 0 });
    expect((await rowOf(id)).last_error_code).toBe("SERVICE_UNAVAILABLE");
    clock.advance(5_000);
    expect(await outbox.runOnce()).toEqual({ delivered: 1, retried: 0, parked: 0 });
  });

  it("should park a coded refusal with its code and not retry it, until an operator requeues it", async () => {
    const id = await registerWithHandOff("refused");
    receiver.scripted.push({ code: "BAD_USER_INPUT" });
    const outbox = dispatcher();

    expect(await outbox.runOnce()).toEqual({ delivered: 0, retried: 0, parked: 1 });
    const row = await rowOf(id);
    expect(row.last_error_code).toBe("BAD_USER_INPUT");
    expect(row.failed_at).not.toBeNull();
    clock.advance(24 * 60 * 60_000);
    expect(await outbox.runOnce()).toEqual({ delivered: 0, retried: 0, parked: 0 });
    expect(receiver.posts.get(id)).toBe(1);
    expect(await outboxStatus(dataSource, clock.now())).toEqual({
      pending: 0,
      inFlight: 0,
      delivered: 0,
      failed: 1,
      failedByCode: { BAD_USER_INPUT: 1 },
      oldestPendingSince: null,
    });

    expect(await requeueParked(dataSource, id, clock.now())).toBe(true);
    expect(await outbox.runOnce()).toEqual({ delivered: 1, retried: 0, parked: 0 });
    expect(receiver.intakes.get(id)?.input).toEqual({ clientKey: id, note: "refused" });
  });

  it.each(["FORBIDDEN", "CONFLICT", "NOT_FOUND", "GRAPHQL_VALIDATION_FAILED"])("should park a %s refusal", async (code) => {
    const id = await registerWithHandOff(`refused with ${code}`);
    receiver.scripted.push({ code });

    expect(await dispatcher().runOnce()).toEqual({ delivered: 0, retried: 0, parked: 1 });
    expect((await rowOf(id)).last_error_code).toBe(code);
  });

  it("should be refused by an intake that only household may call when another service delivers", async () => {
    const id = await registerWithHandOff("sent by the wrong service");

    expect(await dispatcher({ service: "district" }).runOnce()).toEqual({ delivered: 0, retried: 0, parked: 1 });
    expect((await rowOf(id)).last_error_code).toBe("FORBIDDEN");
    expect(receiver.intakes.size).toBe(0);
  });

  it("should park a row whose operation this build has no document for", async () => {
    const id = await registerWithHandOff("unknown operation");

    expect(await dispatcher({ documents: {} }).runOnce()).toEqual({ delivered: 0, retried: 0, parked: 1 });
    expect((await rowOf(id)).last_error_code).toBe("UNKNOWN_OPERATION");
    expect(receiver.posts.size).toBe(0);
  });

  it("should deliver each row once when two dispatchers run at the same time", async () => {
    const second = await openSenderDatabase(database.engine, SCHEMA);
    try {
      const ids: string[] = [];
      for (let index = 0; index < 20; index += 1) {
        ids.push(await registerWithHandOff(`row ${index}`));
      }
      const [first, other] = await Promise.all([dispatcher().runOnce(), dispatcher({ dataSource: second.dataSource }).runOnce()]);

      expect(first.delivered + other.delivered).toBe(20);
      expect(first.retried + other.retried + first.parked + other.parked).toBe(0);
      expect([...receiver.posts.values()]).toEqual(ids.map(() => 1));
      expect(receiver.maxConcurrentPerKey).toBe(1);
      expect((await outboxStatus(dataSource, clock.now())).delivered).toBe(20);
    } finally {
      await second.dataSource.destroy();
    }
  });

  it("should let the receiver's client key absorb a retry after a crash between its store and the sender's mark", async () => {
    const id = await registerWithHandOff("crash after send");
    let crash: (error: Error) => void = () => undefined;
    let stored: () => void = () => undefined;
    const receiverStored = new Promise<void>((resolve) => {
      stored = resolve;
    });
    // The first dispatcher's request reaches the receiver, which stores the intake; the answer
    // never comes back (the sender dies, or the connection drops) until the test says so.
    const dying = dispatcher({
      fetch: async (url, init) => {
        await fetch(url, init);
        stored();
        return new Promise<Response>((_resolve, reject) => {
          crash = reject;
        });
      },
    });
    const dyingRun = dying.runOnce();
    await receiverStored;
    expect(await outboxStatus(dataSource, clock.now())).toMatchObject({ pending: 0, inFlight: 1 });

    // Within the lease nobody else posts it; after the lease another replica does.
    const replica = dispatcher();
    expect(await replica.runOnce()).toEqual({ delivered: 0, retried: 0, parked: 0 });
    clock.advance(60_000);
    expect(await replica.runOnce()).toEqual({ delivered: 1, retried: 0, parked: 0 });

    // The first dispatcher's late failure cannot undo the delivery: its claim is no longer the row's.
    crash(new TypeError("fetch failed"));
    await dyingRun;
    const row = await rowOf(id);
    expect(row.acknowledged_id).toBe(receiver.intakes.get(id)?.id);
    expect(row.last_error_code).toBeNull();
    expect(receiver.posts.get(id)).toBe(2);
    expect(receiver.intakes.size).toBe(1);
  });

  it("should show the operator counts per state and the oldest pending hand-off", async () => {
    await registerWithHandOff("delivered");
    await dispatcher().runOnce();
    clock.advance(60_000);
    await registerWithHandOff("pending, older");
    clock.advance(60_000);
    await registerWithHandOff("pending, newer");

    expect(await outboxStatus(dataSource, clock.now())).toEqual({
      pending: 2,
      inFlight: 0,
      delivered: 1,
      failed: 0,
      failedByCode: {},
      oldestPendingSince: new Date("2025-03-03T01:01:00.000Z"),
    });
  });

  it("should deliver in its start/stop loop", async () => {
    const id = await registerWithHandOff("looped");
    const outbox = dispatcher();

    outbox.start(60_000);
    await outbox.stop();

    expect(receiver.intakes.has(id)).toBe(true);
    expect((await rowOf(id)).delivered_at).not.toBeNull();
  });
});
