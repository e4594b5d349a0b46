/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A2: address in parts (區 里 鄰 路(街) 段 巷 弄 號 樓) */
export type AddressInput = {
  alley?: number | null | undefined;
  /** 區: district code or name (e.g. 63000050, zhongzheng, 中正區) */
  districtCode: string;
  floor?: number | null | undefined;
  /** 樓之: the 1 of 5樓之1 (only with a floor) */
  floorUnit?: number | null | undefined;
  lane?: number | null | undefined;
  neighbourhood?: number | null | undefined;
  /** 號: 12, 12號, 12之3 or 12號之3 */
  number: string;
  road: string;
  section?: number | null | undefined;
  village: string;
};

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

/** 附件1: the answers of the consent inquiry */
export type ConsentInquiryInput = {
  /** 申請日期 */
  appliedOn: string;
  clerkName: string;
  clerkPhone: string;
  /** 新移民聯絡地址: one line, any city */
  contactAddress?: string | null | undefined;
  decision: VisitDecision;
  email?: string | null | undefined;
  fax?: string | null | undefined;
  homePhone?: string | null | undefined;
  /** The new immigrant's opt-in to materials */
  immigrantAcceptsMaterials: boolean;
  /** The new immigrant's own consent box (R3) */
  immigrantConsents: boolean;
  mobilePhone?: string | null | undefined;
  newImmigrantPhone?: string | null | undefined;
  /** 4.其他: the office's remarks */
  officeRemarks?: string | null | undefined;
  /** 3–7 days after appliedOn (A2) */
  preferredFrom?: string | null | undefined;
  /** 3–7 days after appliedOn (A2) */
  preferredTo?: string | null | undefined;
  /** 居住地 when a phone visit's family lives outside Taipei (R4), e.g. 新北市 */
  residenceCity?: string | null | undefined;
  respondentHonorific: Honorific;
  /** 受訪者姓名 */
  respondentName: string;
  timeSlot?: VisitTimeSlot | null | undefined;
  /** 拜訪地址 in Taipei; absent = the household address */
  visitAddress?: AddressInput | null | undefined;
  workPhone?: string | null | undefined;
};

/** A6: the corrected fields of a returned 附件1; absent fields stay as recorded */
export type CorrectConsentInquiryInput = {
  /** 案件類別 */
  caseType?: CaseType | null | undefined;
  consentInquiryId: string | number;
  /** HOME_VISIT or PHONE_VISIT (a declined form is never handed over, A3) */
  decision?: VisitDecision | null | undefined;
  /** 拜訪地址, in the same district (a move to another district is a new handover) */
  visitAddress?: AddressInput | null | undefined;
};

/** D3: the ledger's hand-off to the district */
export type HandoverDelivery =
  /** The district's intake stored it */
  | 'DELIVERED'
  /** The district refused it with a code; an operator looks at it */
  | 'FAILED'
  /** Written, not yet acknowledged by the district's intake; retried until it is */
  | 'PENDING';

/** 先生 / 小姐 */
export type Honorific =
  | 'MR'
  | 'MS';

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

/** A1: who the new immigrant is to the registration */
export type NewImmigrantRelation =
  | 'DECEASED_SPOUSE'
  | 'OTHER_RELATIVE'
  | 'PARENT'
  | 'REGISTRANT'
  | 'REGISTRANT_SPOUSE'
  | 'SURVIVING_SPOUSE';

/** A2: 原屬國籍或地區 */
export type OriginCountry =
  | 'INDONESIA'
  | 'MAINLAND_HK_MACAU'
  | 'MYANMAR'
  | 'OTHER'
  | 'PHILIPPINES'
  | 'THAILAND'
  | 'VIETNAM';

/** A1: a registration involving a new immigrant, with its consent inquiry */
export type RecordRegistrationInput = {
  caseType: CaseType;
  /** 附件1, when the family answered it */
  consentInquiry?: ConsentInquiryInput | null | undefined;
  /** The new immigrant involved (for a death: the surviving spouse, A1) */
  newImmigrantId: string | number;
  /** A1: who the new immigrant is; may be left out only when the registrant is the new immigrant (REGISTRANT) */
  newImmigrantRelation?: NewImmigrantRelation | null | undefined;
  registeredOn: string;
  /** The registrant (may be the new immigrant, A13) */
  registrantId: string | number;
  /** 幸福手冊 given (A1): BOOK or CD; absent = not given */
  welcomeHandbook?: WelcomeHandbook | null | undefined;
};

/** A2: the respondent's decision on 附件1 */
export type VisitDecision =
  | 'DECLINED'
  | 'HOME_VISIT'
  | 'PHONE_VISIT';

/** A2: 最適拜訪時間 */
export type VisitTimeSlot =
  | 'AFTERNOON'
  | 'MORNING';

/** A1: 幸福手冊, given as a book or on CD */
export type WelcomeHandbook =
  | 'BOOK'
  | 'CD';

export type ConsoleDistrictInboxQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ConsoleDistrictInboxQuery = { __typename: 'Query', districtInbox: { __typename: 'DistrictInboxPage', totalCount: number | null, counts: Array<{ __typename: 'DistrictInboxStateCount', state: InboxState | null, count: number | null }> | null, items: Array<{ __typename: 'DistrictInboxItem', id: string, kind: string | null, step: string | null, dueAt: string | null, since: string | null, state: InboxState | null, careCase: { __typename: 'CareCase', id: string, caseType: CaseType | null, village: string | null, neighbourhood: number | null, status: CareCaseStatus | null, assignedOfficerName: string | null } | null }> | null } | null };

export type ConsoleFormsToHandOverQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ConsoleFormsToHandOverQuery = { __typename: 'Query', householdInbox: { __typename: 'HouseholdInboxPage', items: Array<{ __typename: 'HouseholdInboxItem', id: string, step: string | null, dueAt: string | null, state: InboxState | null, consentInquiry: { __typename: 'ConsentInquiry', id: string, caseType: CaseType | null, decision: VisitDecision | null, appliedOn: string | null, respondentName: string | null, visitAddress: { __typename: 'Address', districtCode: string | null, village: string | null, neighbourhood: number | null } | null } | null }> | null } | null };

export type ConsoleHandOverMutationVariables = Exact<{
  date: string;
}>;


export type ConsoleHandOverMutation = { __typename: 'Mutation', handOverConsentInquiries: Array<{ __typename: 'HandoverLedger', id: string }> | null };

export type ConsoleHandoverLedgerQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleHandoverLedgerQuery = { __typename: 'Query', handoverLedger: { __typename: 'HandoverLedger', id: string, receivingDistrictCode: string | null, ledgerDate: string | null, formCount: number | null, handedOverBy: string | null, handedOverAt: string | null, remark: string | null, stampText: string | null, delivery: HandoverDelivery | null, acknowledgedBy: string | null, acknowledgedAt: string | null } | null };

export type ConsoleClerkStartQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleClerkStartQuery = { __typename: 'Query', householdInbox: { __typename: 'HouseholdInboxPage', totalCount: number | null, counts: Array<{ __typename: 'HouseholdInboxStateCount', state: InboxState | null, count: number | null }> | null, items: Array<{ __typename: 'HouseholdInboxItem', id: string, step: string | null }> | null } | null, householdNotifications: Array<{ __typename: 'HouseholdNotification', id: string, kind: string | null, step: string | null, createdAt: string | null, seenAt: string | null }> | null };

export type ConsoleMarkHouseholdNotificationsSeenMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ConsoleMarkHouseholdNotificationsSeenMutation = { __typename: 'Mutation', markHouseholdNotificationsSeen: Array<{ __typename: 'HouseholdNotification', id: string, seenAt: string | null }> | null };

export type ConsoleClerkPersonsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ConsoleClerkPersonsQuery = { __typename: 'Query', persons: { __typename: 'PersonConnection', edges: Array<{ __typename: 'PersonEdge', node: { __typename: 'Person', id: string, name: string | null, idNumber: string | null, isNewImmigrant: boolean | null, originCountry: OriginCountry | null, originCountryOther: string | null, household: { __typename: 'Household', id: string, householdNumber: string | null, address: { __typename: 'Address', districtCode: string | null, village: string | null, neighbourhood: number | null, road: string | null, section: number | null, lane: number | null, alley: number | null, number: string | null, floor: number | null, floorUnit: number | null } | null } | null } | null }> | null } | null };

export type ConsoleRecordRegistrationMutationVariables = Exact<{
  input: RecordRegistrationInput;
}>;


export type ConsoleRecordRegistrationMutation = { __typename: 'Mutation', recordRegistration: { __typename: 'Registration', id: string, caseType: CaseType | null, consentInquiry: { __typename: 'ConsentInquiry', id: string, decision: VisitDecision | null, deadlines: Array<{ __typename: 'Deadline', step: string | null, dueAt: string | null }> | null } | null } | null };

export type ConsoleReturnsToCorrectQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ConsoleReturnsToCorrectQuery = { __typename: 'Query', householdInbox: { __typename: 'HouseholdInboxPage', items: Array<{ __typename: 'HouseholdInboxItem', id: string, step: string | null, dueAt: string | null, state: InboxState | null, consentInquiry: { __typename: 'ConsentInquiry', id: string, caseType: CaseType | null, decision: VisitDecision | null, appliedOn: string | null, respondentName: string | null, visitAddress: { __typename: 'Address', districtCode: string | null, village: string | null, neighbourhood: number | null, road: string | null, section: number | null, lane: number | null, alley: number | null, number: string | null, floor: number | null, floorUnit: number | null } | null, correctionRequest: { __typename: 'CorrectionRequest', reason: string | null, requestedAt: string | null, district: string | null } | null } | null }> | null } | null };

export type ConsoleCorrectConsentInquiryMutationVariables = Exact<{
  input: CorrectConsentInquiryInput;
}>;


export type ConsoleCorrectConsentInquiryMutation = { __typename: 'Mutation', correctConsentInquiry: { __typename: 'ConsentInquiry', id: string, correctionRequest: { __typename: 'CorrectionRequest', correctedAt: string | null } | null } | null };

