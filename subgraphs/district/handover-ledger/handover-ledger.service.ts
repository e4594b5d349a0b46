import { randomUUID } from "crypto";
import { DataSource, EntityManager, In } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { taipeiInstant } from "../../../shared/calendar/taipei-time";
import { now } from "../../../shared/clock";
import { requireClientKey } from "../../../shared/db/idempotent-intake";
import { isUniqueViolation } from "../../../shared/db/unique-violation";
import { District, findDistrict } from "../../../shared/domain/districts";
import { isNeighbourhoodNumber, isVillageOf } from "../../../shared/domain/villages";
import { badUserInput, conflict, notFound } from "../../../shared/errors";
import { CareCaseClosure, CareCaseStatus } from "../../../shared/graphql/enums";
import { requireUuid } from "../../../shared/graphql/ids";
import { optionalText, requiredText } from "../../../shared/validation/form-text";
import { CareCase } from "../care-case/care-case.entity";
import { moveCase } from "../care-case/care-case.transitions";
import { CARE_CASE_SUBJECT, districtDeadlines } from "../deadlines";
import { notifyCasesArrived } from "../inbox/district-notifications";
import { HandoverLedger } from "./handover-ledger.entity";
import { HandoverEntryInput, HandoverLedgerInput } from "./handover-ledger.input";

/** A 附件3 page has fifteen lines; a day's ledger of one office is far below this bound. */
const MAX_ENTRIES = 500;

export function requireDistrict(value: string, field: string): District {
  const district = findDistrict(value);
  if (district === undefined) {
    throw badUserInput("The district must be one of Taipei's 12 districts", field);
  }
  return district;
}

/** What a form of a ledger sets on its case (A2, A5), checked: the visit address is in the receiving district. */
export type EntryFields = Pick<CareCase, "consentInquiryId" | "personId" | "caseType" | "householdDistrictCode" | "village" | "neighbourhood" | "requestedMode">;

/** One form household sent (A4–A6), checked against the receiving district (A5); `field` names it for errors. */
export function entryFields(entry: HandoverEntryInput, field: string, receiving: District): EntryFields {
  const village = requiredText(entry.village, `${field}.village`, 20);
  if (requireDistrict(entry.visitDistrict, `${field}.visitDistrict`).code !== receiving.code) {
    throw badUserInput("Every form of a ledger has its visit address in the receiving district (A5)", `${field}.visitDistrict`);
  }
  if (!isVillageOf(receiving.code, village)) {
    throw badUserInput("village must be a 里 of the visit district (A2, A5)", `${field}.village`);
  }
  if (entry.neighbourhood !== undefined && entry.neighbourhood !== null && !isNeighbourhoodNumber(entry.neighbourhood)) {
    throw badUserInput("neighbourhood must be a 鄰 number", `${field}.neighbourhood`);
  }
  return {
    consentInquiryId: requireUuid(entry.consentInquiryId, `${field}.consentInquiryId`),
    personId: requireUuid(entry.personId, `${field}.personId`),
    caseType: entry.caseType,
    householdDistrictCode: requireDistrict(entry.householdDistrict, `${field}.householdDistrict`).code,
    village,
    neighbourhood: entry.neighbourhood ?? null,
    requestedMode: entry.requestedMode,
  };
}

/** A case of the ledger, from the entry household sent: the visit district receives it (A5). */
function caseOf(ledger: HandoverLedger, entry: HandoverEntryInput, index: number, receiving: District): CareCase {
  return Object.assign(new CareCase(), {
    ...entryFields(entry, `input.entries.${index}`, receiving),
    id: randomUUID(),
    // One key per form, derived from the ledger's: a retried ledger finds the same cases.
    clientKey: `${ledger.clientKey}:${index}`,
    handoverLedgerId: ledger.id,
    receivingOfficeCode: ledger.officeCode,
    visitDistrictCode: receiving.code,
    status: CareCaseStatus.HANDED_OVER,
    handedOverAt: ledger.handedOverAt,
    acknowledgedAt: null,
    assignedOfficerId: null,
    assignedOfficerName: null,
    closedOn: null,
    closure: null,
    returnReason: null,
    returnedAt: null,
    returnedBy: null,
    correctionKey: null,
    correctedAt: null,
  });
}

/** A retry is the same ledger: same id, office, district, date and count; anything else reused the key. */
function sameLedger(stored: HandoverLedger, sent: HandoverLedger): boolean {
  return (
    stored.id === sent.id &&
    stored.officeCode === sent.officeCode &&
    stored.receivingDistrictCode === sent.receivingDistrictCode &&
    stored.ledgerDate === sent.ledgerDate &&
    stored.formCount === sent.formCount
  );
}

