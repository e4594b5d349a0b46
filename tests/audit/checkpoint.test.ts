import { generateKeyPairSync, randomUUID } from "crypto";
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { DataSource } from "typeorm";
import { hashRow } from "../../shared/audit/chain";
import { AuditCheckpoint, CheckpointSigner, keyIdOf, signCheckpoint } from "../../shared/audit/checkpoint";
import { CheckpointConfig } from "../../shared/audit/checkpoint-config";
import { auditCheckpointJob, CheckpointPassOutcome, runCheckpointPass } from "../../shared/audit/checkpoint-job";
import { CheckpointStore } from "../../shared/audit/checkpoint-store";
import { contentOf, StoredAuditRow } from "../../shared/audit/table";
import { verifyAuditChain } from "../../shared/audit/verify";
import { verifyAuditTrail } from "../../shared/audit/verify-checkpoint";
import { appendAuditEntries } from "../../shared/audit/writer";
import { SubgraphDatabase } from "../../shared/db/datasource";
import { createLogger } from "../../shared/logger";
import { FakeClock } from "../deadlines/support";
import { createTestDatabase, TestDatabase } from "../support/database";
import { openAuditTestDatabase, withTriggersDisabled } from "./support";

const INTACT = "checkpoint_intact";
const TRUNCATED = "checkpoint_truncated";
const EDITED = "checkpoint_edited";
const REWRITTEN = "checkpoint_rewritten";
const FORGED = "checkpoint_forged";
const ROTATED = "checkpoint_rotated";
const REPLICA_A = "checkpoint_replica_a";
const REPLICA_B = "checkpoint_replica_b";
const SCHEMAS = [INTACT, TRUNCATED, EDITED, REWRITTEN, FORGED, ROTATED, REPLICA_A, REPLICA_B];

const INTERVAL_MS = 15 * 60_000;

function newSigner(): CheckpointSigner {
  return generateKeyPairSync("ed25519");
}

/** Appends `count` rows, one request each, so row ids are 1…count in a fresh schema. */
async function appendRows(dataSource: DataSource, schema: string, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const personId = randomUUID();
    await appendAuditEntries(
      dataSource,
      schema,
      { subject: `officer-${index}`, role: "DISTRICT_CASE_OFFICER", org: "63000010", operationName: "CaseView", purpose: null, readAt: new Date("2025-03-01T08:00:00.000Z") },
      [{ personId, entityType: "Person", entityId: personId, fields: ["name"] }],
    );
  }
}

async function hashOfRow(dataSource: DataSource, schema: string, id: string): Promise<string> {
  const [{ hash }] = (await dataSource.query(`SELECT "hash" FROM "${schema}"."audit_log" WHERE "id" = $1::bigint`, [id])) as { hash: string }[];
  return hash;
}

