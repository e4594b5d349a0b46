import { registerEnumType } from "type-graphql";

/**
 * Where an inbox item stands (issue #8). The first three are a deadline's open states, as
 * `stateAt` reads them at the time of the query; OPEN is work that comes from the agency's own
 * status and has no deadline (yet): a case to assign, a referral to accept.
 */
export enum InboxState {
  DUE = "DUE",
  DUE_SOON = "DUE_SOON",
  OVERDUE = "OVERDUE",
  OPEN = "OPEN",
}

export const INBOX_STATES: readonly InboxState[] = [InboxState.DUE, InboxState.DUE_SOON, InboxState.OVERDUE, InboxState.OPEN];

registerEnumType(InboxState, {
  name: "InboxState",
  description: "Issue #8: an inbox item's state; the deadline states are exact at the time of the read",
  valuesConfig: {
    DUE: { description: "A step with a deadline not yet near" },
    DUE_SOON: { description: "A step due within the configured threshold" },
    OVERDUE: { description: "A step past its due time" },
    OPEN: { description: "Work from the entity's status, without a deadline" },
  },
});