async function storeLedger(manager: EntityManager, ledger: HandoverLedger, cases: CareCase[], appliedOn: readonly string[]): Promise<HandoverLedger> {
  await manager.save(ledger);
  const inquiries = cases.map((careCase) => careCase.consentInquiryId);
  if (new Set(inquiries).size !== inquiries.length) {
    throw badUserInput("A form appears twice in the ledger", "input.entries");
  }
  const live = await manager
    .getRepository(CareCase)
    .createQueryBuilder("careCase")
    .where("careCase.consentInquiryId = ANY(:inquiries)", { inquiries })
    .andWhere("careCase.closure IS DISTINCT FROM :returned", { returned: CareCaseClosure.RETURNED_TO_OFFICE })
    .getCount();
  if (live > 0) {
    throw conflict("A form of this ledger was already handed over");
  }
  // Issue #10: set-based, one statement per table for the whole ledger (same rows as one by one).
  await manager.insert(CareCase, cases);
  const subjects = cases.map((careCase) => ({ type: CARE_CASE_SUBJECT, id: careCase.id }));
  // A4: receipt is acknowledged before the visit (DEADLINE_RULES.ACKNOWLEDGEMENT); A2: the visit within 7 days of the application.
  await districtDeadlines.openMany(manager, "ACKNOWLEDGEMENT", subjects.map((subject) => ({ subject, startedAt: ledger.receivedAt })));
  await districtDeadlines.openMany(manager, "HOME_VISIT", subjects.map((subject, index) => ({ subject, startedAt: taipeiInstant(appliedOn[index], 0) })));
  // Issue #8: 人文課 hears of each case that arrives, in the intake's own transaction.
  await notifyCasesArrived(manager, cases, ledger.receivedAt);
  return ledger;
}

/**
 * D3/A4 (issue #8): intake of a 附件3 ledger delivered by household's subgraph (the policy admits only
 * its service token, acting for a clerk of the sending office). One transaction: the district's
 * ledger row, one care case per form, each case's acknowledgement and visit deadlines. Idempotent
 * by the client key (household's outbox row): a retry answers the ledger already stored; the same
 * key for another ledger, or a form already handed over under another ledger, is a CONFLICT.
 */
export async function receiveHandoverLedger(dataSource: DataSource, input: HandoverLedgerInput): Promise<HandoverLedger> {
  const clientKey = requireClientKey(input.clientKey);
  const receiving = requireDistrict(input.receivingDistrict, "input.receivingDistrict");
  // Issue #14: the remark is not kept, but text no form can hold (a NUL) is refused, not silently taken.
  optionalText(input.remark, "input.remark", 200);
  if (input.entries.length === 0 || input.entries.length > MAX_ENTRIES) {
    throw badUserInput(`A ledger lists 1 to ${MAX_ENTRIES} forms`, "input.entries");
  }
  const receivedAt = now();
  const ledger = Object.assign(new HandoverLedger(), {
    id: requireUuid(input.ledgerId, "input.ledgerId"),
    clientKey,
    officeCode: requireDistrict(input.office, "input.office").code,
    receivingDistrictCode: receiving.code,
    ledgerDate: input.ledgerDate,
    formCount: input.entries.length,
    handedOverAt: input.handedOverAt,
    receivedAt,
    acknowledgedBy: null,
    acknowledgedAt: null,
  });
  const cases = input.entries.map((entry, index) => caseOf(ledger, entry, index, receiving));
  const findStored = () => dataSource.getRepository(HandoverLedger).findOneBy({ clientKey });
  const answer = (stored: HandoverLedger): HandoverLedger => {
    if (!sameLedger(stored, ledger)) {
      throw conflict("This clientKey was already used for a different hand-off");
    }
    return stored;
  };
  const stored = await findStored();
  if (stored !== null) {
    return answer(stored);
  }
  try {
    return await dataSource.transaction((manager) => storeLedger(manager, ledger, cases, input.entries.map((entry) => entry.appliedOn)));
  } catch (error) {
    // A concurrent delivery of the same row won the insert race: answer with its ledger.
    const winner = isUniqueViolation(error) ? await findStored() : null;
    if (winner === null) {
      if (isUniqueViolation(error)) {
        throw conflict("A form of this ledger was already handed over");
      }
      throw error;
    }
    return answer(winner);
  }
}

/**
 * A4: 人文課's seal on the ledger: receipt of every form acknowledged at once, each case moves from
 * HANDED_OVER to OPEN and its acknowledgement deadline is met. The seal is set once; acknowledging
 * again changes nothing but the forms that came back corrected since (A6: a returned form is
 * HANDED_OVER again), which are acknowledged then, under the seal already on the ledger.
 */
export function acknowledgeHandoverLedger(dataSource: DataSource, principal: Principal, ledgerId: string): Promise<HandoverLedger> {
  return dataSource.transaction(async (manager) => {
    const ledger = await manager.getRepository(HandoverLedger).findOne({ where: { id: requireUuid(ledgerId, "ledgerId") }, lock: { mode: "pessimistic_write" } });
    if (ledger === null) {
      throw notFound("HandoverLedger");
    }
    const at = now();
    if (ledger.acknowledgedAt === null) {
      ledger.acknowledgedBy = principal.subject;
      ledger.acknowledgedAt = at;
      await manager.save(ledger);
    }
    const cases = await manager.getRepository(CareCase).find({ where: { handoverLedgerId: ledger.id, status: CareCaseStatus.HANDED_OVER }, lock: { mode: "pessimistic_write" } });
    for (const careCase of cases) {
      moveCase(careCase, CareCaseStatus.OPEN);
      careCase.acknowledgedAt = at;
    }
    if (cases.length > 0) {
      // Issue #10: the ledger's cases in one statement each (the rows locked above, moved by the transition table).
      const ids = cases.map((careCase) => careCase.id);
      await manager.update(CareCase, { id: In(ids) }, { status: CareCaseStatus.OPEN, acknowledgedAt: at });
      await districtDeadlines.meetMany(manager, CARE_CASE_SUBJECT, "ACKNOWLEDGEMENT", ids.map((subjectId) => ({ subjectId, metAt: at })));
    }
    return ledger;
  });
}
