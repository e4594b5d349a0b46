/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CareCaseClosure =
  | 'INTERNAL_HELP_DONE'
  | 'NO_FURTHER_NEED'
  | 'REFERRALS_CLOSED'
  | 'RETURNED_TO_OFFICE'
  | 'TWO_MISSED_VISITS';

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

/** Issue #8: where a step stands against its deadline (a flag, never a refusal, R2) */
export type DeadlineState =
  /** Open, not yet near its due time */
  | 'DUE'
  /** Open, due within the configured threshold */
  | 'DUE_SOON'
  /** Done after its due time; the breach stays recorded */
  | 'MET_LATE'
  /** Done at or before its due time */
  | 'MET_ON_TIME'
  /** Open and past its due time: breached */
  | 'OVERDUE';

/** A8/A9: 附件4 needs-help boxes */
export type HelpNeed =
  | 'CIVIL_AFFAIRS_BUREAU'
  | 'DISTRICT_HUMANITIES_SECTION'
  | 'DISTRICT_SOCIAL_SECTION'
  | 'EDUCATION_BUREAU'
  | 'HEALTH_BUREAU'
  | 'LABOUR_BUREAU'
  | 'OTHER'
  | 'SOCIAL_WELFARE_BUREAU';

/** A9: 社會課 or 人文課 help, ticked on 附件4 */
export type HelpTaskKind =
  | 'HUMANITIES_SECTION'
  | 'SOCIAL_SECTION';

/** A9: open, or done by the district it is assigned to */
export type HelpTaskState =
  | 'DONE'
  | 'OPEN';

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

/** D3: the referral's hand-off to the receiving agency */
export type ReferralDelivery =
  /** the receiving agency's intake stored it */
  | 'DELIVERED'
  /** the receiving agency refused it with a code; an operator looks at it */
  | 'FAILED'
  /** Written, not yet acknowledged by the receiving agency's intake; retried until it is */
  | 'PENDING';

/** A9: the referral to send at filing for one ticked 附件4 box */
export type ReferralPlanInput = {
  /** What the district found, for the receiving unit (sensitive) */
  description?: string | null | undefined;
  /** At least one of the target's own needs (SOCIAL_WELFARE_BUREAU: SocialNeed; HEALTH_BUREAU: HealthNeed; …) */
  needs: Array<string>;
  target: ReferralTarget;
};

/** A9: the agency a district refers to (its 附件4 box) */
export type ReferralTarget =
  | 'CIVIL_AFFAIRS_BUREAU'
  | 'EDUCATION_BUREAU'
  | 'HEALTH_BUREAU'
  | 'LABOUR_BUREAU'
  | 'SOCIAL_WELFARE_BUREAU';

/** A8: 附件4 sign-off row */
export type SignOffRole =
  | 'CHIEF_SECRETARY'
  | 'CIVIL_SECTION_HEAD'
  | 'DEPUTY_DISTRICT_CHIEF'
  | 'DISTRICT_CHIEF'
  | 'HUMANITIES_SECTION'
  | 'VILLAGE_OFFICER';

/** 緊急通報 (A9, A13) */
export type UrgentReportInput = {
  careCaseId: string | number;
  /** Idempotency key: a retry with the same key and content returns the same report */
  clientKey: string;
  kind: UrgentReportKind;
  /** 受理人 */
  recipientName?: string | null | undefined;
  /** 通報日期時間: not in the future, not before the hand-over date */
  reportedAt: string;
  /** 通報人 */
  reporterName: string;
  /** 通報內容 */
  summary?: string | null | undefined;
  target: UrgentReportTarget;
  /** The body reported to: required with OTHER, not allowed otherwise */
  targetOther?: string | null | undefined;
};

/** A9: urgent phone report, or report to an outside body */
export type UrgentReportKind =
  | 'OUTSIDE_BODY_REPORT'
  | 'URGENT_PHONE_REPORT';

