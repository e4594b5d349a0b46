import { shapingOperationCounts } from "../../gateway/shaping-operations";
import { UNIFIED_PERSON_QUERY } from "../../scripts/operations/unified-view";
import { startTestPlatform, TestPlatform } from "../support/platform";
import { districtOfHousehold } from "../support/scope-oracle";

const NAME_IF = `query NameIf($id: ID!, $withName: Boolean!) {
  person(id: $id) { id name @include(if: $withName) household { householdNumber } }
}`;

interface NameIf {
  person: { id: string; name?: string; household: { householdNumber: string } | null } | null;
}

/**
 * Issue #13 (gateway/shaping-operations.ts): the gateway shapes each answer from the operation it
 * built the first time it saw that document, not from one rebuilt per request — and the answers
 * stay what they were: the same data for the same query, and what the variables select for each
 * request (the operation is built before variables apply).
 */
describe("the gateway's shaping operations (issue #13)", () => {
  let platform: TestPlatform;
  let personId: string;
  /** A case officer of the person's own district, so the whole person is in scope. */
  let org: string | undefined;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 4, seed: "shaping-operations" });
    const person = platform.data.persons[0];
    personId = person.id;
    org = districtOfHousehold(platform.data, person.householdId);
  });

  afterAll(async () => {
    await platform.stop();
  });

  it("should build the unified view's operation once and answer the same data from it again", async () => {
    const first = await platform.query(UNIFIED_PERSON_QUERY, { org, variables: { id: personId } });
    const before = shapingOperationCounts();
    const second = await platform.query(UNIFIED_PERSON_QUERY, { org, variables: { id: personId } });
    const after = shapingOperationCounts();

    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({ person: expect.objectContaining({ id: personId }) });
    expect(second).toEqual(first);
    expect(after.built).toBe(before.built);
    expect(after.reused).toBe(before.reused + 1);
  });

  it("should apply each request's variables to the kept operation", async () => {
    const withName = await platform.query<NameIf>(NAME_IF, { org, variables: { id: personId, withName: true } });
    const built = shapingOperationCounts().built;
    const withoutName = await platform.query<NameIf>(NAME_IF, { org, variables: { id: personId, withName: false } });
    const again = await platform.query<NameIf>(NAME_IF, { org, variables: { id: personId, withName: true } });

    expect(withName.errors).toBeUndefined();
    expect(typeof withName.data?.person?.name).toBe("string");
    expect(withoutName.data?.person).toEqual({ id: personId, household: withName.data?.person?.household });
    expect(again).toEqual(withName);
    expect(shapingOperationCounts().built).toBe(built);
  });

  it("should build another operation for another document", async () => {
    const built = shapingOperationCounts().built;
    const response = await platform.query<NameIf>(NAME_IF.replace("NameIf", "NameIfAgain"), { org, variables: { id: personId, withName: false } });

    expect(response.errors).toBeUndefined();
    expect(response.data?.person?.id).toBe(personId);
    expect(shapingOperationCounts().built).toBe(built + 1);
  });
});
