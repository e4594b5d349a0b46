import DataLoader from "dataloader";
import { DataSource } from "typeorm";
import { Principal } from "../../shared/auth/principal";
import { ScopeCondition, scopeCondition } from "../../shared/authz/row-scope";
import { flaggedLoaderGroupedBy, scopedLoaderById } from "../../shared/authz/scoped-loaders";
import { Deadline } from "../../shared/deadlines/deadline.type";
import { createDeadlineLoader } from "../../shared/deadlines/loader";
import type { SubgraphContext } from "../../shared/subgraph/context";
import { policeDeadlines, SEARCH_REQUEST_SUBJECT } from "./deadlines";
import { policePolicy } from "./policy";
import { POLICE_SCOPES } from "./scope";
import { SearchRequest } from "./search-request/search-request.entity";

/** The police's request-scoped loaders (STYLE 3). */
export interface PoliceLoaders {
  /** By key, flagged with the caller's row scope (a reference must still resolve). */
  readonly searchRequestById: DataLoader<string, SearchRequest | null>;
  /**
   * The requests that named a person, by arrival (Person.searchRequests), flagged: another
   * precinct's request shows its key and FORBIDDEN fields (issue #12: never a blank that reads as "none").
   */
  readonly searchRequestsByPerson: DataLoader<string, SearchRequest[]>;
  /** A request's deadlines (D9): the visit and the reply (B2). */
  readonly deadlinesBySearchRequest: DataLoader<string, Deadline[]>;
  /** The caller's row scope of a type, for list queries. */
  scopeOf(typeName: string, alias: string): ScopeCondition;
}

export type PoliceContext = SubgraphContext<PoliceLoaders>;

export function createPoliceLoaders(dataSource: DataSource, principal: Principal): PoliceLoaders {
  const scopeOf = (typeName: string, alias: string): ScopeCondition => scopeCondition(policePolicy, POLICE_SCOPES, typeName, alias, principal);
  const searchRequestById = scopedLoaderById(dataSource, SearchRequest, (alias) => scopeOf("SearchRequest", alias));
  return {
    searchRequestById,
    searchRequestsByPerson: flaggedLoaderGroupedBy(dataSource, SearchRequest, "personId", "receivedAt", (alias) => scopeOf("SearchRequest", alias)),
    deadlinesBySearchRequest: createDeadlineLoader(dataSource, policeDeadlines.config, SEARCH_REQUEST_SUBJECT),
    scopeOf,
  };
}
