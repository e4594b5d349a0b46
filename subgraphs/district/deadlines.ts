import { deadlineOwner } from "../../shared/deadlines/owner";
import { createLogger } from "../../shared/logger";
import { DISTRICT_SCHEMA } from "./schema-name";

/** The district's statutory steps and their deadlines (D9, issue #8): the visit record (A6), the visit (A2), acknowledgement (A4). */
export const districtDeadlines = deadlineOwner(DISTRICT_SCHEMA, createLogger("subgraph-district"));

/** Deadlines of the district's steps hang on the care case they belong to. */
export const CARE_CASE_SUBJECT = "CareCase";

/** B2, B9 (issue #12): the follow-up's 1-month reply hangs on the follow-up request. */
export const FOLLOW_UP_SUBJECT = "FollowUpRequest";
