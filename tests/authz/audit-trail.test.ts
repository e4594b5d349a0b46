import { UNIFIED_PERSON_QUERY } from "../../scripts/operations/unified-view";
import { verifyAuditChain } from "../../shared/audit/verify";
import { Role } from "../../shared/auth/roles";
import { createReferredCase, ReferredCase } from "../support/case-fixture";
import { errorCodes } from "../support/graphql";
import { startTestPlatform, TestPlatform } from "../support/platform";

interface AuditRow {
  agency: string;
  subject: string;
  role: string;
  personId: string | null;
  entityType: string;
  fields: string[];
  purpose: string | null;
  operationName: string | null;
}

const AGENCIES = ["household", "district", "social", "health"];

const VARIABLE_TYPES: Readonly<Record<string, string>> = { personId: "ID", subject: "String", from: "DateTimeISO", to: "DateTimeISO" };

function auditQuery(filter: string): string {
  const fields = "agency subject role org personId entityType entityId fields operationName purpose readAt";
  const used = Object.keys(VARIABLE_TYPES).filter((name) => filter.includes(`$${name}`));
  return `query Audit(${used.map((name) => `$${name}: ${VARIABLE_TYPES[name]}`).join(", ")}) {
    ${AGENCIES.map((agency) => `${agency}: ${agency}AuditLog(filter: ${filter}) { ${fields} }`).join("\n")}
  }`;
}

/** Issue #4: records of use, kept by each agency, read by the auditor across all of them. */
describe("the audit trail", () => {
  let platform: TestPlatform;
  let fixture: ReferredCase;
  const reader = "officer-who-reads";
  let started: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 20, seed: "audit-trail" });
    fixture = await createReferredCase(platform, "63000050", "文北里", "audit-case");
    started = new Date(Date.now() - 1000).toISOString();
    const { tokenFor } = await import("../support/tokens");
    const read = await platform.query(UNIFIED_PERSON_QUERY, {
      token: await tokenFor(Role.DISTRICT_CASE_OFFICER, "63000050", reader),
      variables: { id: fixture.immigrant.id },
      headers: { "x-purpose": "case review" },
    });
    expect(read.errors).toBeUndefined();
  });

  afterAll(async () => {
    await platform.stop();
  });

  it("should let the auditor see who read what of one person, in every agency, with the purpose", async () => {
    const response = await platform.query<Record<string, AuditRow[]>>(auditQuery("{ personId: $personId }"), {
      role: Role.AUDITOR,
      variables: { personId: fixture.immigrant.id },
    });
    expect(response.errors).toBeUndefined();
    const byReader = (agency: string) => (response.data?.[agency] ?? []).filter((row) => row.subject === reader);
    expect(byReader("household")).toContainEqual(
      expect.objectContaining({ role: "DISTRICT_CASE_OFFICER", entityType: "Person", purpose: "case review", fields: expect.arrayContaining(["idNumber", "name"]) }),
    );
    expect(byReader("district")).toContainEqual(expect.objectContaining({ entityType: "VisitRecord", fields: expect.arrayContaining(["visitedPersonName"]) }));
    expect(byReader("social")).toContainEqual(expect.objectContaining({ entityType: "SocialReferral", personId: fixture.immigrant.id }));
    expect(byReader("health")).toContainEqual(expect.objectContaining({ entityType: "HealthReferral", personId: fixture.immigrant.id }));
  });

  it("should let the auditor see everything one user read in a period", async () => {
    const response = await platform.query<Record<string, AuditRow[]>>(auditQuery("{ subject: $subject, from: $from, to: $to }"), {
      role: Role.AUDITOR,
      variables: { subject: reader, from: started, to: new Date(Date.now() + 60_000).toISOString() },
    });
    expect(response.errors).toBeUndefined();
    for (const agency of AGENCIES) {
      expect((response.data?.[agency] ?? []).length).toBeGreaterThan(0);
      expect(response.data?.[agency].every((row) => row.subject === reader)).toBe(true);
    }
    const before = await platform.query<Record<string, AuditRow[]>>(auditQuery("{ subject: $subject, to: $to }"), {
      role: Role.AUDITOR,
      variables: { subject: reader, to: started },
    });
    expect(AGENCIES.map((agency) => before.data?.[agency].length)).toEqual([0, 0, 0, 0]);
  });

  it("should audit the auditor: every record of use it reads is itself recorded, with the person and the fields (issue #14)", async () => {
    const { tokenFor } = await import("../support/tokens");
    const auditor = await tokenFor(Role.AUDITOR, undefined, "auditor-who-is-audited");
    const seen = await platform.query<Record<string, { id: string }[]>>(
      `query Seen($personId: ID) { ${AGENCIES.map((agency) => `${agency}: ${agency}AuditLog(filter: { personId: $personId }) { id subject }`).join(" ")} }`,
      { token: auditor, variables: { personId: fixture.immigrant.id } },
    );
    expect(seen.errors).toBeUndefined();
    const ownReads = await platform.query<Record<string, AuditRow[]>>(auditQuery("{ subject: $subject }"), {
      role: Role.AUDITOR,
      variables: { subject: "auditor-who-is-audited" },
    });
    expect(ownReads.errors).toBeUndefined();
    for (const agency of AGENCIES) {
      const seenIds = (seen.data?.[agency] ?? []).map((row) => row.id);
      expect(seenIds.length).toBeGreaterThan(0);
      const recorded = (ownReads.data?.[agency] ?? []) as (AuditRow & { entityId: string })[];
      expect(recorded.map((row) => row.entityId).sort()).toEqual([...seenIds].sort());
      for (const row of recorded) {
        expect(row).toMatchObject({ role: "AUDITOR", entityType: "AuditEntry", personId: fixture.immigrant.id, fields: ["id", "subject"], operationName: expect.stringMatching(/^Seen/) });
      }
    }
  });

  it("should keep the auditor away from the personal data, and everyone else away from the log", async () => {
    const asAuditor = await platform.query<{ person: { name: string | null } | null }>(`query($id: ID!) { person(id: $id) { name } }`, {
      role: Role.AUDITOR,
      variables: { id: fixture.immigrant.id },
    });
    expect(errorCodes(asAuditor)).toContain("FORBIDDEN");
    expect(asAuditor.data?.person?.name ?? null).toBeNull();
    const asOfficer = await platform.query(auditQuery("{ personId: $personId }"), { variables: { personId: fixture.immigrant.id } });
    expect(new Set(errorCodes(asOfficer))).toEqual(new Set(["FORBIDDEN"]));
  });

  it("should refuse to change the log, and detect a row changed behind the trigger's back", async () => {
    const household = platform.platform.subgraphs.get("household")!.database.dataSource;
    expect((await verifyAuditChain(household, "household")).ok).toBe(true);
    await expect(household.query(`UPDATE "household"."audit_log" SET "subject" = 'someone-else'`)).rejects.toThrow();
    await expect(household.query(`DELETE FROM "household"."audit_log"`)).rejects.toThrow();

    await household.query(`ALTER TABLE "household"."audit_log" DISABLE TRIGGER USER`);
    const [{ id }] = (await household.query(`SELECT min("id")::text AS id FROM "household"."audit_log"`)) as { id: string }[];
    await household.query(`UPDATE "household"."audit_log" SET "subject" = 'someone-else' WHERE "id" = $1`, [id]);
    await household.query(`ALTER TABLE "household"."audit_log" ENABLE TRIGGER USER`);
    const verification = await verifyAuditChain(household, "household");
    expect(verification.ok).toBe(false);
    expect(verification.problems).toContainEqual(expect.objectContaining({ id, kind: "changed" }));
  });
});
