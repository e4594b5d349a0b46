import { randomUUID } from "crypto";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import { GENESIS_HASH } from "../../shared/audit/chain";
import { AuditCollector, AuditEntryInput } from "../../shared/audit/collector";
import { auditHashChecksQueries } from "../../shared/audit/hash-checks";
import { AUDIT_APPEND_ONLY_SQLSTATE, auditLogDropQueries, auditLogMigrationQueries } from "../../shared/audit/migration";
import { auditOperationIdQueries } from "../../shared/audit/operation-id";
import { queryAuditLog } from "../../shared/audit/query";
import { auditLogExists, VERIFY_PAGE_SIZE, verifyAuditChain } from "../../shared/audit/verify";
import { appendAuditEntries, AuditHeader } from "../../shared/audit/writer";
import { SubgraphDatabase } from "../../shared/db/datasource";
import { createTestDatabase, TestDatabase } from "../support/database";
import { AUDIT_TEST_SCHEMA, openAuditTestDatabase, withTriggersDisabled } from "./support";

const CHANGED = "audit_changed";
const REMOVED = "audit_removed";
const FORKED = "audit_forked";
const CONCURRENT = "audit_concurrent";
const LARGE = "audit_large";
const SCRATCH = "audit_scratch";
const CONCURRENT_REPLICAS = "audit_replicas";

function header(overrides: Partial<AuditHeader> = {}): AuditHeader {
  return {
    subject: "officer-001",
    role: "DISTRICT_CASE_OFFICER",
    org: "63000010",
    operationName: "CaseView",
    purpose: "home visit",
    readAt: new Date("2025-03-01T08:00:00.123Z"),
    ...overrides,
  };
}

function personEntry(personId: string, fields: string[] = ["name"]): AuditEntryInput {
  return { personId, entityType: "Person", entityId: personId, fields };
}

function errorCodeOf(error: unknown): unknown {
  return error instanceof GraphQLError ? error.extensions.code : undefined;
}

