import { SUBGRAPHS } from "../../scripts/platform/subgraphs";
import { openSubgraphDatabase, SubgraphDatabase } from "../../shared/db/datasource";
import { dateInMonth, instantInMonth, MONTHS_TO_REBUILD } from "../../shared/statistics/rebuild";
import { createTestDatabase, TestDatabase } from "../support/database";

/**
 * Issue #10, Scale: the rebuild finds a month's rows by a range on the column (an index serves it)
 * instead of formatting every row's month. The range must put each row in the month A11 counts it
 * in: the Taipei month for an instant (R2: UTC+8), the calendar month for a date. The months
 * expected are written here by hand from the instants, not computed by the code.
 */
const INSTANTS: readonly (readonly [string, string])[] = [
  // Taipei's 1 March begins at 16:00 UTC on 28 February.
  ["2027-02-28T15:59:59.999Z", "2027-02"],
  ["2027-02-28T16:00:00.000Z", "2027-03"],
  ["2027-03-31T15:59:59.999Z", "2027-03"],
  ["2027-03-31T16:00:00.000Z", "2027-04"],
  // The year's turn, and a leap February.
  ["2018-12-31T16:00:00.000Z", "2019-01"],
  ["2016-02-29T12:00:00.000Z", "2016-02"],
  ["2016-02-29T16:00:00.000Z", "2016-03"],
];

const DATES: readonly (readonly [string, string])[] = [
  ["2016-02-29", "2016-02"],
  ["2016-03-01", "2016-03"],
  ["2018-12-31", "2018-12"],
  ["2019-01-01", "2019-01"],
];

const MONTHS = ["2016-02", "2016-03", "2018-12", "2019-01", "2027-02", "2027-03", "2027-04"];

describe("the rebuild's month ranges (issue #10, A11, R2)", () => {
  let database: TestDatabase;
  let subgraph: SubgraphDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    const household = SUBGRAPHS.find((entry) => entry.definition.name === "household");
    if (household === undefined) {
      throw new Error("no household subgraph");
    }
    subgraph = await openSubgraphDatabase(database.engine, household.definition.database);
  });

  afterAll(async () => {
    await subgraph.dataSource.destroy();
    await database.drop();
  });

  it.each(INSTANTS)("should count the instant %s in the Taipei month %s, and in no other", async (instant, month) => {
    const rows = (await subgraph.dataSource.query(`SELECT "m"."month" FROM ${MONTHS_TO_REBUILD} WHERE ${instantInMonth(`$2::timestamptz`)}`, [MONTHS, instant])) as { month: string }[];
    expect(rows.map((row) => row.month)).toEqual([month]);
  });

  it.each(DATES)("should count the date %s in the month %s, and in no other", async (date, month) => {
    const rows = (await subgraph.dataSource.query(`SELECT "m"."month" FROM ${MONTHS_TO_REBUILD} WHERE ${dateInMonth(`$2::date`)}`, [MONTHS, date])) as { month: string }[];
    expect(rows.map((row) => row.month)).toEqual([month]);
  });

  it("should find no month for a row outside the months asked", async () => {
    const rows = (await subgraph.dataSource.query(`SELECT "m"."month" FROM ${MONTHS_TO_REBUILD} WHERE ${instantInMonth(`$2::timestamptz`)}`, [["2027-03"], "2027-02-28T15:59:59.999Z"])) as unknown[];
    expect(rows).toEqual([]);
  });
});
