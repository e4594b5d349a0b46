import { DataSource } from "typeorm";
import { markInScope, onlyInScope, ScopeCondition } from "../../../shared/authz/row-scope";
import { badUserInput } from "../../../shared/errors";
import { Connection, decodeCursor, toConnection } from "../../../shared/graphql/connection";
import { CareCaseStatus } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { CareCase } from "../care-case/care-case.entity";
import { HandoverLedger } from "./handover-ledger.entity";

/** A ledger's place in the list: when it arrived, then its key (two can arrive in the same instant). */
function cursorKeyOf(ledger: HandoverLedger): string {
  return `${ledger.receivedAt.toISOString()}|${ledger.id}`;
}

function positionAfter(cursor: string): { at: Date; id: string } {
  const [at, id] = decodeCursor(cursor).split("|");
  const instant = new Date(at ?? "");
  if (Number.isNaN(instant.getTime()) || id === undefined) {
    throw badUserInput("The cursor is not one this API issued", "after");
  }
  return { at: instant, id: requireUuid(id, "after") };
}

/**
 * A4, issue #11: 人文課's 附件3 acknowledgement list, paged by ledger (oldest arrival first) — a
 * page holds whole ledgers, so one is never shown half-read as a list paged by case would. A
 * ledger is listed while any of its cases the caller may see still waits (HANDED_OVER): a case
 * corrected and handed over again (A6) brings its ledger back. Both row scopes apply: the ledger's
 * (ledgersOfDistrict) and, for the waiting case, the case's (casesOfDistrict).
 */
export async function listLedgersToAcknowledge(
  dataSource: DataSource,
  limit: number,
  after: string | undefined,
  scopes: { ledger: ScopeCondition; waitingCase: ScopeCondition },
): Promise<Connection<HandoverLedger>> {
  const waiting = onlyInScope(
    dataSource.getRepository(CareCase).createQueryBuilder("waiting").select("1").where("waiting.handoverLedgerId = ledger.id").andWhere("waiting.status = :waitingStatus", {
      waitingStatus: CareCaseStatus.HANDED_OVER,
    }),
    scopes.waitingCase,
  );
  const query = onlyInScope(dataSource.getRepository(HandoverLedger).createQueryBuilder("ledger"), scopes.ledger)
    .andWhere(`EXISTS (${waiting.getQuery()})`)
    .setParameters(waiting.getParameters());
  const totalCount = await query.clone().getCount();
  if (after !== undefined && after !== null) {
    const position = positionAfter(after);
    query.andWhere("(ledger.receivedAt, ledger.id) > (:afterAt, :afterId)", { afterAt: position.at, afterId: position.id });
  }
  const rows = markInScope(await query.orderBy("ledger.receivedAt", "ASC").addOrderBy("ledger.id", "ASC").limit(limit + 1).getMany());
  return toConnection(rows, limit, cursorKeyOf, totalCount);
}
