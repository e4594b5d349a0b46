import { deadlineOwner } from "../../shared/deadlines/owner";
import { createLogger } from "../../shared/logger";
import { POLICE_SCHEMA } from "./schema-name";

/** The police's statutory steps (D9; B2): the officers' visit within 7 days and the reply within 1 month, both counted by R2 on the office calendar. */
export const policeDeadlines = deadlineOwner(POLICE_SCHEMA, createLogger("subgraph-police"));

/** The police's deadlines hang on the search request they are about. */
export const SEARCH_REQUEST_SUBJECT = "SearchRequest";
