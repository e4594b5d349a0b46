import { ROLES } from "../../shared/auth/roles";
import { fieldsWithoutPolicy } from "../../shared/authz/enforce";
import { SUBGRAPHS } from "../../scripts/platform/subgraphs";

/**
 * Issue #4: adding a field without a policy entry fails the suite (and the subgraph refuses to
 * start); a field whose name says it holds personal data cannot be declared open; every grant
 * and scope names a real role and a real field.
 */
const PERSONAL_NAMES = /(^name$|Name$|idNumber|birthDate|[Pp]hone|[Aa]ddress|email|fax|description|summary|mattersRaised|handling|decisionOther|needsOther|householdNumber)/;
/** Names that look personal but are not: staff and office data, and a yes/no flag. */
const NOT_PERSONAL = new Set([
  "ConsentInquiry.clerkName",
  "ConsentInquiry.clerkPhone",
  "ConsentInquiry.visitAddressIsHousehold",
  "HouseholdOffice.name",
  "HouseholdOffice.districtName",
  "SocialServiceRecord.socialWorkerName",
  "HealthServiceRecord.nurseName",
  "CareCase.assignedOfficerName",
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
