import type { EntityManager } from "typeorm";
import { now } from "../clock";
import { notify } from "../notifications/notify";
import { receivingNames, ReceivingAgency } from "./names";

/** What a receiving agency's notification says happened (issue #8); the kind and the referral's key only. */
export enum ReceivingNotificationKind {
  /** A9/D3: a district's referral arrived; the serving unit is to accept it (A10: assess by phone or visit). */
  REFERRAL_ARRIVED = "REFERRAL_ARRIVED",
}

/** In the intake's transaction: the serving unit (its organisation in the serving role) has a referral to accept. */
export function notifyArrival(manager: EntityManager, agency: ReceivingAgency, referralId: string, servingOrg: string): Promise<void> {
  return notify(manager, agency.schema, now(), [
    {
      recipient: { org: servingOrg, role: agency.server },
      kind: ReceivingNotificationKind.REFERRAL_ARRIVED,
      subjectType: receivingNames(agency).referralType,
      subjectId: referralId,
      event: referralId,
    },
  ]);
}