/** A9, A13: 成案 (CASE_OPENED) or not */
export type UrgentReportOutcome =
  | 'CASE_OPENED'
  | 'NOT_OPENED'
  | 'PENDING';

/** A9, A13, B10: whom the urgent report went to */
export type UrgentReportTarget =
  | 'CHILD_PROTECTION_ART53'
  | 'CHILD_PROTECTION_ART54'
  | 'DOMESTIC_VIOLENCE_CENTRE'
  | 'HEALTH_BUREAU'
  | 'OTHER'
  | 'POLICE'
  | 'SOCIAL_BUREAU';

/** A6/A7: one visit attempt by the 里幹事 */
export type VisitAttemptInput = {
  /** 訪視日期: not before the hand-over date */
  attemptedOn: string;
  careCaseId: string | number;
  /** Somebody was met (false = 訪視未遇) */
  met: boolean;
  mode: VisitMode;
};

/** A9: a 附件4 box refers to another agency, is the district's own help, or is 其他 */
export type VisitFormBoxKind =
  | 'INTERNAL'
  | 'OTHER'
  | 'REFERRAL';

/** A6: home or phone visit */
export type VisitMode =
  | 'HOME'
  | 'PHONE';

/** A8: 附件4 outcome */
export type VisitOutcome =
  | 'ALL_WELL'
  | 'MISSED'
  | 'NEEDS_HELP';

/** 附件4 關懷訪視紀錄表 (A8), handed in for sign-off */
export type VisitRecordInput = {
  careCaseId: string | number;
  /** A7: 第1次未遇日期; required when MISSED */
  firstMissedOn?: string | null | undefined;
  /** 辦理情形 */
  handling?: string | null | undefined;
  /** 反映事項 */
  mattersRaised?: string | null | undefined;
  /** 服務概況 › 需協助 boxes: at least one for NEEDS_HELP, none otherwise */
  needs?: Array<HelpNeed> | null | undefined;
  /** Required when needs include OTHER */
  needsOther?: string | null | undefined;
  outcome: VisitOutcome;
  /** A9: one referral per ticked box the platform refers (社會局, 衛生局, …), none for others; sent at filing */
  referrals?: Array<ReferralPlanInput> | null | undefined;
  /** A7: 第2次未遇日期 (MISSED only) */
  secondMissedOn?: string | null | undefined;
  /** 服務項目; default 關懷訪視 */
  serviceItem?: string | null | undefined;
  /** 訪視日期: required unless the outcome is MISSED */
  visitedOn?: string | null | undefined;
  /** 受訪者地址 */
  visitedPersonAddress: string;
  /** 受訪者姓名 */
  visitedPersonName: string;
  /** 受訪者電話 */
  visitedPersonPhone?: string | null | undefined;
};

/** A8: 附件4 handed in (DRAFT), being signed (SIGNING), filed by 人文課 (FILED) */
export type VisitRecordState =
  | 'DRAFT'
  | 'FILED'
  | 'SIGNING';

export type ConsoleDistrictInboxQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ConsoleDistrictInboxQuery = { __typename: 'Query', districtInbox: { __typename: 'DistrictInboxPage', totalCount: number | null, counts: Array<{ __typename: 'DistrictInboxStateCount', state: InboxState | null, count: number | null }> | null, items: Array<{ __typename: 'DistrictInboxItem', id: string, kind: string | null, step: string | null, dueAt: string | null, since: string | null, state: InboxState | null, careCase: { __typename: 'CareCase', id: string, caseType: CaseType | null, village: string | null, neighbourhood: number | null, status: CareCaseStatus | null, assignedOfficerName: string | null } | null }> | null } | null };

export type ConsoleCasesToAssignQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCasesToAssignQuery = { __typename: 'Query', careCases: { __typename: 'CareCaseConnection', totalCount: number | null, edges: Array<{ __typename: 'CareCaseEdge', node: { __typename: 'CareCase', id: string, caseType: CaseType | null, village: string | null, neighbourhood: number | null, requestedMode: VisitMode | null, assignedOfficerId: string | null, deadlines: Array<{ __typename: 'Deadline', step: string | null, dueAt: string | null, state: DeadlineState | null }> | null } | null }> | null } | null };

