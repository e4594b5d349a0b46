import { randomUUID } from "crypto";
import { DataSource } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";
import type { Principal } from "../auth/principal";
import { badUserInput } from "../errors";
import { requireUuid } from "../graphql/ids";
import { notInFuture } from "../validation/dates";
import { requiredText } from "../validation/form-text";
import { notifyArrival, ReceivingNotificationKind } from "./arrival";
import { changes, lockOpen, ReferralTables } from "./lifecycle";
import type { ReceivingAgency } from "./names";
import type { ReceivedReferralRow } from "./referral.entity";
import type { ServiceRecordBase } from "./service-record.entity";
import type { ReferralTransferRow } from "./transfer.entity";

/** What an agency decides about moving its referrals between its units (A10). */
export interface TransferRules<Referral extends ReceivedReferralRow> {
  readonly agency: ReceivingAgency;
  /** The one direction A10 names (社會局: a care point → the family service centre; 衛生局: a 健康服務中心 → the 社區心理衛生中心). */
  allowed(from: string, to: string): boolean;
  /** The organisation of the unit serving the referral, as its serving role's row scope reads it (intake.ts). */
  servingOrgOf(referral: Referral): string;
}

export interface TransferRequest {
  readonly referralId: string;
  readonly toUnit: string;
  readonly reason: string;
  readonly transferredOn: string;
}

/** Why a transfer was made: one remark, as long as a referral's description is allowed to be. */
const MAX_REASON = 1000;

/**
 * A10 (issue #9): moves an open referral to another unit of the agency, keeping its history. One
 * transaction: the transfer row (from, to, reason, by, on), the referral's serving unit, and the
 * new unit notified. The referral keeps its id, so its service records stay on it and the new
 * unit's row scope now reaches them; the old unit's no longer does (scope.ts: the current unit).
 * Only the current unit calls it (policy.ts: `writesTarget` through its row scope); a closed
 * referral is a CONFLICT; a date in the future, before the referral or before its last transfer,
 * or a direction A10 does not name, is BAD_USER_INPUT.
 */
export function transferReferral<Referral extends ReceivedReferralRow, Contact extends ServiceRecordBase>(
  dataSource: DataSource,
  tables: ReferralTables<Referral, Contact>,
  rules: TransferRules<Referral>,
  principal: Principal,
  request: TransferRequest,
): Promise<Referral> {
  const id = requireUuid(request.referralId, "referralId");
  const reason = requiredText(request.reason, "reason", MAX_REASON);
  notInFuture(request.transferredOn, "transferredOn");
  const transfers = tables.transfers;
  if (transfers === undefined) {
    // The resolvers offer no transfer to an agency without the table (names.ts `transfers`).
    throw new Error(`${tables.typeName} has no transfers between units`);
  }
  return dataSource.transaction(async (manager) => {
    const referral = await lockOpen(manager, tables.referrals, tables.typeName, id);
    if (!rules.allowed(referral.serviceUnit, request.toUnit)) {
      throw badUserInput("toUnit is not a unit this referral can be transferred to (A10)", "toUnit");
    }
    const last = await manager
      .getRepository(transfers)
      .createQueryBuilder("transfer")
      .where("transfer.referralId = :id AND transfer.transferredOn > :on", { id, on: request.transferredOn })
      .getExists();
    if (request.transferredOn < referral.referredOn || last) {
      throw badUserInput("transferredOn must not be before the referral date or its last transfer", "transferredOn");
    }
    const transfer: Omit<ReferralTransferRow, "createdAt"> = {
      id: randomUUID(),
      referralId: id,
      fromUnit: referral.serviceUnit,
      toUnit: request.toUnit,
      reason,
      transferredOn: request.transferredOn,
      transferredBy: principal.subject,
    };
    await manager.insert(transfers, transfer as QueryDeepPartialEntity<ReferralTransferRow>);
    referral.serviceUnit = request.toUnit;
    await manager.update(tables.referrals, { id }, changes<Referral>({ serviceUnit: request.toUnit }));
    await notifyArrival(manager, rules.agency, id, rules.servingOrgOf(referral), { kind: ReceivingNotificationKind.REFERRAL_TRANSFERRED, event: transfer.id });
    return referral;
  });
}
