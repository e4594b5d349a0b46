/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CareCaseStatus =
  | 'CLOSED'
  | 'HANDED_OVER'
  | 'OPEN'
  | 'REFERRED'
  | 'RETURNED_FOR_CORRECTION';

/** A1: 洽公項目 (the eight case types of the statistics) */
export type CaseType =
  | 'ADOPTION'
  | 'BIRTH'
  | 'DEATH'
  | 'DIVORCE'
  | 'FIRST_REGISTRATION'
  | 'MARRIAGE'
  | 'MOVE'
  | 'OTHER';

/** Issue #8: an inbox item's state; the deadline states are exact at the time of the read */
export type InboxState =
  /** A step with a deadline not yet near */
  | 'DUE'
  /** A step due within the configured threshold */
  | 'DUE_SOON'
  /** Work from the entity's status, without a deadline */
  | 'OPEN'
  /** A step past its due time */
  | 'OVERDUE';

export type ConsoleDistrictInboxQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ConsoleDistrictInboxQuery = { __typename: 'Query', districtInbox: { __typename: 'DistrictInboxPage', totalCount: number | null, counts: Array<{ __typename: 'DistrictInboxStateCount', state: InboxState | null, count: number | null }> | null, items: Array<{ __typename: 'DistrictInboxItem', id: string, kind: string | null, step: string | null, dueAt: string | null, since: string | null, state: InboxState | null, careCase: { __typename: 'CareCase', id: string, caseType: CaseType | null, village: string | null, neighbourhood: number | null, status: CareCaseStatus | null, assignedOfficerName: string | null } | null }> | null } | null };


export const ConsoleDistrictInboxDocument = {"__meta__":{"hash":"sha256:8813df5be88e426b9ad47db584a0fd9b02cec184ab7d84dcc63fb8e2966d3784"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDistrictInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"districtInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"careCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDistrictInboxQuery, ConsoleDistrictInboxQueryVariables>;