export type ConsoleAssignVillageOfficerMutationVariables = Exact<{
  careCaseId: string | number;
  officerId: string;
  officerName: string;
}>;


export type ConsoleAssignVillageOfficerMutation = { __typename: 'Mutation', assignVillageOfficer: { __typename: 'CareCase', id: string, assignedOfficerId: string | null, assignedOfficerName: string | null } | null };

export type ConsoleHelpTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleHelpTasksQuery = { __typename: 'Query', helpTasks: Array<{ __typename: 'HelpTask', id: string, kind: HelpTaskKind | null, careCase: { __typename: 'CareCase', id: string, village: string | null, visitRecord: { __typename: 'VisitRecord', id: string, visitedPersonName: string | null, visitedPersonPhone: string | null, visitedPersonAddress: string | null } | null } | null }> | null };

export type ConsoleCompleteHelpTaskMutationVariables = Exact<{
  taskId: string | number;
  doneOn: string;
  note?: string | null | undefined;
}>;


export type ConsoleCompleteHelpTaskMutation = { __typename: 'Mutation', completeHelpTask: { __typename: 'HelpTask', id: string, state: HelpTaskState | null, doneOn: string | null } | null };

export type ConsoleLedgersToAcknowledgeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleLedgersToAcknowledgeQuery = { __typename: 'Query', careCases: { __typename: 'CareCaseConnection', totalCount: number | null, edges: Array<{ __typename: 'CareCaseEdge', node: { __typename: 'CareCase', id: string, caseType: CaseType | null, village: string | null, neighbourhood: number | null, deadlines: Array<{ __typename: 'Deadline', step: string | null, dueAt: string | null, state: DeadlineState | null }> | null, handoverLedger: { __typename: 'HandoverLedger', id: string, receivedAt: string | null, officeCode: string | null, ledgerDate: string | null, formCount: number | null } | null } | null }> | null } | null };

export type ConsoleAcknowledgeLedgerMutationVariables = Exact<{
  ledgerId: string | number;
}>;


export type ConsoleAcknowledgeLedgerMutation = { __typename: 'Mutation', acknowledgeHandoverLedger: { __typename: 'HandoverLedger', id: string, acknowledgedAt: string | null, careCases: Array<{ __typename: 'CareCase', id: string, status: CareCaseStatus | null }> | null } | null };

export type ConsoleSignOffQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSignOffQueueQuery = { __typename: 'Query', careCases: { __typename: 'CareCaseConnection', edges: Array<{ __typename: 'CareCaseEdge', node: { __typename: 'CareCase', id: string, village: string | null, assignedOfficerName: string | null, visitRecord: { __typename: 'VisitRecord', id: string, state: VisitRecordState | null, outcome: VisitOutcome | null, visitedOn: string | null, firstMissedOn: string | null, needs: Array<HelpNeed> | null, requiredLevels: Array<SignOffRole> | null, signatures: Array<{ __typename: 'VisitRecordSignature', level: SignOffRole | null, signerName: string | null, signedAt: string | null }> | null } | null } | null }> | null } | null, visitFormBoxes: Array<{ __typename: 'VisitFormBox', code: string | null, label: string | null }> | null };

export type ConsoleSignVisitRecordMutationVariables = Exact<{
  id: string | number;
  level: SignOffRole;
  signerName: string;
}>;


export type ConsoleSignVisitRecordMutation = { __typename: 'Mutation', signVisitRecord: { __typename: 'VisitRecord', id: string, state: VisitRecordState | null, signatures: Array<{ __typename: 'VisitRecordSignature', level: SignOffRole | null, signerName: string | null, signedAt: string | null }> | null } | null };

