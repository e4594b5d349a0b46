import { randomUUID } from "crypto";
import { DataSource, EntityManager } from "typeorm";
import type { Principal } from "../../../shared/auth/principal";
import { now } from "../../../shared/clock";
import { districtByCode } from "../../../shared/domain/districts";
import { badUserInput } from "../../../shared/errors";
import { VisitDecision, VisitMode } from "../../../shared/graphql/enums";
import { enqueue } from "../../../shared/outbox/enqueue";
import { notInFuture } from "../../../shared/validation/dates";
import { ConsentInquiry } from "../consent-inquiry/consent-inquiry.entity";
import { CONSENT_INQUIRY_SUBJECT, householdDeadlines } from "../deadlines";
import { HandoverLedger } from "./handover-ledger.entity";
import { HANDOVER_STAMP_TEXT, RECEIVE_HANDOVER_LEDGER } from "./handover.config";

/** A2: the consenting decisions and the visit each asks for; DECLINED (and OTHER) are never handed over (A3). */
const MODE_OF_DECISION: Readonly<Partial<Record<VisitDecision, VisitMode>>> = {
  [VisitDecision.HOME_VISIT]: VisitMode.HOME,
  [VisitDecision.PHONE_VISIT]: VisitMode.PHONE,
};

/** One line of the ledger as the district's intake receives it: from household's own records, never retyped (issue #8). */
export function entryOf(inquiry: ConsentInquiry): Record<string, unknown> {
  return {
    consentInquiryId: inquiry.id,
    personId: inquiry.newImmigrantId,
    caseType: inquiry.caseType,
    visitDistrict: inquiry.visitAddress.districtCode,
    village: inquiry.visitAddress.village,
    neighbourhood: inquiry.visitAddress.neighbourhood ?? null,
    householdDistrict: inquiry.householdAddress.districtCode,
    requestedMode: MODE_OF_DECISION[inquiry.decision],
    appliedOn: inquiry.appliedOn,
  };
}

/** R5: a cross-district ledger names the receiving district in its remark (附件3 備註). */
function remarkOf(officeCode: string, districtCode: string): string | null {
  return officeCode === districtCode ? null : `跨區案件：${districtByCode(districtCode)?.name ?? districtCode}`;
}

async function writeLedger(manager: EntityManager, principal: Principal, date: string, districtCode: string, inquiries: ConsentInquiry[]): Promise<HandoverLedger> {
  const handedOverAt = now();
  const ledgerId = randomUUID();
  const remark = remarkOf(principal.org, districtCode);
  // The outbox runs on the system clock (service tokens are verified against it), so its row does too.
  const outboxId = await enqueue(manager, {
    kind: "handover-ledger",
    operation: RECEIVE_HANDOVER_LEDGER,
    actor: principal,
    variables: (clientKey) => ({
      input: {
        clientKey,
        ledgerId,
        office: principal.org,
        receivingDistrict: districtCode,
        ledgerDate: date,
        handedOverAt: handedOverAt.toISOString(),
        remark,
        entries: inquiries.map(entryOf),
      },
    }),
  });
  const ledger = Object.assign(new HandoverLedger(), {
    id: ledgerId,
    officeCode: principal.org,
    receivingDistrictCode: districtCode,
    ledgerDate: date,
    formCount: inquiries.length,
    handedOverBy: principal.subject,
    handedOverAt,
    remark,
    stampText: HANDOVER_STAMP_TEXT,
    outboxId,
  });
  await manager.save(ledger);
  await manager
    .createQueryBuilder()
    .update(ConsentInquiry)
    .set({ handoverLedgerId: ledgerId })
    .where("id = ANY(:ids)", { ids: inquiries.map((inquiry) => inquiry.id) })
    .execute();
  for (const inquiry of inquiries) {
    await householdDeadlines.meet(manager, { type: CONSENT_INQUIRY_SUBJECT, id: inquiry.id }, "HANDOVER", handedOverAt);
  }
  return ledger;
}

/**
 * A4, A5, D3 (issue #8): hands the office's consenting inquiries of one application date over, one
 * 附件3 ledger per receiving district (the visit address's), from household's own records. In one
 * transaction: the ledgers, the inquiries marked handed over, their HANDOVER deadlines met, and one
 * outbox row per ledger that delivers it to the district's intake. Declined inquiries are never
 * taken (A3); an inquiry already in a ledger is not taken again, so calling twice hands over only
 * what came since. The office is the clerk's own (the token's organisation).
 */
export async function handOverConsentInquiries(dataSource: DataSource, principal: Principal, date: string): Promise<HandoverLedger[]> {
  notInFuture(date, "date");
  if (districtByCode(principal.org) === undefined) {
    throw badUserInput("The caller's organisation is not one of Taipei's 12 household offices", "office");
  }
  return dataSource.transaction(async (manager) => {
    const inquiries = await manager
      .getRepository(ConsentInquiry)
      .createQueryBuilder("inquiry")
      .where("inquiry.officeCode = :office", { office: principal.org })
      .andWhere("inquiry.appliedOn = :date", { date })
      .andWhere("inquiry.handoverLedgerId IS NULL")
      .andWhere("inquiry.decision IN (:...decisions)", { decisions: Object.keys(MODE_OF_DECISION) })
      .orderBy("inquiry.id", "ASC")
      .setLock("pessimistic_write")
      .getMany();
    const byDistrict = new Map<string, ConsentInquiry[]>();
    for (const inquiry of inquiries) {
      const district = inquiry.visitAddress.districtCode;
      byDistrict.set(district, [...(byDistrict.get(district) ?? []), inquiry]);
    }
    const ledgers: HandoverLedger[] = [];
    for (const district of [...byDistrict.keys()].sort()) {
      ledgers.push(await writeLedger(manager, principal, date, district, byDistrict.get(district) ?? []));
    }
    return ledgers;
  });
}
