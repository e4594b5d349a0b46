import { DataSource } from "typeorm";
import { columnOf, selectPlain } from "../../shared/db/plain-rows";
import { Household } from "../../subgraphs/household/household/household.entity";
import { Person } from "../../subgraphs/household/person/person.entity";
import { startTestPlatform, TestPlatform } from "../support/platform";

/**
 * Issue #13: a page read with a one-to-many join (household's persons page reads each person with
 * their registrations) repeats the loaded row once per joined row; PlainQuery.limit counts the
 * loaded rows, so a page of N holds N of them, each with every one of its joined rows. The demo
 * data has no person in two registrations, so the test pages households, each with its members.
 */
describe("plain rows: a limit with a one-to-many join", () => {
  let platform: TestPlatform;
  let household: DataSource;

  beforeAll(async () => {
    platform = await startTestPlatform({ persons: 60, seed: "plain-rows-limit" });
    household = platform.platform.subgraphs.get("household")!.database.dataSource;
  });

  afterAll(async () => {
    await platform.stop();
  });

  it("should return the first N rows by ID, each with all of its joined rows", async () => {
    // The oracle: households of two or more persons, counted by SQL over the table.
    const expected = (await household.query(
      `SELECT p.household_id::text AS "id", count(*)::int AS "members" FROM "household"."persons" p WHERE p.household_id IS NOT NULL GROUP BY p.household_id HAVING count(*) >= 2 ORDER BY p.household_id LIMIT 4`,
    )) as { id: string; members: number }[];
    expect(expected.length).toBe(4);
    const rows = await selectPlain(household, Household, "scoped", {
      // All four match: the limit, not the condition, makes the page.
      where: `${columnOf(household, Household, "scoped", "id")} = ANY(:ids)`,
      params: { ids: expected.map((row) => row.id) },
      orderBy: [columnOf(household, Household, "scoped", "id")],
      limit: 3,
      joins: [
        {
          target: Person,
          alias: "joined",
          on: `${columnOf(household, Person, "joined", "householdId")} = ${columnOf(household, Household, "scoped", "id")}`,
          params: {},
          many: { orderBy: [columnOf(household, Person, "joined", "id")] },
        },
      ],
    });
    expect(rows.map((row) => [row.entity.id, row.joined[0].length])).toEqual(expected.slice(0, 3).map((row) => [row.id, row.members]));
  });
});
