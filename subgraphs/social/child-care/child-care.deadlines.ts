import { deadlineOwner } from "../../../shared/deadlines/owner";
import { createLogger } from "../../../shared/logger";
import { SOCIAL_SCHEMA } from "../schema-name";

/** B9 (issue #12): 社會局's statutory steps on a child-care case, SOCIAL_VISIT (10 days) and VISIT_REPORT (30 days), on the working-day calendar (R1, R2). */
export const socialDeadlines = deadlineOwner(SOCIAL_SCHEMA, createLogger("subgraph-social"));
