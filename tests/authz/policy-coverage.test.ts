import { readFileSync } from "fs";
import { GraphQLSchema } from "graphql";
import { renderAllAccess } from "../../scripts/access";
import { SUBGRAPHS } from "../../scripts/platform/subgraphs";
import { ROLES } from "../../shared/auth/roles";
import { fieldsWithoutPolicy, writeDeclarationProblems } from "../../shared/authz/enforce";
import { SubgraphPolicy, WriteDeclaration } from "../../shared/authz/policy";
import { postgresEngine } from "../../shared/db/engine";
import { runSubgraph } from "../../shared/subgraph/run";
import { readAccessTable } from "../support/access-table";

/**
 * Issue #4: adding a field without a policy entry fails the suite (and the subgraph refuses to
 * start); a field whose name says it holds personal data cannot be declared open; every grant
 * and scope names a real role and a real field.
 */
// Issue #12 (B5): the NHIA's dates of a child's insurance status are the child's health-insurance data.
const PERSONAL_NAMES = /(^name$|Name$|idNumber|birthDate|[Pp]hone|[Aa]ddress|email|fax|description|summary|mattersRaised|handling|officeRemarks|residenceCity|needsOther|householdNumber|uninsuredSince|nhiaListedOn|lastListedOn)/;
/** Names that look personal but are not: staff and office data, and a yes/no flag. */
const NOT_PERSONAL = new Set([
  "ConsentInquiry.clerkName",
  "ConsentInquiry.clerkPhone",
  // Issue #12 (B7): 附表4's 轉介人員 and 電話, the office's clerk.
  "TeenParentSurvey.clerkName",
  "TeenParentSurvey.clerkPhone",
  "ConsentInquiry.visitAddressIsHousehold",
  "HouseholdOffice.name",
  "HouseholdOffice.districtName",
  "SocialServiceRecord.socialWorkerName",
  "HealthServiceRecord.nurseName",
  "CivilAffairsServiceRecord.officerName",
  "OnwardReferral.targetName",
  "PartnerServiceRecord.officerName",
  "CareCase.assignedOfficerName",
  // Issue #9 (A8): the staff member who signed 附件4, as the paper form shows the seal.
  "VisitRecordSignature.signerName",
  // Issue #9, C1: the service directory names agencies and prints their public numbers and the
  // visit form's box texts; no person's data.
  "DirectoryAgency.name",
  "DirectoryAgency.phone",
  "DirectoryUnit.name",
  "DirectoryUnit.phone",
  "DirectoryCategory.name",
  "DirectoryVisitFormBox.description",
  "VisitFormBox.agencyName",
  "VisitFormBox.phone",
  "VisitFormBox.description",
]);

describe.each(SUBGRAPHS.map((entry) => [entry.definition.name, entry.definition] as const))("the %s policy", (_name, definition) => {
  it("should cover every field of the schema", async () => {
    const { schema } = await definition.buildSchema();
    expect(fieldsWithoutPolicy(schema, definition.policy)).toEqual([]);
  });

  it("should name only fields the schema has (no stale entries)", async () => {
    const { schema } = await definition.buildSchema();
    const stale = Object.entries(definition.policy.types).flatMap(([typeName, type]) => {
      const graphqlType = schema.getType(typeName);
      const fields = graphqlType !== undefined && "getFields" in graphqlType ? Object.keys(graphqlType.getFields()) : [];
      return [...type.open, ...Object.keys(type.personal)].filter((field) => !fields.includes(field)).map((field) => `${typeName}.${field}`);
    });
    const operations = Object.keys(definition.policy.operations).filter((operation) => {
      const [root, field] = operation.split(".");
      const rootType = root === "Query" ? schema.getQueryType() : schema.getMutationType();
      return rootType === null || rootType === undefined || rootType.getFields()[field] === undefined;
    });
    expect([...stale, ...operations]).toEqual([]);
  });

  it("should not declare a personal-looking field open", () => {
    const open = Object.entries(definition.policy.types).flatMap(([typeName, type]) =>
      type.open
        .filter((field) => PERSONAL_NAMES.test(field) && typeName !== "AuditEntry")
        .map((field) => `${typeName}.${field}`)
        .filter((field) => !NOT_PERSONAL.has(field)),
    );
    expect(open).toEqual([]);
  });

  // Issue #9 (C1): `needs` names two things. A referral's needs say what the family needs (they may
  // say DOMESTIC_VIOLENCE): personal, whatever the agency, a partner agency's Strings too. A
  // visit-form box's needs are the codes it offers, the directory's public data: open.
  it("should keep every referral's needs personal and a visit-form box's open", () => {
    const needs = Object.entries(definition.policy.types).filter(([typeName]) => /Referral$|VisitFormBox$/.test(typeName));
    for (const [typeName, type] of needs.filter(([, type]) => type.open.includes("needs") || "needs" in type.personal)) {
      expect({ typeName, open: type.open.includes("needs") }).toEqual({ typeName, open: typeName.endsWith("VisitFormBox") });
    }
  });

  it("should give a masker to every masked field and scopes only to readers", () => {
    for (const [typeName, type] of Object.entries(definition.policy.types)) {
      for (const [field, personal] of Object.entries(type.personal)) {
        const masksSome = Object.values(personal.access).includes("mask");
        expect({ field: `${typeName}.${field}`, hasMasker: !masksSome || personal.mask !== undefined }).toEqual({ field: `${typeName}.${field}`, hasMasker: true });
      }
      for (const role of Object.keys(definition.policy.rowScope[typeName] ?? {})) {
        expect(ROLES).toContain(role);
        expect(type.readers).toContain(role);
      }
      if (type.rowScoped) {
        expect(definition.policy.rowScope[typeName]).toBeDefined();
      }
    }
  });
});

