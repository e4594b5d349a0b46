import { registerEnumType } from "type-graphql";
import { SearchOutcome } from "../../../shared/domain/child-care";
import { conflict } from "../../../shared/errors";

/** Who asked the police to search (B2: the household office; B9: a social unit), by the sender's service. */
export enum SearchRequesterAgency {
  HOUSEHOLD = "HOUSEHOLD",
  SOCIAL = "SOCIAL",
}

/** The sending service (D3: its service token) that each requester delivers through. */
export const REQUESTER_SERVICE: Readonly<Record<SearchRequesterAgency, string>> = {
  [SearchRequesterAgency.HOUSEHOLD]: "household",
  [SearchRequesterAgency.SOCIAL]: "social",
};

/** Where a search request stands (B2, B9). */
export enum SearchStatus {
  /** Received; no officer has visited yet (the 7-day visit is due). */
  RECEIVED = "RECEIVED",
  /** An officer visited; the result is due within the month. */
  VISITED = "VISITED",
  /** The search ended: the child was found. */
  FOUND = "FOUND",
  /** The search ended without finding the child. */
  NOT_FOUND = "NOT_FOUND",
}

registerEnumType(SearchRequesterAgency, { name: "SearchRequesterAgency", description: "B2, B9: who asked the police to search" });
registerEnumType(SearchStatus, { name: "SearchStatus", description: "B2, B9: where a search request stands" });

/**
 * STYLE 12: the one transition table of a search request. A visit (B2: within 7 days) may be
 * recorded more than once while the search goes on; the result (within 1 month) ends it, with or
 * without a recorded visit (a child found by another way still ends the search).
 */
export const SEARCH_TRANSITIONS: Readonly<Record<SearchStatus, readonly SearchStatus[]>> = {
  [SearchStatus.RECEIVED]: [SearchStatus.VISITED, SearchStatus.FOUND, SearchStatus.NOT_FOUND],
  [SearchStatus.VISITED]: [SearchStatus.VISITED, SearchStatus.FOUND, SearchStatus.NOT_FOUND],
  [SearchStatus.FOUND]: [],
  [SearchStatus.NOT_FOUND]: [],
};

export function statusOfOutcome(outcome: SearchOutcome): SearchStatus {
  return outcome === SearchOutcome.FOUND ? SearchStatus.FOUND : SearchStatus.NOT_FOUND;
}

/** A move the table does not allow is a CONFLICT (the search already ended), never a silent overwrite. */
export function checkTransition(from: SearchStatus, to: SearchStatus): void {
  if (!SEARCH_TRANSITIONS[from].includes(to)) {
    throw conflict("The search request has already ended");
  }
}
