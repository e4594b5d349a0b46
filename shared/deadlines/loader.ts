import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { DeadlineClock, nowOf } from "./config";
import { Deadline, presentDeadline } from "./deadline.type";
import { DEADLINE_COLUMNS, deadlineOf, DeadlineRow, deadlinesTableOf } from "./table";

/**
 * The deadlines of many subjects of one type in one statement (STYLE 3: `= ANY($2)`, served by the
 * unique (subject_type, subject_id, step) index), for an entity's `deadlines` field. Built per
 * request like the other loaders; the clock is read once per batch, so one response shows one instant.
 */
export function createDeadlineLoader(dataSource: DataSource, clock: DeadlineClock, subjectType: string): DataLoader<string, Deadline[]> {
  return new DataLoader(async (subjectIds: readonly string[]) => {
    const rows = (await dataSource.query(
      `SELECT ${DEADLINE_COLUMNS} FROM ${deadlinesTableOf(clock.schema)}
        WHERE "subject_type" = $1 AND "subject_id" = ANY($2::text[])
        ORDER BY "due_at", "id"`,
      [subjectType, [...subjectIds]],
    )) as DeadlineRow[];
    const now = nowOf(clock);
    const bySubject = new Map<string, Deadline[]>(subjectIds.map((id) => [id, []]));
    for (const row of rows) {
      bySubject.get(row.subject_id)?.push(presentDeadline(deadlineOf(row), now, clock.dueSoonWithinMs));
    }
    return subjectIds.map((id) => bySubject.get(id) ?? []);
  });
}
