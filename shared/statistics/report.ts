import type { DataSource } from "typeorm";
import { CaseType, ChildCareCategory, ChildCareExclusionReason, OriginCountry, ReferralStatus, VaccinationReferralCondition, VisitDecision } from "../graphql/enums";
import { statisticsMinCell } from "./config";
import { AggregateColumn, COLUMN_OF, DeadlineOutcome, StatisticsDimension } from "./dimensions";
import type { StatisticsKey } from "./period";
import { StatisticsCell, StatisticsTable } from "./statistics.types";
import { suppressedTerms } from "./suppression";
import { aggregatesTableOf } from "./table";

/** One table of an agency's report: the metric's stored name and the columns it is kept by. */
export interface MetricSpec {
  readonly metric: string;
  /** The columns a caller may group this metric by. */
  readonly keptBy: readonly AggregateColumn[];
  /** Columns always broken down (a timeliness table is always by outcome). */
  readonly always?: readonly AggregateColumn[];
}

export type Coordinates = Partial<Record<AggregateColumn, string>>;

function cellOf(coordinates: Coordinates, count: number, suppressed: boolean): StatisticsCell {
  return Object.assign(new StatisticsCell(), {
    month: coordinates.month ?? null,
    area: coordinates.area ?? null,
    caseType: (coordinates.case_type as CaseType | undefined) ?? null,
    origin: (coordinates.origin as OriginCountry | undefined) ?? null,
    decision: (coordinates.decision as VisitDecision | undefined) ?? null,
    need: coordinates.need ?? null,
    unit: coordinates.unit ?? null,
    outcome: (coordinates.outcome as DeadlineOutcome | undefined) ?? null,
    status: (coordinates.status as ReferralStatus | undefined) ?? null,
    category: (coordinates.category as ChildCareCategory | undefined) ?? null,
    exclusionReason: (coordinates.reason as ChildCareExclusionReason | undefined) ?? null,
    caseState: coordinates.state ?? null,
    referralCondition: (coordinates.condition as VaccinationReferralCondition | undefined) ?? null,
    count: suppressed ? null : count,
    suppressed,
  });
}

/** The dimensions of the request this metric is kept by, and the columns they group on. */
function groupingOf(spec: MetricSpec, key: StatisticsKey): { groupedBy: StatisticsDimension[]; columns: AggregateColumn[] } {
  const groupedBy = key.groupBy.filter((dimension) => spec.keptBy.includes(COLUMN_OF[dimension]));
  const columns = [...new Set([...groupedBy.map((dimension) => COLUMN_OF[dimension]), ...(spec.always ?? [])])];
  return { groupedBy, columns };
}

/**
 * A11, issue #10: one table of the report, summed from the monthly aggregates (never from the rows:
 * at most months × breakdown rows are read), with its one-way totals and grand total, and then
 * suppressed as a whole: the cells and the totals are the terms, each total an equation.
 */
export async function readStatisticsTable(dataSource: DataSource, schema: string, spec: MetricSpec, key: StatisticsKey): Promise<StatisticsTable> {
  const { groupedBy, columns } = groupingOf(spec, key);
  const selected = columns.map((column) => `"${column}"`);
  const rows = (await dataSource.query(
    `SELECT ${[...selected, `sum("count")::int AS "count"`].join(", ")}
       FROM ${aggregatesTableOf(schema)}
      WHERE "metric" = $1 AND "month" >= $2 AND "month" <= $3
      ${selected.length > 0 ? `GROUP BY ${selected.join(", ")} ORDER BY ${selected.join(", ")}` : ""}`,
    [spec.metric, key.from.slice(0, 7), key.to.slice(0, 7)],
  )) as (Coordinates & { count: number })[];
  return Object.assign(new StatisticsTable(), { groupedBy, ...suppressedTable(rows, columns, statisticsMinCell()) });
}

/**
 * The cells (counts by `columns`), their one-way totals and grand total, suppressed as a whole: the
 * cells and the totals are the terms of suppression.ts, each total an equation over its terms.
 */
export function suppressedTable(
  rows: readonly (Coordinates & { count: number })[],
  columns: readonly AggregateColumn[],
  minCell: number,
): { cells: StatisticsCell[]; totals: StatisticsCell[]; total: StatisticsCell } {
  const cells = rows.filter((row) => row.count > 0);
  const values: number[] = cells.map((row) => row.count);
  const coordinates: Coordinates[] = cells.map((row) => Object.fromEntries(columns.map((column) => [column, row[column]])));
  const equations: { total: number; terms: number[] }[] = [];
  const grandTotal = values.length;
  values.push(cells.reduce((sum, row) => sum + row.count, 0));
  coordinates.push({});
  equations.push({ total: grandTotal, terms: cells.map((_, index) => index) });
  if (columns.length > 1) {
    // One-way totals: for each column, the sum over every other column, per value.
    for (const column of columns) {
      const byValue = new Map<string, number[]>();
      cells.forEach((row, index) => {
        const value = row[column] ?? "";
        const members = byValue.get(value);
        if (members === undefined) {
          byValue.set(value, [index]);
        } else {
          members.push(index);
        }
      });
      const marginals: number[] = [];
      for (const [value, members] of byValue) {
        const total = values.length;
        values.push(members.reduce((sum, member) => sum + values[member], 0));
        coordinates.push({ [column]: value });
        equations.push({ total, terms: members });
        marginals.push(total);
      }
      equations.push({ total: grandTotal, terms: marginals });
    }
  }
  const suppressed = suppressedTerms({ values, equations }, minCell);
  const published = values.map((value, index) => cellOf(coordinates[index], value, suppressed.has(index)));
  return { cells: published.slice(0, cells.length), totals: published.slice(cells.length + 1), total: published[grandTotal] };
}
