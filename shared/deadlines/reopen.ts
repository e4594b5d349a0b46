import type { EntityManager } from "typeorm";
import type { DeadlineSubject } from "./rule";
import { FINISHED_STATES } from "./state";
import { deadlinesTableOf, stateList } from "./table";

/**
 * A step that happens again on the same subject (issue #8, A6: a case returned for correction is
 * acknowledged again when it comes back corrected; a form may be returned more than once). The
 * model keeps one row per subject and step (deadlines_one_per_step: what makes a retried intake's
 * `open` idempotent), so the finished round is set aside first: its subject id gets the row's own id
 * appended (`<id>@<row>`), which no loader, inbox, pass or recompute reads, while its breach record
 * (keyed by the row's id) stays as written, for the statistics. A round still open is left alone:
 * the `open` that follows answers it unchanged, so reopening twice is opening once.
 */
export async function setFinishedRoundAside(manager: Pick<EntityManager, "query">, schema: string, subject: DeadlineSubject, step: string): Promise<void> {
  await manager.query(
    `UPDATE ${deadlinesTableOf(schema)} SET "subject_id" = "subject_id" || '@' || "id"::text
      WHERE "subject_type" = $1 AND "subject_id" = $2 AND "step" = $3 AND "state" IN (${stateList(FINISHED_STATES)})`,
    [subject.type, subject.id, step],
  );
}
