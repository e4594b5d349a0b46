import { suppressedTable } from "../../shared/statistics/report";
import type { StatisticsCell } from "../../shared/statistics/statistics.types";

/**
 * Issue #10: small cells are suppressed, and the totals published beside them must not give them
 * back. The attack is the one a reader of a table can run: any total with exactly one unknown term
 * yields it (total minus the known terms); repeat until nothing more comes out.
 */
type Key = string;
const keyOf = (cell: StatisticsCell): Key => `${cell.area ?? "*"}|${cell.caseType ?? "*"}`;

/** Everything the published table lets one compute exactly, by single-unknown elimination. */
function recover(table: { cells: StatisticsCell[]; totals: StatisticsCell[]; total: StatisticsCell }): Map<Key, number> {
  const known = new Map<Key, number>();
  for (const cell of [...table.cells, ...table.totals, table.total]) {
    if (cell.count !== null) {
      known.set(keyOf(cell), cell.count);
    }
  }
  const areas = [...new Set(table.cells.map((cell) => cell.area ?? ""))];
  const types = [...new Set(table.cells.map((cell) => cell.caseType ?? ""))];
  const present = new Set(table.cells.map(keyOf));
  // Each equation: a total's key and its terms' keys (absent cells are known zeros, left out).
  const equations: [Key, Key[]][] = [
    ...areas.map((area): [Key, Key[]] => [`${area}|*`, types.map((type) => `${area}|${type}`).filter((key) => present.has(key))]),
    ...types.map((type): [Key, Key[]] => [`*|${type}`, areas.map((area) => `${area}|${type}`).filter((key) => present.has(key))]),
    ["*|*", areas.map((area) => `${area}|*`)],
    ["*|*", types.map((type) => `*|${type}`)],
    ["*|*", [...present]],
  ];
  let progress = true;
  while (progress) {
    progress = false;
    for (const [total, terms] of equations) {
      const members = [total, ...terms];
      const unknown = members.filter((member) => !known.has(member));
      if (unknown.length !== 1) {
        continue;
      }
      const termSum = terms.filter((term) => known.has(term)).reduce((sum, term) => sum + (known.get(term) ?? 0), 0);
      known.set(unknown[0], unknown[0] === total ? termSum : (known.get(total) ?? 0) - termSum);
      progress = true;
    }
  }
  return known;
}

describe("small-cell suppression (issue #10)", () => {
  // Offices × case types; 中正 has one adoption (a small cell) and 萬華 two deaths.
  const rows = [
    { area: "63000050", case_type: "MARRIAGE", count: 40 },
    { area: "63000050", case_type: "BIRTH", count: 25 },
    { area: "63000050", case_type: "ADOPTION", count: 1 },
    { area: "63000050", case_type: "DEATH", count: 9 },
    { area: "63000070", case_type: "MARRIAGE", count: 31 },
    { area: "63000070", case_type: "BIRTH", count: 12 },
    { area: "63000070", case_type: "DEATH", count: 2 },
    { area: "63000110", case_type: "MARRIAGE", count: 18 },
    { area: "63000110", case_type: "BIRTH", count: 7 },
    { area: "63000110", case_type: "DEATH", count: 5 },
  ];

  it("should publish counts of at least k and suppress smaller ones as null", () => {
    const table = suppressedTable(rows, ["area", "case_type"], 3);
    const adoption = table.cells.find((cell) => cell.area === "63000050" && cell.caseType === "ADOPTION");
    expect(adoption).toMatchObject({ count: null, suppressed: true });
    expect(table.cells.find((cell) => cell.area === "63000050" && cell.caseType === "MARRIAGE")).toMatchObject({ count: 40, suppressed: false });
    expect(table.total).toMatchObject({ count: 150, suppressed: false });
  });

  it("should not let a reader recover a suppressed cell from the row and column totals", () => {
    const table = suppressedTable(rows, ["area", "case_type"], 3);
    const recovered = recover(table);
    for (const [area, type, value] of [["63000050", "ADOPTION", 1], ["63000070", "DEATH", 2]] as const) {
      expect(recovered.get(`${area}|${type}`)).toBeUndefined();
      expect(value).toBeLessThan(3);
    }
    // Without the secondary suppression the same attack succeeds: the test's attack is a real one.
    const primaryOnly = recover({
      ...table,
      cells: table.cells.map((cell) => {
        const row = rows.find((each) => each.area === cell.area && each.case_type === cell.caseType);
        const count = row === undefined ? 0 : row.count;
        return { ...cell, count: count < 3 ? null : count, suppressed: count < 3 };
      }),
      totals: table.totals.map((cell) => ({ ...cell, count: cell.count ?? -1 })),
    });
    expect(primaryOnly.get("63000050|ADOPTION")).toBe(1);
  });

  it("should suppress a complementary cell in a one-way table, so the grand total does not give the small one back", () => {
    const table = suppressedTable([{ case_type: "BIRTH", count: 10 }, { case_type: "ADOPTION", count: 2 }, { case_type: "DEATH", count: 4 }], ["case_type"], 3);
    expect(table.cells.map((cell) => cell.count)).toEqual([10, null, null]);
    expect(table.total.count).toBe(16);
  });

  it("should publish every cell when k is 1", () => {
    const table = suppressedTable(rows, ["area", "case_type"], 1);
    expect(table.cells.every((cell) => !cell.suppressed)).toBe(true);
  });
});