export type ConsoleWithdrawConsentInquiryMutationVariables = Exact<{
  consentInquiryId: string | number;
  reason: string;
}>;


export type ConsoleWithdrawConsentInquiryMutation = { __typename: 'Mutation', withdrawConsentInquiry: { __typename: 'ConsentInquiry', id: string, correctionRequest: { __typename: 'CorrectionRequest', withdrawnAt: string | null } | null } | null };


export const ConsoleDistrictInboxDocument = {"__meta__":{"hash":"sha256:8813df5be88e426b9ad47db584a0fd9b02cec184ab7d84dcc63fb8e2966d3784"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDistrictInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"districtInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"careCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficerName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDistrictInboxQuery, ConsoleDistrictInboxQueryVariables>;
export const ConsoleFormsToHandOverDocument = {"__meta__":{"hash":"sha256:4161cc1f8c666dabec6a449acc32f007e5e1a9ad82847f6239bbd42c357b69d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleFormsToHandOver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"householdInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"consentInquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"visitAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleFormsToHandOverQuery, ConsoleFormsToHandOverQueryVariables>;
export const ConsoleHandOverDocument = {"__meta__":{"hash":"sha256:1856ed4a45e9590e1fb36f4f50e88a6e79a03c08a85f787f5c05436428294320"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleHandOver"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"handOverConsentInquiries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleHandOverMutation, ConsoleHandOverMutationVariables>;
export const ConsoleHandoverLedgerDocument = {"__meta__":{"hash":"sha256:7bfcb09031aa43a22afe4b9cafa420b92e704ab60b02ff262b9d7facab654d73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleHandoverLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"handoverLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivingDistrictCode"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerDate"}},{"kind":"Field","name":{"kind":"Name","value":"formCount"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverBy"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"remark"}},{"kind":"Field","name":{"kind":"Name","value":"stampText"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleHandoverLedgerQuery, ConsoleHandoverLedgerQueryVariables>;
export const ConsoleClerkStartDocument = {"__meta__":{"hash":"sha256:5c1d81750836361c29e544229af1b42d7691826455c800141adcb07572b02353"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClerkStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"householdInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"seenAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleClerkStartQuery, ConsoleClerkStartQueryVariables>;
export const ConsoleMarkHouseholdNotificationsSeenDocument = {"__meta__":{"hash":"sha256:b939abfa99dfbddd2342cfb453ecfecabc753be4f446f153e593dfbdfeaae6bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMarkHouseholdNotificationsSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markHouseholdNotificationsSeen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seenAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleMarkHouseholdNotificationsSeenMutation, ConsoleMarkHouseholdNotificationsSeenMutationVariables>;
export const ConsoleClerkPersonsDocument = {"__meta__":{"hash":"sha256:0ec4adbb084ed1d5934f90218f897c2c4d1fda05b2c11acdb497da65f82c06a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleClerkPersons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"isNewImmigrant"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"}},{"kind":"Field","name":{"kind":"Name","value":"originCountryOther"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"householdNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"road"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"lane"}},{"kind":"Field","name":{"kind":"Name","value":"alley"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"floorUnit"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleClerkPersonsQuery, ConsoleClerkPersonsQueryVariables>;
export const ConsoleRecordRegistrationDocument = {"__meta__":{"hash":"sha256:b17fce8f7b1e1656bf1e031f981970b586573be0c53db0d21cecdeb6ab15f1fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"consentInquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordRegistrationMutation, ConsoleRecordRegistrationMutationVariables>;
export const ConsoleReturnsToCorrectDocument = {"__meta__":{"hash":"sha256:c02e9636c8362314d62734ff0b180224451300bb15e86cfa540c7e3db4b5b586"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleReturnsToCorrect"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"householdInbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"consentInquiry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseType"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"respondentName"}},{"kind":"Field","name":{"kind":"Name","value":"visitAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"districtCode"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"}},{"kind":"Field","name":{"kind":"Name","value":"road"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"lane"}},{"kind":"Field","name":{"kind":"Name","value":"alley"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"floorUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"district"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReturnsToCorrectQuery, ConsoleReturnsToCorrectQueryVariables>;
export const ConsoleCorrectConsentInquiryDocument = {"__meta__":{"hash":"sha256:9612ccd59089fc6793988de6247dc1396da5d9d31654fbb20f7718c73bfca2a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCorrectConsentInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectConsentInquiryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"correctConsentInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCorrectConsentInquiryMutation, ConsoleCorrectConsentInquiryMutationVariables>;
export const ConsoleWithdrawConsentInquiryDocument = {"__meta__":{"hash":"sha256:855a711d77d37bf29af849d90f964bfa6c4ea7b986dfc94dec73135209eb30f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleWithdrawConsentInquiry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"consentInquiryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawConsentInquiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"consentInquiryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"consentInquiryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correctionRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWithdrawConsentInquiryMutation, ConsoleWithdrawConsentInquiryMutationVariables>;