function linesOf(store: CheckpointStore, agency: string): AuditCheckpoint[] {
  return readFileSync(store.fileOf(agency), "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as AuditCheckpoint);
}

/**
 * Issue #14: the chain head of each agency is signed into a store outside its database, so
 * `audit:verify` sees what the chain alone cannot — its newest rows deleted.
 */
describe("audit checkpoints", () => {
  let database: TestDatabase;
  let subgraph: SubgraphDatabase;
  let dataSource: DataSource;
  let folder: string;
  let store: CheckpointStore;
  const signer = newSigner();
  const clock = new FakeClock("2025-03-01T08:05:00.000Z");
  let config: CheckpointConfig;

  const pass = (schema: string, on: DataSource = dataSource): Promise<CheckpointPassOutcome> =>
    runCheckpointPass(on, { agency: schema.replace(/_/g, "-"), schema, config, now: clock.now });
  const verify = (schema: string, publicKeys = [signer.publicKey]) => verifyAuditTrail(dataSource, schema, schema.replace(/_/g, "-"), { store, publicKeys });

  beforeAll(async () => {
    database = await createTestDatabase();
    subgraph = await openAuditTestDatabase(database.engine, SCHEMAS);
    dataSource = subgraph.dataSource;
    folder = mkdtempSync(join(tmpdir(), "care-checkpoints-"));
    store = new CheckpointStore(folder);
    config = { store, signer, intervalMs: INTERVAL_MS };
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("should sign the head and verify an intact chain that went on growing after it", async () => {
    await appendRows(dataSource, INTACT, 5);
    const outcome = await pass(INTACT);
    expect(outcome.status).toBe("written");
    const [line] = linesOf(store, "checkpoint-intact");
    expect(line).toEqual({
      agency: "checkpoint-intact",
      sequence: "5",
      hash: await hashOfRow(dataSource, INTACT, "5"),
      time: "2025-03-01T08:05:00.000Z",
      keyId: keyIdOf(signer.publicKey),
      signature: expect.stringMatching(/^[A-Za-z0-9+/]{86}==$/),
    });
    await appendRows(dataSource, INTACT, 2);
    const verification = await verify(INTACT);
    expect(verification).toEqual({ rows: 7, ok: true, problems: [], checkpoint: { sequence: "5", time: "2025-03-01T08:05:00.000Z", keyId: keyIdOf(signer.publicKey) } });
  });

  it("should detect the newest rows deleted after a checkpoint, which the chain alone cannot", async () => {
    await appendRows(dataSource, TRUNCATED, 6);
    expect((await pass(TRUNCATED)).status).toBe("written");
    await withTriggersDisabled((sql) => dataSource.query(sql), TRUNCATED, async () => {
      await dataSource.query(`DELETE FROM "${TRUNCATED}"."audit_log" WHERE "id" > 3`);
    });
    expect(await verifyAuditChain(dataSource, TRUNCATED)).toEqual({ rows: 3, ok: true, problems: [] });
    const verification = await verify(TRUNCATED);
    expect(verification.ok).toBe(false);
    expect(verification.problems).toEqual([{ id: "4", kind: "truncated" }]);
  });

  it("should name an edited row before the checkpoint", async () => {
    await appendRows(dataSource, EDITED, 6);
    expect((await pass(EDITED)).status).toBe("written");
    await withTriggersDisabled((sql) => dataSource.query(sql), EDITED, async () => {
      await dataSource.query(`UPDATE "${EDITED}"."audit_log" SET "subject" = 'someone-else' WHERE "id" = 3`);
    });
    const verification = await verify(EDITED);
    expect(verification.ok).toBe(false);
    expect(verification.problems).toEqual([{ id: "3", kind: "changed" }]);
  });

  it("should detect a chain re-hashed from an edited row on, consistent in itself", async () => {
    await appendRows(dataSource, REWRITTEN, 6);
    expect((await pass(REWRITTEN)).status).toBe("written");
    // A forger with the database owner's rights edits row 3 and recomputes every hash after it.
    await withTriggersDisabled((sql) => dataSource.query(sql), REWRITTEN, async () => {
      await dataSource.query(`UPDATE "${REWRITTEN}"."audit_log" SET "subject" = 'someone-else' WHERE "id" = 3`);
      const rows = (await dataSource.query(
        `SELECT "id"::text AS "id", "read_at", "subject", "role", "org", "person_id", "entity_type", "entity_id", "fields", "operation_name", "purpose", "operation_id", "prev_hash", "hash"
           FROM "${REWRITTEN}"."audit_log" AS "log" ORDER BY "log"."id"`,
      )) as StoredAuditRow[];
      let previous = rows[1].hash;
      for (const row of rows.slice(2)) {
        const hash = hashRow(previous, contentOf(row));
        await dataSource.query(`UPDATE "${REWRITTEN}"."audit_log" SET "prev_hash" = $1, "hash" = $2 WHERE "id" = $3::bigint`, [previous, hash, row.id]);
        previous = hash;
      }
    });
    expect((await verifyAuditChain(dataSource, REWRITTEN)).ok).toBe(true);
    expect((await verify(REWRITTEN)).problems).toEqual([{ id: "6", kind: "rewritten" }]);
  });

  it("should refuse a checkpoint that is edited, signed by another key, or another agency's", async () => {
    await appendRows(dataSource, FORGED, 4);
    expect((await pass(FORGED)).status).toBe("written");
    const [genuine] = linesOf(store, "checkpoint-forged");
    expect((await verify(FORGED)).ok).toBe(true);

    const forged = (id: string, reason: RegExp) => [{ id, kind: "forged", reason: expect.stringMatching(reason) }];
    // Moved back to hide a deleted tail: the signature no longer matches.
    store.append({ ...genuine, sequence: "2", hash: await hashOfRow(dataSource, FORGED, "2") });
    expect((await verify(FORGED)).problems).toEqual(forged("2", /signature does not match/));

    // Signed, but by a key the verifier does not hold (keyId told the truth or not).
    const intruder = newSigner();
    const byIntruder = signCheckpoint(intruder, { agency: "checkpoint-forged", sequence: "2", hash: genuine.hash, time: genuine.time });
    store.append(byIntruder);
    expect((await verify(FORGED)).problems).toEqual(forged("2", new RegExp(`key ${keyIdOf(intruder.publicKey)}, which is not one of the configured`)));
    store.append({ ...byIntruder, keyId: genuine.keyId });
    expect((await verify(FORGED)).problems).toEqual(forged("2", /signature does not match/));

    // A genuine checkpoint of another agency copied into this one's file.
    const [intact] = linesOf(store, "checkpoint-intact");
    appendFileSync(store.fileOf("checkpoint-forged"), `${JSON.stringify(intact)}\n`);
    expect((await verify(FORGED)).problems).toEqual(forged("5", /^a checkpoint of checkpoint-intact, not of checkpoint-forged$/));
    store.append({ ...intact, agency: "checkpoint-forged" });
    expect((await verify(FORGED)).problems).toEqual(forged("5", /signature does not match/));

    // The genuine one appended again is trusted again.
    store.append(genuine);
    expect((await verify(FORGED)).ok).toBe(true);
    // And it is refused by a verifier that holds another public key.
    expect((await verify(FORGED, [intruder.publicKey])).problems).toEqual(forged("4", /not one of the configured public keys/));
  });

  it("should verify across a key rotation with the old and new public keys, and name the key that signed", async () => {
    const rotatedTo = newSigner();
    await appendRows(dataSource, ROTATED, 3);
    expect((await pass(ROTATED)).status).toBe("written");
    // The operator rotates the signing key mid-chain: the next interval signs with the new one.
    config = { ...config, signer: rotatedTo };
    try {
      await appendRows(dataSource, ROTATED, 2);
      clock.set("2025-03-01T08:20:00.000Z");
      expect((await pass(ROTATED)).status).toBe("written");
    } finally {
      config = { ...config, signer };
      clock.set("2025-03-01T08:05:00.000Z");
    }
    const lines = linesOf(store, "checkpoint-rotated");
    expect(lines.map((line) => [line.sequence, line.keyId])).toEqual([
      ["3", keyIdOf(signer.publicKey)],
      ["5", keyIdOf(rotatedTo.publicKey)],
    ]);

    const both = [signer.publicKey, rotatedTo.publicKey];
    expect(await verify(ROTATED, both)).toEqual({ rows: 5, ok: true, problems: [], checkpoint: { sequence: "5", time: "2025-03-01T08:20:00.000Z", keyId: keyIdOf(rotatedTo.publicKey) } });
    // A checkpoint of the old key, still in the set, is trusted too (an agency not rotated yet).
    store.append(lines[0]);
    expect((await verify(ROTATED, both)).checkpoint).toEqual({ sequence: "3", time: "2025-03-01T08:05:00.000Z", keyId: keyIdOf(signer.publicKey) });
    // The new key's checkpoint against a verifier that was only given the old key: refused, saying why.
    store.append(lines[1]);
    const oldOnly = await verify(ROTATED);
    expect(oldOnly.ok).toBe(false);
    expect(oldOnly.problems).toEqual([
      { id: "5", kind: "forged", reason: `signed by key ${keyIdOf(rotatedTo.publicKey)}, which is not one of the configured public keys (${keyIdOf(signer.publicKey)})` },
    ]);
  });

  it("should write one checkpoint per agency per interval with two replicas passing at once", async () => {
    await appendRows(dataSource, REPLICA_A, 3);
    await appendRows(dataSource, REPLICA_B, 2);
    // On PostgreSQL a second DataSource is a second replica (its own pool); on PGlite it shares the one session.
    const second = await openAuditTestDatabase(database.engine, SCHEMAS);
    try {
      const job = auditCheckpointJob(second.dataSource, { agency: "checkpoint-replica-a", schema: REPLICA_A, config, now: clock.now }, createLogger("test"));
      const round = async (): Promise<void> => {
        await Promise.all([pass(REPLICA_A), job.runOnce(), pass(REPLICA_B), pass(REPLICA_B, second.dataSource), pass(REPLICA_A, second.dataSource)]);
      };
      clock.set("2025-03-01T09:00:00.000Z");
      await round();
      clock.set("2025-03-01T09:14:59.999Z");
      await round();
      expect(linesOf(store, "checkpoint-replica-a").map((line) => [line.sequence, line.time])).toEqual([["3", "2025-03-01T09:00:00.000Z"]]);
      expect(linesOf(store, "checkpoint-replica-b").map((line) => [line.sequence, line.time])).toEqual([["2", "2025-03-01T09:00:00.000Z"]]);

      // The next interval: a new head for A; B unchanged is signed again (the store shows the job is alive).
      await appendRows(dataSource, REPLICA_A, 1);
      clock.set("2025-03-01T09:15:00.000Z");
      await round();
      clock.set("2025-03-01T09:29:00.000Z");
      await round();
      expect(linesOf(store, "checkpoint-replica-a").map((line) => [line.sequence, line.time])).toEqual([
        ["3", "2025-03-01T09:00:00.000Z"],
        ["4", "2025-03-01T09:15:00.000Z"],
      ]);
      expect(linesOf(store, "checkpoint-replica-b").map((line) => [line.sequence, line.time])).toEqual([
        ["2", "2025-03-01T09:00:00.000Z"],
        ["2", "2025-03-01T09:15:00.000Z"],
      ]);
    } finally {
      await second.dataSource.destroy();
    }
  });

  it("should not anchor an agency whose chain is still empty", async () => {
    const outcome = await runCheckpointPass(dataSource, { agency: "checkpoint-empty", schema: "audit_test", config, now: clock.now });
    expect(outcome).toEqual({ status: "skipped", reason: "empty" });
    expect(store.last("checkpoint-empty")).toBeNull();
  });
});
