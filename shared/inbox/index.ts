/** Role inboxes (issue #8): per-agency types, the keyset-paged query with counts per state. */
export { decodeInboxCursor, encodeInboxCursor } from "./inbox-cursor";
export { deadlineItems } from "./deadline-items";
export type { DeadlineItemsSpec } from "./deadline-items";
export { answerInbox, queryInbox } from "./inbox-query";
export type { InboxArgs, InboxRequest, InboxSource } from "./inbox-query";
export { INBOX_STATES, InboxState } from "./inbox-state";
export { INBOX_COUNT_FIELDS, INBOX_ITEM_FIELDS, INBOX_PAGE_FIELDS, inboxTypesOf } from "./inbox.types";
export type { InboxItemValue, InboxPageValue, InboxStateCountValue, InboxTypes } from "./inbox.types";
