import { registerEnumType } from "type-graphql";
import { conflict } from "../../../shared/errors";

/** Who asked the district to follow a child up (B2: the household office; B9: a social unit), by the sender's service. */
export enum FollowUpRequesterAgency {
  HOUSEHOLD = "HOUSEHOLD",
  SOCIAL = "SOCIAL",
}

/** The sending service (D3: its service token) each requester delivers through, and the reply goes back to. */
export const FOLLOW_UP_REQUESTER_SERVICE: Readonly<Record<FollowUpRequesterAgency, string>> = {
  [FollowUpRequesterAgency.HOUSEHOLD]: "household",
  [FollowUpRequesterAgency.SOCIAL]: "social",
};

/** Where a follow-up request stands (B2, B9). */
export enum FollowUpStatus {
  /** Received by the district office of the household district; no 里幹事 assigned yet. */
  RECEIVED = "RECEIVED",
  /** 人文課 assigned a 里幹事 (or the village chief's officer) to follow the child up. */
  ASSIGNED = "ASSIGNED",
  /** The follow-up is recorded and the reply sent to the requester (within 1 month). */
  REPLIED = "REPLIED",
}

registerEnumType(FollowUpRequesterAgency, { name: "FollowUpRequesterAgency", description: "B2, B9: who asked the district office to follow a child up" });
registerEnumType(FollowUpStatus, { name: "FollowUpStatus", description: "B2, B9: where a follow-up request stands" });

/**
 * STYLE 12: the one transition table of a follow-up request. 人文課 may assign again (another
 * officer) until the reply; the reply ends it, with or without an assignment first (人文課 may
 * follow up itself). A reply is sent once.
 */
export const FOLLOW_UP_TRANSITIONS: Readonly<Record<FollowUpStatus, readonly FollowUpStatus[]>> = {
  [FollowUpStatus.RECEIVED]: [FollowUpStatus.ASSIGNED, FollowUpStatus.REPLIED],
  [FollowUpStatus.ASSIGNED]: [FollowUpStatus.ASSIGNED, FollowUpStatus.REPLIED],
  [FollowUpStatus.REPLIED]: [],
};

/** A move the table does not allow is a CONFLICT (the reply was already sent), never a silent overwrite. */
export function checkFollowUpTransition(from: FollowUpStatus, to: FollowUpStatus): void {
  if (!FOLLOW_UP_TRANSITIONS[from].includes(to)) {
    throw conflict("The follow-up has already been replied to");
  }
}