export type ConsoleFileVisitRecordMutationVariables = Exact<{
  id: string | number;
  filedOn: string;
}>;


export type ConsoleFileVisitRecordMutation = { __typename: 'Mutation', fileVisitRecord: { __typename: 'VisitRecord', id: string, state: VisitRecordState | null, filedOn: string | null, careCase: { __typename: 'CareCase', id: string, status: CareCaseStatus | null, referrals: Array<{ __typename: 'CaseReferral', id: string, target: ReferralTarget | null, delivery: ReferralDelivery | null }> | null } | null } | null };

export type ConsoleVillageCaseWorkQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleVillageCaseWorkQuery = { __typename: 'Query', careCase: { __typename: 'CareCase', id: string, caseType: CaseType | null, village: string | null, neighbourhood: number | null, status: CareCaseStatus | null, requestedMode: VisitMode | null, handedOverAt: string | null, deadlines: Array<{ __typename: 'Deadline', step: string | null, dueAt: string | null, state: DeadlineState | null }> | null, visitAttempts: Array<{ __typename: 'VisitAttempt', attemptNumber: number | null, attemptedOn: string | null, mode: VisitMode | null, met: boolean | null }> | null, visitRecord: { __typename: 'VisitRecord', id: string, state: VisitRecordState | null, outcome: VisitOutcome | null, visitedOn: string | null, needs: Array<HelpNeed> | null, requiredLevels: Array<SignOffRole> | null, signatures: Array<{ __typename: 'VisitRecordSignature', level: SignOffRole | null, signerName: string | null, signedAt: string | null }> | null } | null, urgentReports: Array<{ __typename: 'UrgentReport', id: string, kind: UrgentReportKind | null, target: UrgentReportTarget | null, targetOther: string | null, reportedAt: string | null, recipientName: string | null, outcome: UrgentReportOutcome | null }> | null } | null };

export type ConsoleSignOwnLevelMutationVariables = Exact<{
  id: string | number;
  signerName: string;
}>;


export type ConsoleSignOwnLevelMutation = { __typename: 'Mutation', signVisitRecord: { __typename: 'VisitRecord', id: string, state: VisitRecordState | null, signatures: Array<{ __typename: 'VisitRecordSignature', level: SignOffRole | null, signerName: string | null, signedAt: string | null }> | null } | null };

export type ConsoleRecordUrgentReportMutationVariables = Exact<{
  input: UrgentReportInput;
}>;


export type ConsoleRecordUrgentReportMutation = { __typename: 'Mutation', recordUrgentReport: { __typename: 'UrgentReport', id: string, kind: UrgentReportKind | null, target: UrgentReportTarget | null, reportedAt: string | null, outcome: UrgentReportOutcome | null } | null };

export type ConsoleRecordVisitAttemptMutationVariables = Exact<{
  input: VisitAttemptInput;
}>;


export type ConsoleRecordVisitAttemptMutation = { __typename: 'Mutation', recordVisitAttempt: { __typename: 'CareCase', id: string, status: CareCaseStatus | null, closure: CareCaseClosure | null, visitAttempts: Array<{ __typename: 'VisitAttempt', attemptNumber: number | null, attemptedOn: string | null, mode: VisitMode | null, met: boolean | null }> | null } | null };

export type ConsoleVisitFormBoxesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleVisitFormBoxesQuery = { __typename: 'Query', visitFormBoxes: Array<{ __typename: 'VisitFormBox', code: string | null, label: string | null, order: number | null, kind: VisitFormBoxKind | null, agencyName: string | null, phone: string | null, description: string | null, versionDate: string | null }> | null };

export type ConsoleDraftVisitRecordMutationVariables = Exact<{
  input: VisitRecordInput;
}>;


export type ConsoleDraftVisitRecordMutation = { __typename: 'Mutation', draftVisitRecord: { __typename: 'VisitRecord', id: string, state: VisitRecordState | null, outcome: VisitOutcome | null, requiredLevels: Array<SignOffRole> | null } | null };

