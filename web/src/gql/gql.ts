/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsoleDistrictInbox($first: Int) {\n    districtInbox(first: $first) {\n      totalCount\n      counts {\n        state\n        count\n      }\n      items {\n        id\n        kind\n        step\n        dueAt\n        since\n        state\n        careCase {\n          id\n          caseType\n          village\n          neighbourhood\n          status\n          assignedOfficerName\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDistrictInboxDocument,
    "\n  query ConsoleFormsToHandOver($first: Int) {\n    householdInbox(first: $first) {\n      items {\n        id\n        step\n        dueAt\n        state\n        consentInquiry {\n          id\n          caseType\n          decision\n          appliedOn\n          respondentName\n          visitAddress {\n            districtCode\n            village\n            neighbourhood\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleFormsToHandOverDocument,
    "\n  mutation ConsoleHandOver($date: LocalDate!) {\n    handOverConsentInquiries(date: $date) {\n      id\n    }\n  }\n": typeof types.ConsoleHandOverDocument,
    "\n  query ConsoleHandoverLedger($id: ID!) {\n    handoverLedger(id: $id) {\n      id\n      receivingDistrictCode\n      ledgerDate\n      formCount\n      handedOverBy\n      handedOverAt\n      remark\n      stampText\n      delivery\n      acknowledgedBy\n      acknowledgedAt\n    }\n  }\n": typeof types.ConsoleHandoverLedgerDocument,
    "\n  query ConsoleClerkStart {\n    householdInbox(first: 200) {\n      totalCount\n      counts {\n        state\n        count\n      }\n      items {\n        id\n        step\n      }\n    }\n    householdNotifications(first: 20) {\n      id\n      kind\n      step\n      createdAt\n      seenAt\n    }\n  }\n": typeof types.ConsoleClerkStartDocument,
    "\n  mutation ConsoleMarkHouseholdNotificationsSeen($ids: [ID!]!) {\n    markHouseholdNotificationsSeen(ids: $ids) {\n      id\n      seenAt\n    }\n  }\n": typeof types.ConsoleMarkHouseholdNotificationsSeenDocument,
    "\n  query ConsoleClerkPersons($first: Int) {\n    persons(first: $first) {\n      edges {\n        node {\n          id\n          name\n          idNumber\n          isNewImmigrant\n          originCountry\n          originCountryOther\n          household {\n            id\n            householdNumber\n            address {\n              districtCode\n              village\n              neighbourhood\n              road\n              section\n              lane\n              alley\n              number\n              floor\n              floorUnit\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleClerkPersonsDocument,
    "\n  mutation ConsoleRecordRegistration($input: RecordRegistrationInput!) {\n    recordRegistration(input: $input) {\n      id\n      caseType\n      consentInquiry {\n        id\n        decision\n        deadlines {\n          step\n          dueAt\n        }\n      }\n    }\n  }\n": typeof types.ConsoleRecordRegistrationDocument,
    "\n  query ConsoleReturnsToCorrect($first: Int) {\n    householdInbox(first: $first) {\n      items {\n        id\n        step\n        dueAt\n        state\n        consentInquiry {\n          id\n          caseType\n          decision\n          appliedOn\n          respondentName\n          visitAddress {\n            districtCode\n            village\n            neighbourhood\n            road\n            section\n            lane\n            alley\n            number\n            floor\n            floorUnit\n          }\n          correctionRequest {\n            reason\n            requestedAt\n            district\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleReturnsToCorrectDocument,
    "\n  mutation ConsoleCorrectConsentInquiry($input: CorrectConsentInquiryInput!) {\n    correctConsentInquiry(input: $input) {\n      id\n      correctionRequest {\n        correctedAt\n      }\n    }\n  }\n": typeof types.ConsoleCorrectConsentInquiryDocument,
    "\n  mutation ConsoleWithdrawConsentInquiry($consentInquiryId: ID!, $reason: String!) {\n    withdrawConsentInquiry(consentInquiryId: $consentInquiryId, reason: $reason) {\n      id\n      correctionRequest {\n        withdrawnAt\n      }\n    }\n  }\n": typeof types.ConsoleWithdrawConsentInquiryDocument,
};
const documents: Documents = {
    "\n  query ConsoleDistrictInbox($first: Int) {\n    districtInbox(first: $first) {\n      totalCount\n      counts {\n        state\n        count\n      }\n      items {\n        id\n        kind\n        step\n        dueAt\n        since\n        state\n        careCase {\n          id\n          caseType\n          village\n          neighbourhood\n          status\n          assignedOfficerName\n        }\n      }\n    }\n  }\n": types.ConsoleDistrictInboxDocument,
    "\n  query ConsoleFormsToHandOver($first: Int) {\n    householdInbox(first: $first) {\n      items {\n        id\n        step\n        dueAt\n        state\n        consentInquiry {\n          id\n          caseType\n          decision\n          appliedOn\n          respondentName\n          visitAddress {\n            districtCode\n            village\n            neighbourhood\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleFormsToHandOverDocument,
    "\n  mutation ConsoleHandOver($date: LocalDate!) {\n    handOverConsentInquiries(date: $date) {\n      id\n    }\n  }\n": types.ConsoleHandOverDocument,
    "\n  query ConsoleHandoverLedger($id: ID!) {\n    handoverLedger(id: $id) {\n      id\n      receivingDistrictCode\n      ledgerDate\n      formCount\n      handedOverBy\n      handedOverAt\n      remark\n      stampText\n      delivery\n      acknowledgedBy\n      acknowledgedAt\n    }\n  }\n": types.ConsoleHandoverLedgerDocument,
    "\n  query ConsoleClerkStart {\n    householdInbox(first: 200) {\n      totalCount\n      counts {\n        state\n        count\n      }\n      items {\n        id\n        step\n      }\n    }\n    householdNotifications(first: 20) {\n      id\n      kind\n      step\n      createdAt\n      seenAt\n    }\n  }\n": types.ConsoleClerkStartDocument,
    "\n  mutation ConsoleMarkHouseholdNotificationsSeen($ids: [ID!]!) {\n    markHouseholdNotificationsSeen(ids: $ids) {\n      id\n      seenAt\n    }\n  }\n": types.ConsoleMarkHouseholdNotificationsSeenDocument,
    "\n  query ConsoleClerkPersons($first: Int) {\n    persons(first: $first) {\n      edges {\n        node {\n          id\n          name\n          idNumber\n          isNewImmigrant\n          originCountry\n          originCountryOther\n          household {\n            id\n            householdNumber\n            address {\n              districtCode\n              village\n              neighbourhood\n              road\n              section\n              lane\n              alley\n              number\n              floor\n              floorUnit\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleClerkPersonsDocument,
    "\n  mutation ConsoleRecordRegistration($input: RecordRegistrationInput!) {\n    recordRegistration(input: $input) {\n      id\n      caseType\n      consentInquiry {\n        id\n        decision\n        deadlines {\n          step\n          dueAt\n        }\n      }\n    }\n  }\n": types.ConsoleRecordRegistrationDocument,
    "\n  query ConsoleReturnsToCorrect($first: Int) {\n    householdInbox(first: $first) {\n      items {\n        id\n        step\n        dueAt\n        state\n        consentInquiry {\n          id\n          caseType\n          decision\n          appliedOn\n          respondentName\n          visitAddress {\n            districtCode\n            village\n            neighbourhood\n            road\n            section\n            lane\n            alley\n            number\n            floor\n            floorUnit\n          }\n          correctionRequest {\n            reason\n            requestedAt\n            district\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleReturnsToCorrectDocument,
    "\n  mutation ConsoleCorrectConsentInquiry($input: CorrectConsentInquiryInput!) {\n    correctConsentInquiry(input: $input) {\n      id\n      correctionRequest {\n        correctedAt\n      }\n    }\n  }\n": types.ConsoleCorrectConsentInquiryDocument,
    "\n  mutation ConsoleWithdrawConsentInquiry($consentInquiryId: ID!, $reason: String!) {\n    withdrawConsentInquiry(consentInquiryId: $consentInquiryId, reason: $reason) {\n      id\n      correctionRequest {\n        withdrawnAt\n      }\n    }\n  }\n": types.ConsoleWithdrawConsentInquiryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDistrictInbox($first: Int) {\n    districtInbox(first: $first) {\n      totalCount\n      counts {\n        state\n        count\n      }\n      items {\n        id\n        kind\n        step\n        dueAt\n        since\n        state\n        careCase {\n          id\n          caseType\n          village\n          neighbourhood\n          status\n          assignedOfficerName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDistrictInbox($first: Int) {\n    districtInbox(first: $first) {\n      totalCount\n      counts {\n        state\n        count\n      }\n      items {\n        id\n        kind\n        step\n        dueAt\n        since\n        state\n        careCase {\n          id\n          caseType\n          village\n          neighbourhood\n          status\n          assignedOfficerName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFormsToHandOver($first: Int) {\n    householdInbox(first: $first) {\n      items {\n        id\n        step\n        dueAt\n        state\n        consentInquiry {\n          id\n          caseType\n          decision\n          appliedOn\n          respondentName\n          visitAddress {\n            districtCode\n            village\n            neighbourhood\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleFormsToHandOver($first: Int) {\n    householdInbox(first: $first) {\n      items {\n        id\n        step\n        dueAt\n        state\n        consentInquiry {\n          id\n          caseType\n          decision\n          appliedOn\n          respondentName\n          visitAddress {\n            districtCode\n            village\n            neighbourhood\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleHandOver($date: LocalDate!) {\n    handOverConsentInquiries(date: $date) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleHandOver($date: LocalDate!) {\n    handOverConsentInquiries(date: $date) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleHandoverLedger($id: ID!) {\n    handoverLedger(id: $id) {\n      id\n      receivingDistrictCode\n      ledgerDate\n      formCount\n      handedOverBy\n      handedOverAt\n      remark\n      stampText\n      delivery\n      acknowledgedBy\n      acknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  query ConsoleHandoverLedger($id: ID!) {\n    handoverLedger(id: $id) {\n      id\n      receivingDistrictCode\n      ledgerDate\n      formCount\n      handedOverBy\n      handedOverAt\n      remark\n      stampText\n      delivery\n      acknowledgedBy\n      acknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleClerkStart {\n    householdInbox(first: 200) {\n      totalCount\n      counts {\n        state\n        count\n      }\n      items {\n        id\n        step\n      }\n    }\n    householdNotifications(first: 20) {\n      id\n      kind\n      step\n      createdAt\n      seenAt\n    }\n  }\n"): (typeof documents)["\n  query ConsoleClerkStart {\n    householdInbox(first: 200) {\n      totalCount\n      counts {\n        state\n        count\n      }\n      items {\n        id\n        step\n      }\n    }\n    householdNotifications(first: 20) {\n      id\n      kind\n      step\n      createdAt\n      seenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMarkHouseholdNotificationsSeen($ids: [ID!]!) {\n    markHouseholdNotificationsSeen(ids: $ids) {\n      id\n      seenAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleMarkHouseholdNotificationsSeen($ids: [ID!]!) {\n    markHouseholdNotificationsSeen(ids: $ids) {\n      id\n      seenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleClerkPersons($first: Int) {\n    persons(first: $first) {\n      edges {\n        node {\n          id\n          name\n          idNumber\n          isNewImmigrant\n          originCountry\n          originCountryOther\n          household {\n            id\n            householdNumber\n            address {\n              districtCode\n              village\n              neighbourhood\n              road\n              section\n              lane\n              alley\n              number\n              floor\n              floorUnit\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleClerkPersons($first: Int) {\n    persons(first: $first) {\n      edges {\n        node {\n          id\n          name\n          idNumber\n          isNewImmigrant\n          originCountry\n          originCountryOther\n          household {\n            id\n            householdNumber\n            address {\n              districtCode\n              village\n              neighbourhood\n              road\n              section\n              lane\n              alley\n              number\n              floor\n              floorUnit\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordRegistration($input: RecordRegistrationInput!) {\n    recordRegistration(input: $input) {\n      id\n      caseType\n      consentInquiry {\n        id\n        decision\n        deadlines {\n          step\n          dueAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordRegistration($input: RecordRegistrationInput!) {\n    recordRegistration(input: $input) {\n      id\n      caseType\n      consentInquiry {\n        id\n        decision\n        deadlines {\n          step\n          dueAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleReturnsToCorrect($first: Int) {\n    householdInbox(first: $first) {\n      items {\n        id\n        step\n        dueAt\n        state\n        consentInquiry {\n          id\n          caseType\n          decision\n          appliedOn\n          respondentName\n          visitAddress {\n            districtCode\n            village\n            neighbourhood\n            road\n            section\n            lane\n            alley\n            number\n            floor\n            floorUnit\n          }\n          correctionRequest {\n            reason\n            requestedAt\n            district\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleReturnsToCorrect($first: Int) {\n    householdInbox(first: $first) {\n      items {\n        id\n        step\n        dueAt\n        state\n        consentInquiry {\n          id\n          caseType\n          decision\n          appliedOn\n          respondentName\n          visitAddress {\n            districtCode\n            village\n            neighbourhood\n            road\n            section\n            lane\n            alley\n            number\n            floor\n            floorUnit\n          }\n          correctionRequest {\n            reason\n            requestedAt\n            district\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCorrectConsentInquiry($input: CorrectConsentInquiryInput!) {\n    correctConsentInquiry(input: $input) {\n      id\n      correctionRequest {\n        correctedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCorrectConsentInquiry($input: CorrectConsentInquiryInput!) {\n    correctConsentInquiry(input: $input) {\n      id\n      correctionRequest {\n        correctedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWithdrawConsentInquiry($consentInquiryId: ID!, $reason: String!) {\n    withdrawConsentInquiry(consentInquiryId: $consentInquiryId, reason: $reason) {\n      id\n      correctionRequest {\n        withdrawnAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleWithdrawConsentInquiry($consentInquiryId: ID!, $reason: String!) {\n    withdrawConsentInquiry(consentInquiryId: $consentInquiryId, reason: $reason) {\n      id\n      correctionRequest {\n        withdrawnAt\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;