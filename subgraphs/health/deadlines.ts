import { deadlineOwner } from "../../shared/deadlines/owner";
import { createLogger } from "../../shared/logger";
import { HEALTH_SCHEMA } from "./schema-name";

/** Health's statutory steps and their deadlines (D9, issue #12): B4's 6-month catch-up (VACCINATION_CATCH_UP). */
export const healthDeadlines = deadlineOwner(HEALTH_SCHEMA, createLogger("subgraph-health"));

/** The catch-up's deadline hangs on its follow-up. */
export const FOLLOW_UP_SUBJECT = "VaccinationFollowUp";