/** PDPA records of use (issue #4): append-only, hash-chained, batched per request, queryable. */
describe("audit log", () => {
  let database: TestDatabase;
  let subgraph: SubgraphDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    subgraph = await openAuditTestDatabase(database.engine, [CHANGED, REMOVED, FORKED, CONCURRENT, LARGE, SCRATCH, CONCURRENT_REPLICAS]);
    dataSource = subgraph.dataSource;
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  describe("append and read back", () => {
    const alice = randomUUID();
    const bob = randomUUID();

    beforeAll(async () => {
      await appendAuditEntries(dataSource, AUDIT_TEST_SCHEMA, header({ readAt: new Date("2025-03-01T08:00:00.123Z") }), [
        personEntry(alice, ["name", "birthDate"]),
        { personId: alice, entityType: "CareCase", entityId: "case-1", fields: ["status"] },
      ]);
      await appendAuditEntries(dataSource, AUDIT_TEST_SCHEMA, header({ readAt: new Date("2025-03-05T09:30:00.000Z"), purpose: null }), [personEntry(bob)]);
      await appendAuditEntries(
        dataSource,
        AUDIT_TEST_SCHEMA,
        header({ subject: "nurse-007", role: "HEALTH_NURSE", org: "HC-ZZ", operationName: null, readAt: new Date("2025-03-10T10:00:00.000Z") }),
        [personEntry(alice, ["mobilePhone"])],
      );
    });

    it("should write one row per entry with the request's header", async () => {
      const rows = await queryAuditLog(dataSource, AUDIT_TEST_SCHEMA, { personId: alice });
      expect(rows).toEqual([
        {
          id: "4",
          agency: AUDIT_TEST_SCHEMA,
          readAt: new Date("2025-03-10T10:00:00.000Z"),
          subject: "nurse-007",
          role: "HEALTH_NURSE",
          org: "HC-ZZ",
          personId: alice,
          entityType: "Person",
          entityId: alice,
          fields: ["mobilePhone"],
          operationName: null,
          purpose: "home visit",
          // Issue #11: a read the gateway named no operation id for keeps none.
          operationId: null,
        },
        expect.objectContaining({ id: "2", entityType: "CareCase", entityId: "case-1", fields: ["status"], readAt: new Date("2025-03-01T08:00:00.123Z") }),
        expect.objectContaining({ id: "1", entityType: "Person", fields: ["birthDate", "name"], operationName: "CaseView", purpose: "home visit" }),
      ]);
    });

    it("should find everything one user read in a period, newest first", async () => {
      const march = await queryAuditLog(dataSource, AUDIT_TEST_SCHEMA, {
        subject: "officer-001",
        from: new Date("2025-03-01T00:00:00Z"),
        to: new Date("2025-03-05T09:30:00.000Z"),
      });
      // `to` is exclusive: the read at exactly 09:30 belongs to the next period.
      expect(march.map((row) => row.id)).toEqual(["2", "1"]);
      const all = await queryAuditLog(dataSource, AUDIT_TEST_SCHEMA, { subject: "officer-001", first: 2 });
      expect(all.map((row) => [row.id, row.personId, row.purpose])).toEqual([
        ["3", bob, null],
        ["2", alice, "home visit"],
      ]);
      expect(await queryAuditLog(dataSource, AUDIT_TEST_SCHEMA, { personId: alice, subject: "nurse-007" })).toHaveLength(1);
    });

    it.each([
      ["neither personId nor subject", {}],
      ["an empty subject only", { subject: "" }],
      ["a personId that is not a UUID", { personId: "1 OR 1=1" }],
      ["a page larger than 500", { personId: randomUUID(), first: 501 }],
      ["a page of 0", { subject: "x", first: 0 }],
      ["a period that ends before it starts", { subject: "x", from: new Date("2025-02-01"), to: new Date("2025-01-01") }],
    ])("should reject a filter with %s as BAD_USER_INPUT", async (_label, filter) => {
      const failure = await queryAuditLog(dataSource, AUDIT_TEST_SCHEMA, filter).catch((error: unknown) => error);
      expect(errorCodeOf(failure)).toBe("BAD_USER_INPUT");
    });

    it("should verify the chain it wrote, starting from the genesis hash", async () => {
      expect(await verifyAuditChain(dataSource, AUDIT_TEST_SCHEMA)).toEqual({ rows: 4, ok: true, problems: [] });
      const [first] = (await dataSource.query(`SELECT "prev_hash" FROM "${AUDIT_TEST_SCHEMA}"."audit_log" ORDER BY "id" LIMIT 1`)) as { prev_hash: string }[];
      expect(first.prev_hash).toBe(GENESIS_HASH);
    });

    it.each([
      ["UPDATE", `UPDATE "${AUDIT_TEST_SCHEMA}"."audit_log" SET "fields" = '{name}'`],
      ["DELETE", `DELETE FROM "${AUDIT_TEST_SCHEMA}"."audit_log" WHERE "id" = 2`],
      ["TRUNCATE", `TRUNCATE "${AUDIT_TEST_SCHEMA}"."audit_log"`],
    ])("should refuse %s with the append-only error", async (_label, sql) => {
      const failure = await dataSource.query(sql).catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: AUDIT_APPEND_ONLY_SQLSTATE, table: "audit_log", schema: AUDIT_TEST_SCHEMA });
      expect(await verifyAuditChain(dataSource, AUDIT_TEST_SCHEMA)).toEqual({ rows: 4, ok: true, problems: [] });
    });

    const VALID_HEX = "0123456789abcdef".repeat(4);
    it.each([
      ["upper-case hex", "hash", VALID_HEX.toUpperCase()],
      ["63 characters", "hash", VALID_HEX.slice(1)],
      ["65 characters", "prev_hash", `${VALID_HEX}0`],
      ["a letter past f", "prev_hash", `${VALID_HEX.slice(1)}g`],
      ["a line break", "operation_id", `${VALID_HEX.slice(1)}\n`],
      ["64 characters, not all hex", "operation_id", `${VALID_HEX.slice(2)}é0`],
    ])("should refuse a %s %s with a check violation (the issue #13 checks, the rule of issue #4)", async (_label, column, value) => {
      const row: Record<string, string | null> = { prev_hash: VALID_HEX, hash: VALID_HEX, operation_id: null, [column]: value };
      const failure = await dataSource
        .query(
          `INSERT INTO "${AUDIT_TEST_SCHEMA}"."audit_log" ("id", "read_at", "subject", "role", "org", "person_id", "entity_type", "entity_id", "fields", "prev_hash", "hash", "operation_id") OVERRIDING SYSTEM VALUE
           VALUES (1000, now(), 's', 'r', 'o', NULL, 'Household', 'h', '{address}', $1, $2, $3)`,
          [row.prev_hash, row.hash, row.operation_id],
        )
        .catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: "23514", constraint: `audit_log_${column}_check` });
      expect((await verifyAuditChain(dataSource, AUDIT_TEST_SCHEMA)).rows).toBe(4);
    });

    it("should write nothing for a request without entries", async () => {
      expect(await appendAuditEntries(dataSource, AUDIT_TEST_SCHEMA, header(), [])).toEqual({ count: 0, lastHash: null });
      expect((await verifyAuditChain(dataSource, AUDIT_TEST_SCHEMA)).rows).toBe(4);
    });
  });

  describe("tampering", () => {
    const query = (sql: string, parameters?: unknown[]): Promise<unknown> => dataSource.query(sql, parameters);

    async function appendFive(schema: string): Promise<void> {
      for (let index = 0; index < 5; index += 1) {
        await appendAuditEntries(dataSource, schema, header({ readAt: new Date(Date.UTC(2025, 3, 1 + index)) }), [personEntry(randomUUID())]);
      }
      expect(await verifyAuditChain(dataSource, schema)).toEqual({ rows: 5, ok: true, problems: [] });
    }

    it("should report a row whose content was changed", async () => {
      await appendFive(CHANGED);
      await withTriggersDisabled(query, CHANGED, async () => {
        await query(`UPDATE "${CHANGED}"."audit_log" SET "fields" = ARRAY['name', 'idNumber'] WHERE "id" = 3`);
      });
      expect(await verifyAuditChain(dataSource, CHANGED)).toEqual({ rows: 5, ok: false, problems: [{ id: "3", kind: "changed" }] });
    });

    it("should report removed rows at the row after each hole, the first row included", async () => {
      await appendFive(REMOVED);
      await withTriggersDisabled(query, REMOVED, async () => {
        await query(`DELETE FROM "${REMOVED}"."audit_log" WHERE "id" IN (1, 3)`);
      });
      expect(await verifyAuditChain(dataSource, REMOVED)).toEqual({
        rows: 3,
        ok: false,
        problems: [
          { id: "2", kind: "removed" },
          { id: "4", kind: "removed" },
        ],
      });
    });

    it("should report a row chained to an earlier row than its predecessor as reordered", async () => {
      await appendFive(FORKED);
      const [second] = (await query(`SELECT "hash" FROM "${FORKED}"."audit_log" WHERE "id" = 2`)) as { hash: string }[];
      // A writer that bypassed the lock: a valid row of its own, linked to a stale head.
      await query(
        `INSERT INTO "${FORKED}"."audit_log" ("id", "read_at", "subject", "role", "org", "entity_type", "entity_id", "fields", "prev_hash", "hash")
         OVERRIDING SYSTEM VALUE VALUES (6, now(), 'x', 'AUDITOR', 'TAIPEI', 'Household', 'h-1', '{members}', $1, $2)`,
        [second.hash, "f".repeat(64)],
      );
      expect(await verifyAuditChain(dataSource, FORKED)).toEqual({
        rows: 6,
        ok: false,
        problems: [
          { id: "6", kind: "reordered" },
          { id: "6", kind: "changed" },
        ],
      });
    });
  });

  it("should keep one valid, gapless chain under 20 concurrent appends", async () => {
    const persons = Array.from({ length: 20 }, () => randomUUID());
    const results = await Promise.all(
      persons.map((personId, index) =>
        appendAuditEntries(dataSource, CONCURRENT, header({ subject: `user-${index}`, readAt: new Date(Date.UTC(2025, 4, 1, 0, 0, index)) }), [
          personEntry(personId, ["name"]),
          { personId, entityType: "Registration", entityId: `r-${index}`, fields: ["caseType", "registeredOn"] },
        ]),
      ),
    );
    expect(results.every((result) => result.count === 2)).toBe(true);
    expect(await verifyAuditChain(dataSource, CONCURRENT)).toEqual({ rows: 40, ok: true, problems: [] });
    const ids = (await dataSource.query(`SELECT "id"::text AS "id_text", "subject" FROM "${CONCURRENT}"."audit_log" ORDER BY "id"`)) as { id_text: string; subject: string }[];
    expect(ids.map((row) => row.id_text)).toEqual(Array.from({ length: 40 }, (_, index) => String(index + 1)));
    // Each request's rows stay together: the lock is held for the whole append.
    for (let index = 0; index < ids.length; index += 2) {
      expect(ids[index].subject).toBe(ids[index + 1].subject);
    }
  });

  it("should keep one valid chain when two processes (two DataSources) append in turn", async () => {
    // Each writer remembers the head it last wrote; the other's appends make that stale, which the
    // primary key catches before the chain could fork (writer.ts).
    const replica = await openAuditTestDatabase(database.engine, [CONCURRENT_REPLICAS]);
    try {
      const writers = [dataSource, replica.dataSource];
      for (let round = 0; round < 6; round += 1) {
        const writer = writers[round % 2];
        await appendAuditEntries(writer, CONCURRENT_REPLICAS, header({ subject: `writer-${round % 2}` }), [personEntry(randomUUID())]);
      }
      await Promise.all(
        Array.from({ length: 10 }, (_, index) => appendAuditEntries(writers[index % 2], CONCURRENT_REPLICAS, header(), [personEntry(randomUUID())])),
      );
      expect(await verifyAuditChain(dataSource, CONCURRENT_REPLICAS)).toEqual({ rows: 16, ok: true, problems: [] });
    } finally {
      await replica.dataSource.destroy();
    }
  });

  it("should chain a request larger than one INSERT and verify across pages", async () => {
    const entries = Array.from({ length: VERIFY_PAGE_SIZE + 1 }, (_, index) => ({
      personId: null,
      entityType: "Household",
      entityId: `h-${index}`,
      fields: ["address"],
    }));
    expect((await appendAuditEntries(dataSource, LARGE, header(), entries)).count).toBe(VERIFY_PAGE_SIZE + 1);
    await appendAuditEntries(dataSource, LARGE, header(), [personEntry(randomUUID())]);
    expect(await verifyAuditChain(dataSource, LARGE)).toEqual({ rows: VERIFY_PAGE_SIZE + 2, ok: true, problems: [] });
  });

  it("should normalise a person id and fields so the stored row verifies", async () => {
    const personId = randomUUID().toUpperCase();
    await appendAuditEntries(dataSource, SCRATCH, header(), [personEntry(personId, ["name", "birthDate", "name"])]);
    const [row] = await queryAuditLog(dataSource, SCRATCH, { personId });
    expect([row.personId, row.fields]).toEqual([personId.toLowerCase(), ["birthDate", "name"]]);
    expect((await verifyAuditChain(dataSource, SCRATCH)).ok).toBe(true);
    await expect(appendAuditEntries(dataSource, SCRATCH, header(), [personEntry("not-a-uuid")])).rejects.toThrow();
  });

  it("should store every row of one append as given: nulls beside values, and fields that an array literal must quote (issue #13)", async () => {
    const personId = randomUUID();
    const awkward = ['a"b', "c\\d", "e,f", "{g}", "NULL", " h "];
    const subject = 'officer "x", {y}\\z NULL';
    await appendAuditEntries(dataSource, SCRATCH, header({ subject, operationName: null, purpose: null }), [
      personEntry(personId, awkward),
      { personId: null, entityType: "Household", entityId: `household-of-${personId}`, fields: ["address"] },
      personEntry(personId, ["name"]),
    ]);
    const rows = await queryAuditLog(dataSource, SCRATCH, { personId });
    expect(rows.map((row) => [row.fields, row.subject, row.operationName, row.purpose]).sort()).toEqual(
      [
        [[...awkward].sort(), subject, null, null],
        [["name"], subject, null, null],
      ].sort(),
    );
    const [household] = (await dataSource.query(`SELECT "person_id", "fields" FROM "${SCRATCH}"."audit_log" WHERE "entity_id" = $1`, [`household-of-${personId}`])) as { person_id: string | null; fields: string[] }[];
    expect(household).toEqual({ person_id: null, fields: ["address"] });
    expect((await verifyAuditChain(dataSource, SCRATCH)).ok).toBe(true);
  });

  it("should keep the operation's id (issue #11) beside rows without one, in one valid chain", async () => {
    const personId = randomUUID();
    const operationId = "a".repeat(64);
    await appendAuditEntries(dataSource, SCRATCH, header(), [personEntry(personId, ["name"])]);
    await appendAuditEntries(dataSource, SCRATCH, header({ operationId }), [personEntry(personId, ["birthDate"])]);
    const rows = await queryAuditLog(dataSource, SCRATCH, { personId });
    expect(rows.map((row) => [row.fields, row.operationId])).toEqual([
      [["birthDate"], operationId],
      [["name"], null],
    ]);
    expect((await verifyAuditChain(dataSource, SCRATCH)).ok).toBe(true);
    // The id is covered by the row's hash: changed, the row no longer verifies.
    await withTriggersDisabled((sql, parameters) => dataSource.query(sql, parameters), SCRATCH, async () => {
      await dataSource.query(`UPDATE "${SCRATCH}"."audit_log" SET "operation_id" = $1 WHERE "operation_id" = $2`, ["b".repeat(64), operationId]);
    });
    expect((await verifyAuditChain(dataSource, SCRATCH)).problems.map((problem) => problem.kind)).toEqual(["changed"]);
  });

  it("should drop and recreate the table with the migration's queries", async () => {
    const run = async (queries: string[]): Promise<void> => {
      for (const sql of queries) {
        await dataSource.query(sql);
      }
    };
    await run(auditLogDropQueries(SCRATCH));
    expect(await auditLogExists(dataSource, SCRATCH)).toBe(false);
    await run([...auditLogMigrationQueries(SCRATCH), ...auditOperationIdQueries(SCRATCH), ...auditHashChecksQueries(SCRATCH)]);
    expect(await auditLogExists(dataSource, SCRATCH)).toBe(true);
    expect(await verifyAuditChain(dataSource, SCRATCH)).toEqual({ rows: 0, ok: true, problems: [] });
  });

  it("should dedupe reads and group them per person and object", () => {
    const collector = new AuditCollector();
    expect(collector.isEmpty()).toBe(true);
    const person = "5f0c7a57-0000-4000-8000-000000000001";
    collector.record({ personId: person, entityType: "Person", entityId: person, field: "name" });
    collector.record({ personId: person, entityType: "Person", entityId: person, field: "birthDate" });
    collector.record({ personId: person, entityType: "Person", entityId: person, field: "name" });
    collector.record({ personId: person, entityType: "CareCase", entityId: "c-1", field: "status" });
    collector.record({ personId: null, entityType: "Household", entityId: "h-1", field: "address" });
    expect(collector.isEmpty()).toBe(false);
    expect(collector.entries()).toEqual([
      { personId: person, entityType: "CareCase", entityId: "c-1", fields: ["status"] },
      { personId: null, entityType: "Household", entityId: "h-1", fields: ["address"] },
      { personId: person, entityType: "Person", entityId: person, fields: ["birthDate", "name"] },
    ]);
  });
});