export type ConsoleVillageCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleVillageCasesQuery = { __typename: 'Query', careCases: { __typename: 'CareCaseConnection', totalCount: number | null, edges: Array<{ __typename: 'CareCaseEdge', node: { __typename: 'CareCase', id: string, caseType: CaseType | null, village: string | null, neighbourhood: number | null, requestedMode: VisitMode | null, assignedOfficerName: string | null, visitAttempts: Array<{ __typename: 'VisitAttempt', attemptNumber: number | null }> | null, visitRecord: { __typename: 'VisitRecord', id: string, state: VisitRecordState | null } | null, deadlines: Array<{ __typename: 'Deadline', step: string | null, dueAt: string | null, state: DeadlineState | null }> | null } | null }> | null } | null };


export const ConsoleDistrictInboxDocument = {"__meta__":{"hash":"sha256:8813df5be88e426b9ad47db584a0fd9b02cec184ab7d84dcc63fb8e2966d3784"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDistrictInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"districtInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"careCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDistrictInboxQuery, ConsoleDistrictInboxQueryVariables>;
export const ConsoleCasesToAssignDocument = {"__meta__":{"hash":"sha256:574c78887aaae7d66461c445f439e94014ffefda3f1c1f584df2c33a662392aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCasesToAssign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"careCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"requestedMode"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerId"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCasesToAssignQuery, ConsoleCasesToAssignQueryVariables>;
export const ConsoleAssignVillageOfficerDocument = {"__meta__":{"hash":"sha256:3f9e52d8aad49fb465ec04e8a5c457d903ced5a452980a03ea094b1180c401d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAssignVillageOfficer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"careCaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officerName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assignVillageOfficer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"careCaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"careCaseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"officerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"officerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officerName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerId"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerName"}}]}}]}}]} as unknown as DocumentNode<ConsoleAssignVillageOfficerMutation, ConsoleAssignVillageOfficerMutationVariables>;
export const ConsoleHelpTasksDocument = {"__meta__":{"hash":"sha256:85bc134426ea399bb49adcb01a306de982d526e6feb75c43dbab62d75049347f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleHelpTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"helpTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"OPEN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"careCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"visitRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedPersonName"}},{"kind":"Field","name":{"kind":"Name","value":"visitedPersonPhone"}},{"kind":"Field","name":{"kind":"Name","value":"visitedPersonAddress"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleHelpTasksQuery, ConsoleHelpTasksQueryVariables>;
export const ConsoleCompleteHelpTaskDocument = {"__meta__":{"hash":"sha256:fc096ce5b1666e03b504da8afce40ae35371a17241c39bd1e692458614ac5df7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCompleteHelpTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doneOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeHelpTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"doneOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doneOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}}]}}]}}]} as unknown as DocumentNode<ConsoleCompleteHelpTaskMutation, ConsoleCompleteHelpTaskMutationVariables>;
export const ConsoleLedgersToAcknowledgeDocument = {"__meta__":{"hash":"sha256:4ed5baa69bc5f88d933c1ded43e1090bb5f96fdb3e7caab9a48b9fdf6232e4bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLedgersToAcknowledge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"careCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"HANDED_OVER"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handoverLedger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"officeCode"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerDate"}},{"kind":"Field","name":{"kind":"Name","value":"formCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLedgersToAcknowledgeQuery, ConsoleLedgersToAcknowledgeQueryVariables>;
export const ConsoleAcknowledgeLedgerDocument = {"__meta__":{"hash":"sha256:6695dbd19bac568081bbcfc601faccf9a63fc7db8ecd4c996fc5f197748fae57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAcknowledgeLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeHandoverLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ledgerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"careCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAcknowledgeLedgerMutation, ConsoleAcknowledgeLedgerMutationVariables>;
export const ConsoleSignOffQueueDocument = {"__meta__":{"hash":"sha256:a1409b6ae5aa6936caad532e53929a50d75755fab579052464935425c4251523"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSignOffQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"careCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerName"}},{"kind":"Field","name":{"kind":"Name","value":"visitRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"firstMissedOn"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevels"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitFormBoxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ConsoleSignOffQueueQuery, ConsoleSignOffQueueQueryVariables>;
export const ConsoleSignVisitRecordDocument = {"__meta__":{"hash":"sha256:88e9c0eb80def112821b07da716498a7f1e775babf1219292190655d5455b0de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSignVisitRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOffRole"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signerName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signVisitRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"signerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signerName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSignVisitRecordMutation, ConsoleSignVisitRecordMutationVariables>;
export const ConsoleFileVisitRecordDocument = {"__meta__":{"hash":"sha256:2331c50acee9a0c14ab86cc291328988629847b7fa0c17fe7d398a31b27d2178"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleFileVisitRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fileVisitRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"filedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"careCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleFileVisitRecordMutation, ConsoleFileVisitRecordMutationVariables>;
export const ConsoleVillageCaseWorkDocument = {"__meta__":{"hash":"sha256:e8eeef9d888214750589746cf20b02e4f18006bb9241910ab8d60b4740e49420"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleVillageCaseWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"careCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedMode"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevels"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"urgentReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetOther"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleVillageCaseWorkQuery, ConsoleVillageCaseWorkQueryVariables>;
export const ConsoleSignOwnLevelDocument = {"__meta__":{"hash":"sha256:8825ab4642df82971a0a10c052370a3d841c4d343106b895d2e28b1dd7944572"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSignOwnLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signerName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signVisitRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE_OFFICER"}},{"kind":"Argument","name":{"kind":"Name","value":"signerName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signerName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"signatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"signerName"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSignOwnLevelMutation, ConsoleSignOwnLevelMutationVariables>;
export const ConsoleRecordUrgentReportDocument = {"__meta__":{"hash":"sha256:920ee448bd6fbff3248cc70e62cb2d80a791f904f9fedf358c15f25f881ef0de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordUrgentReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UrgentReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordUrgentReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordUrgentReportMutation, ConsoleRecordUrgentReportMutationVariables>;
export const ConsoleRecordVisitAttemptDocument = {"__meta__":{"hash":"sha256:af8f801d973134bd12f5bc1b09468e8e9b55c537a144909cb253fb6c71838c83"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordVisitAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VisitAttemptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordVisitAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closure"}},{"kind":"Field","name":{"kind":"Name","value":"visitAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordVisitAttemptMutation, ConsoleRecordVisitAttemptMutationVariables>;
export const ConsoleVisitFormBoxesDocument = {"__meta__":{"hash":"sha256:5fbd69f466007d80d9097bcaadda973df7928cfc7ca542f53d9a2f414230f729"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleVisitFormBoxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"visitFormBoxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"agencyName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"versionDate"}}]}}]}}]} as unknown as DocumentNode<ConsoleVisitFormBoxesQuery, ConsoleVisitFormBoxesQueryVariables>;
export const ConsoleDraftVisitRecordDocument = {"__meta__":{"hash":"sha256:88f9ac7eb4163fe6367ee0695ff07e69ecca968fb79f56b1f216d2ef4f98bf10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDraftVisitRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VisitRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"draftVisitRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"requiredLevels"}}]}}]}}]} as unknown as DocumentNode<ConsoleDraftVisitRecordMutation, ConsoleDraftVisitRecordMutationVariables>;
export const ConsoleVillageCasesDocument = {"__meta__":{"hash":"sha256:8e83cfe6c7fd3237640b0f4b5c169a08353d1cb07405985c4ac5fcabcc849cea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleVillageCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"careCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"requestedMode"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerName"}},{"kind":"Field","name":{"kind":"Name","value":"visitAttempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitRecord"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleVillageCasesQuery, ConsoleVillageCasesQueryVariables>;