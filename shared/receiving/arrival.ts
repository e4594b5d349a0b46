import type { EntityManager } from "typeorm";
import { now } from "../clock";
import { notify } from "../notifications/notify";
import { receivingNames, ReceivingAgency } from "./names";

/** What a receiving agency's notification says happened (issue #8); the kind and the referral's key only. */
export enum ReceivingNotificationKind {
  /** A9/D3: a district's referral arrived; the serving unit is to accept it (A10: assess by phone or visit). */
  REFERRAL_ARRIVED = "REFERRAL_ARRIVED",
  /** A10 (issue #9): another unit of the agency moved a referral to this one, which now serves it. */
  REFERRAL_TRANSFERRED = "REFERRAL_TRANSFERRED",
}

/** In the intake's (or a transfer's) transaction: the serving unit (its organisation in the serving role) has a referral to accept. */
export function notifyArrival(
  manager: EntityManager,
  agency: ReceivingAgency,
  referralId: string,
  servingOrg: string,
  arrival: { kind: ReceivingNotificationKind; event: string } = { kind: ReceivingNotificationKind.REFERRAL_ARRIVED, event: referralId },
): Promise<void> {
  return notify(manager, agency.schema, now(), [
    {
      recipient: { org: servingOrg, role: agency.server },
      kind: arrival.kind,
      subjectType: receivingNames(agency).referralType,
      subjectId: referralId,
      event: arrival.event,
    },
  ]);
}