/** The schema's mutations, read from the schema itself (not from the policy). */
function mutationsOf(schema: GraphQLSchema): string[] {
  const root = schema.getMutationType();
  return root === null || root === undefined ? [] : Object.keys(root.getFields()).map((name) => `Mutation.${name}`).sort();
}

/** What a usable declaration is (issue #7), written here rather than taken from `declarationProblem`. */
function usable(declaration: WriteDeclaration): boolean {
  const { target, actingOrg, ownRows } = declaration;
  if (ownRows !== undefined) {
    return target === undefined && actingOrg === undefined && ownRows.trim().length >= 10;
  }
  return (target !== undefined && typeof target.load === "function" && target.type.length > 0) || typeof actingOrg === "function";
}

function withoutWrite(policy: SubgraphPolicy, mutation: string): SubgraphPolicy {
  return { ...policy, writes: Object.fromEntries(Object.entries(policy.writes).filter(([declared]) => declared !== mutation)) };
}

/** A database that is never reached: the start-up check must refuse before opening it. */
const UNREACHABLE = postgresEngine("postgres://127.0.0.1:1/never-opened", 1);

/** Issue #7: writes fail closed, and the write declarations are covered like the reads. */
describe.each(SUBGRAPHS.map((entry) => [entry.definition.name, entry.definition] as const))("the %s write declarations", (name, definition) => {
  it("should declare what every mutation of the schema touches, and nothing the schema lacks", async () => {
    const { schema } = await definition.buildSchema();
    const mutations = mutationsOf(schema);
    expect(mutations.length).toBeGreaterThan(0);
    expect(Object.keys(definition.policy.writes).sort()).toEqual(mutations);
    expect(mutations.filter((mutation) => !usable(definition.policy.writes[mutation]))).toEqual([]);
    expect(writeDeclarationProblems(schema, definition.policy)).toEqual([]);
  });

  it("should show every mutation's declaration in the committed ACCESS.md", async () => {
    const { schema } = await definition.buildSchema();
    const table = readAccessTable(name);
    expect([...table.writes.keys()].sort()).toEqual(mutationsOf(schema));
    for (const [mutation, row] of table.writes) {
      expect({ mutation, declares: row.target !== "—" || row.actingOrg !== "—" || row.ownRows !== "—" }).toEqual({ mutation, declares: true });
    }
  });

  it("should refuse to start when any one mutation loses its declaration", async () => {
    const { schema } = await definition.buildSchema();
    for (const mutation of mutationsOf(schema)) {
      const crippled = { ...definition, policy: withoutWrite(definition.policy, mutation) };
      await expect(runSubgraph(crippled, { engine: UNREACHABLE, port: 0 })).rejects.toThrow(`${mutation}: no write declaration`);
    }
  });
});

/** Issue #7: the committed grant tables are what the code's policies render (CI also runs `npm run access -- --check`). */
describe("the committed ACCESS.md files", () => {
  it("should match the policies, so every change of who sees what is a reviewed diff", async () => {
    for (const { name, path, text } of await renderAllAccess()) {
      expect({ name, upToDate: readFileSync(path, "utf8") === text }).toEqual({ name, upToDate: true });
    }
  });
});
