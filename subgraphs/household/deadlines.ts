import { deadlineOwner } from "../../shared/deadlines/owner";
import { createLogger } from "../../shared/logger";
import { HOUSEHOLD_SCHEMA } from "./schema-name";

/** The office's statutory steps and their deadlines (D9, issue #8): the handover (A4) and a correction the district asked for (A6), each by noon of the next working day. */
export const householdDeadlines = deadlineOwner(HOUSEHOLD_SCHEMA, createLogger("subgraph-household"));

/** The office's deadlines hang on the consent inquiry (附件1) they are about. */
export const CONSENT_INQUIRY_SUBJECT = "ConsentInquiry";
