import { deadlineOwner } from "../../shared/deadlines/owner";
import { createLogger } from "../../shared/logger";
import { HOUSEHOLD_SCHEMA } from "./schema-name";

/** The office's statutory step and its deadline (D9, issue #8): the handover by noon of the next working day (A4). */
export const householdDeadlines = deadlineOwner(HOUSEHOLD_SCHEMA, createLogger("subgraph-household"));

/** The handover deadline hangs on the consent inquiry (附件1) it hands over. */
export const CONSENT_INQUIRY_SUBJECT = "ConsentInquiry";
