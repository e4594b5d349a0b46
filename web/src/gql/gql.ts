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
    "\n  fragment ConsoleCivilAffairsReferral on CivilAffairsReferral {\n    id\n    status\n    needs\n    description\n    contactName\n    contactPhone\n    contactAddress\n    referringDistrictCode\n    referredOn\n    receivedAt\n    serviceUnit\n    closedOn\n    services {\n      id\n      servedOn\n      mode\n      summary\n      staffName: officerName\n    }\n  }\n": typeof types.ConsoleCivilAffairsReferralFragmentDoc,
    "\n    query ConsoleCivilAffairsInbox($first: Int) {\n      inbox: civilAffairsInbox(first: $first) {\n        totalCount\n        items {\n          id\n          kind\n          since\n          referral {\n            ...ConsoleCivilAffairsReferral\n          }\n        }\n      }\n    }\n  ": typeof types.ConsoleCivilAffairsInboxDocument,
    "\n    query ConsoleCivilAffairsReferral($id: ID!) {\n      referral: civilAffairsReferral(id: $id) {\n        ...ConsoleCivilAffairsReferral\n      }\n    }\n  ": typeof types.ConsoleCivilAffairsReferralDocument,
    "\n    mutation ConsoleRecordCivilAffairsService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {\n      referral: recordCivilAffairsService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, officerName: $staffName }) {\n        id\n      }\n    }\n  ": typeof types.ConsoleRecordCivilAffairsServiceDocument,
    "\n    mutation ConsoleCloseCivilAffairsReferral($referralId: ID!, $closedOn: LocalDate!) {\n      referral: closeCivilAffairsReferral(referralId: $referralId, closedOn: $closedOn) {\n        id\n      }\n    }\n  ": typeof types.ConsoleCloseCivilAffairsReferralDocument,
    "\n    query ConsoleCivilAffairsNotifications {\n      notifications: civilAffairsNotifications(first: 50) {\n        id\n        kind\n        subjectId\n        createdAt\n        seenAt\n      }\n    }\n  ": typeof types.ConsoleCivilAffairsNotificationsDocument,
    "\n    mutation ConsoleMarkCivilAffairsNotificationsSeen($ids: [ID!]!) {\n      notifications: markCivilAffairsNotificationsSeen(ids: $ids) {\n        id\n      }\n    }\n  ": typeof types.ConsoleMarkCivilAffairsNotificationsSeenDocument,
    "\n  fragment ConsoleHealthReferral on HealthReferral {\n    id\n    status\n    needs\n    description\n    contactName\n    contactPhone\n    contactAddress\n    referringDistrictCode\n    referredOn\n    receivedAt\n    serviceUnit\n    closedOn\n    services {\n      id\n      servedOn\n      mode\n      summary\n      staffName: nurseName\n    }\n    transfers {\n      id\n      fromUnit\n      toUnit\n      reason\n      transferredOn\n    }\n  }\n": typeof types.ConsoleHealthReferralFragmentDoc,
    "\n    query ConsoleHealthInbox($first: Int) {\n      inbox: healthInbox(first: $first) {\n        totalCount\n        items {\n          id\n          kind\n          since\n          referral {\n            ...ConsoleHealthReferral\n          }\n        }\n      }\n    }\n  ": typeof types.ConsoleHealthInboxDocument,
    "\n    query ConsoleHealthReferral($id: ID!) {\n      referral: healthReferral(id: $id) {\n        ...ConsoleHealthReferral\n      }\n    }\n  ": typeof types.ConsoleHealthReferralDocument,
    "\n    mutation ConsoleRecordHealthService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {\n      referral: recordHealthService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, nurseName: $staffName }) {\n        id\n      }\n    }\n  ": typeof types.ConsoleRecordHealthServiceDocument,
    "\n    mutation ConsoleCloseHealthReferral($referralId: ID!, $closedOn: LocalDate!) {\n      referral: closeHealthReferral(referralId: $referralId, closedOn: $closedOn) {\n        id\n      }\n    }\n  ": typeof types.ConsoleCloseHealthReferralDocument,
    "\n    query ConsoleHealthNotifications {\n      notifications: healthNotifications(first: 50) {\n        id\n        kind\n        subjectId\n        createdAt\n        seenAt\n      }\n    }\n  ": typeof types.ConsoleHealthNotificationsDocument,
    "\n    mutation ConsoleMarkHealthNotificationsSeen($ids: [ID!]!) {\n      notifications: markHealthNotificationsSeen(ids: $ids) {\n        id\n      }\n    }\n  ": typeof types.ConsoleMarkHealthNotificationsSeenDocument,
    "\n      mutation ConsoleTransferHealthReferral($referralId: ID!, $reason: String!, $transferredOn: LocalDate!) {\n        referral: transferHealthReferral(referralId: $referralId, toUnit: COMMUNITY_MENTAL_HEALTH_CENTRE, reason: $reason, transferredOn: $transferredOn) {\n          id\n        }\n      }\n    ": typeof types.ConsoleTransferHealthReferralDocument,
    "\n  fragment ConsolePartnerReferral on PartnerReferral {\n    id\n    status\n    needs\n    description\n    contactName\n    contactPhone\n    contactAddress\n    referringDistrictCode\n    referredOn\n    receivedAt\n    serviceUnit\n    closedOn\n    services {\n      id\n      servedOn\n      mode\n      summary\n      staffName: officerName\n    }\n  }\n": typeof types.ConsolePartnerReferralFragmentDoc,
    "\n    query ConsolePartnerInbox($first: Int) {\n      inbox: partnerInbox(first: $first) {\n        totalCount\n        items {\n          id\n          kind\n          since\n          referral {\n            ...ConsolePartnerReferral\n          }\n        }\n      }\n    }\n  ": typeof types.ConsolePartnerInboxDocument,
    "\n    query ConsolePartnerReferral($id: ID!) {\n      referral: partnerReferral(id: $id) {\n        ...ConsolePartnerReferral\n      }\n    }\n  ": typeof types.ConsolePartnerReferralDocument,
    "\n    mutation ConsoleRecordPartnerService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {\n      referral: recordPartnerService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, officerName: $staffName }) {\n        id\n      }\n    }\n  ": typeof types.ConsoleRecordPartnerServiceDocument,
    "\n    mutation ConsoleClosePartnerReferral($referralId: ID!, $closedOn: LocalDate!) {\n      referral: closePartnerReferral(referralId: $referralId, closedOn: $closedOn) {\n        id\n      }\n    }\n  ": typeof types.ConsoleClosePartnerReferralDocument,
    "\n    query ConsolePartnerNotifications {\n      notifications: partnerNotifications(first: 50) {\n        id\n        kind\n        subjectId\n        createdAt\n        seenAt\n      }\n    }\n  ": typeof types.ConsolePartnerNotificationsDocument,
    "\n    mutation ConsoleMarkPartnerNotificationsSeen($ids: [ID!]!) {\n      notifications: markPartnerNotificationsSeen(ids: $ids) {\n        id\n      }\n    }\n  ": typeof types.ConsoleMarkPartnerNotificationsSeenDocument,
    "\n  fragment ConsoleSocialReferral on SocialReferral {\n    id\n    status\n    needs\n    description\n    contactName\n    contactPhone\n    contactAddress\n    referringDistrictCode\n    referredOn\n    receivedAt\n    serviceUnit\n    closedOn\n    services {\n      id\n      servedOn\n      mode\n      summary\n      staffName: socialWorkerName\n    }\n    transfers {\n      id\n      fromUnit\n      toUnit\n      reason\n      transferredOn\n    }\n  }\n": typeof types.ConsoleSocialReferralFragmentDoc,
    "\n    query ConsoleSocialInbox($first: Int) {\n      inbox: socialInbox(first: $first) {\n        totalCount\n        items {\n          id\n          kind\n          since\n          referral {\n            ...ConsoleSocialReferral\n          }\n        }\n      }\n    }\n  ": typeof types.ConsoleSocialInboxDocument,
    "\n    query ConsoleSocialReferral($id: ID!) {\n      referral: socialReferral(id: $id) {\n        ...ConsoleSocialReferral\n      }\n    }\n  ": typeof types.ConsoleSocialReferralDocument,
    "\n    mutation ConsoleRecordSocialService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {\n      referral: recordSocialService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, socialWorkerName: $staffName }) {\n        id\n      }\n    }\n  ": typeof types.ConsoleRecordSocialServiceDocument,
    "\n    mutation ConsoleCloseSocialReferral($referralId: ID!, $closedOn: LocalDate!) {\n      referral: closeSocialReferral(referralId: $referralId, closedOn: $closedOn) {\n        id\n      }\n    }\n  ": typeof types.ConsoleCloseSocialReferralDocument,
    "\n    query ConsoleSocialNotifications {\n      notifications: socialNotifications(first: 50) {\n        id\n        kind\n        subjectId\n        createdAt\n        seenAt\n      }\n    }\n  ": typeof types.ConsoleSocialNotificationsDocument,
    "\n    mutation ConsoleMarkSocialNotificationsSeen($ids: [ID!]!) {\n      notifications: markSocialNotificationsSeen(ids: $ids) {\n        id\n      }\n    }\n  ": typeof types.ConsoleMarkSocialNotificationsSeenDocument,
    "\n      mutation ConsoleTransferSocialReferral($referralId: ID!, $reason: String!, $transferredOn: LocalDate!) {\n        referral: transferSocialReferral(referralId: $referralId, toUnit: FAMILY_SERVICE_CENTRE, reason: $reason, transferredOn: $transferredOn) {\n          id\n        }\n      }\n    ": typeof types.ConsoleTransferSocialReferralDocument,
    "\n  query ConsoleOnwardReferrals($id: ID!) {\n    civilAffairsReferral(id: $id) {\n      id\n      onwardReferrals {\n        id\n        targetName\n        targetKind\n        referredOn\n        note\n        outcome\n        outcomeOn\n      }\n    }\n  }\n": typeof types.ConsoleOnwardReferralsDocument,
    "\n  mutation ConsoleReferOnward($input: ReferOnwardInput!) {\n    referOnward(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleReferOnwardDocument,
    "\n  mutation ConsoleRecordOnwardOutcome($id: ID!, $outcome: String!, $outcomeOn: LocalDate!) {\n    recordOnwardOutcome(id: $id, outcome: $outcome, outcomeOn: $outcomeOn) {\n      id\n    }\n  }\n": typeof types.ConsoleRecordOnwardOutcomeDocument,
    "\n  query ConsoleDistrictInbox($first: Int) {\n    districtInbox(first: $first) {\n      totalCount\n      counts {\n        state\n        count\n      }\n      items {\n        id\n        kind\n        step\n        dueAt\n        since\n        state\n        careCase {\n          id\n          caseType\n          village\n          neighbourhood\n          status\n          assignedOfficerName\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDistrictInboxDocument,
};
const documents: Documents = {
    "\n  fragment ConsoleCivilAffairsReferral on CivilAffairsReferral {\n    id\n    status\n    needs\n    description\n    contactName\n    contactPhone\n    contactAddress\n    referringDistrictCode\n    referredOn\n    receivedAt\n    serviceUnit\n    closedOn\n    services {\n      id\n      servedOn\n      mode\n      summary\n      staffName: officerName\n    }\n  }\n": types.ConsoleCivilAffairsReferralFragmentDoc,
    "\n    query ConsoleCivilAffairsInbox($first: Int) {\n      inbox: civilAffairsInbox(first: $first) {\n        totalCount\n        items {\n          id\n          kind\n          since\n          referral {\n            ...ConsoleCivilAffairsReferral\n          }\n        }\n      }\n    }\n  ": types.ConsoleCivilAffairsInboxDocument,
    "\n    query ConsoleCivilAffairsReferral($id: ID!) {\n      referral: civilAffairsReferral(id: $id) {\n        ...ConsoleCivilAffairsReferral\n      }\n    }\n  ": types.ConsoleCivilAffairsReferralDocument,
    "\n    mutation ConsoleRecordCivilAffairsService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {\n      referral: recordCivilAffairsService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, officerName: $staffName }) {\n        id\n      }\n    }\n  ": types.ConsoleRecordCivilAffairsServiceDocument,
    "\n    mutation ConsoleCloseCivilAffairsReferral($referralId: ID!, $closedOn: LocalDate!) {\n      referral: closeCivilAffairsReferral(referralId: $referralId, closedOn: $closedOn) {\n        id\n      }\n    }\n  ": types.ConsoleCloseCivilAffairsReferralDocument,
    "\n    query ConsoleCivilAffairsNotifications {\n      notifications: civilAffairsNotifications(first: 50) {\n        id\n        kind\n        subjectId\n        createdAt\n        seenAt\n      }\n    }\n  ": types.ConsoleCivilAffairsNotificationsDocument,
    "\n    mutation ConsoleMarkCivilAffairsNotificationsSeen($ids: [ID!]!) {\n      notifications: markCivilAffairsNotificationsSeen(ids: $ids) {\n        id\n      }\n    }\n  ": types.ConsoleMarkCivilAffairsNotificationsSeenDocument,
    "\n  fragment ConsoleHealthReferral on HealthReferral {\n    id\n    status\n    needs\n    description\n    contactName\n    contactPhone\n    contactAddress\n    referringDistrictCode\n    referredOn\n    receivedAt\n    serviceUnit\n    closedOn\n    services {\n      id\n      servedOn\n      mode\n      summary\n      staffName: nurseName\n    }\n    transfers {\n      id\n      fromUnit\n      toUnit\n      reason\n      transferredOn\n    }\n  }\n": types.ConsoleHealthReferralFragmentDoc,
    "\n    query ConsoleHealthInbox($first: Int) {\n      inbox: healthInbox(first: $first) {\n        totalCount\n        items {\n          id\n          kind\n          since\n          referral {\n            ...ConsoleHealthReferral\n          }\n        }\n      }\n    }\n  ": types.ConsoleHealthInboxDocument,
    "\n    query ConsoleHealthReferral($id: ID!) {\n      referral: healthReferral(id: $id) {\n        ...ConsoleHealthReferral\n      }\n    }\n  ": types.ConsoleHealthReferralDocument,
    "\n    mutation ConsoleRecordHealthService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {\n      referral: recordHealthService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, nurseName: $staffName }) {\n        id\n      }\n    }\n  ": types.ConsoleRecordHealthServiceDocument,
    "\n    mutation ConsoleCloseHealthReferral($referralId: ID!, $closedOn: LocalDate!) {\n      referral: closeHealthReferral(referralId: $referralId, closedOn: $closedOn) {\n        id\n      }\n    }\n  ": types.ConsoleCloseHealthReferralDocument,
    "\n    query ConsoleHealthNotifications {\n      notifications: healthNotifications(first: 50) {\n        id\n        kind\n        subjectId\n        createdAt\n        seenAt\n      }\n    }\n  ": types.ConsoleHealthNotificationsDocument,
    "\n    mutation ConsoleMarkHealthNotificationsSeen($ids: [ID!]!) {\n      notifications: markHealthNotificationsSeen(ids: $ids) {\n        id\n      }\n    }\n  ": types.ConsoleMarkHealthNotificationsSeenDocument,
    "\n      mutation ConsoleTransferHealthReferral($referralId: ID!, $reason: String!, $transferredOn: LocalDate!) {\n        referral: transferHealthReferral(referralId: $referralId, toUnit: COMMUNITY_MENTAL_HEALTH_CENTRE, reason: $reason, transferredOn: $transferredOn) {\n          id\n        }\n      }\n    ": types.ConsoleTransferHealthReferralDocument,
    "\n  fragment ConsolePartnerReferral on PartnerReferral {\n    id\n    status\n    needs\n    description\n    contactName\n    contactPhone\n    contactAddress\n    referringDistrictCode\n    referredOn\n    receivedAt\n    serviceUnit\n    closedOn\n    services {\n      id\n      servedOn\n      mode\n      summary\n      staffName: officerName\n    }\n  }\n": types.ConsolePartnerReferralFragmentDoc,
    "\n    query ConsolePartnerInbox($first: Int) {\n      inbox: partnerInbox(first: $first) {\n        totalCount\n        items {\n          id\n          kind\n          since\n          referral {\n            ...ConsolePartnerReferral\n          }\n        }\n      }\n    }\n  ": types.ConsolePartnerInboxDocument,
    "\n    query ConsolePartnerReferral($id: ID!) {\n      referral: partnerReferral(id: $id) {\n        ...ConsolePartnerReferral\n      }\n    }\n  ": types.ConsolePartnerReferralDocument,
    "\n    mutation ConsoleRecordPartnerService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {\n      referral: recordPartnerService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, officerName: $staffName }) {\n        id\n      }\n    }\n  ": types.ConsoleRecordPartnerServiceDocument,
    "\n    mutation ConsoleClosePartnerReferral($referralId: ID!, $closedOn: LocalDate!) {\n      referral: closePartnerReferral(referralId: $referralId, closedOn: $closedOn) {\n        id\n      }\n    }\n  ": types.ConsoleClosePartnerReferralDocument,
    "\n    query ConsolePartnerNotifications {\n      notifications: partnerNotifications(first: 50) {\n        id\n        kind\n        subjectId\n        createdAt\n        seenAt\n      }\n    }\n  ": types.ConsolePartnerNotificationsDocument,
    "\n    mutation ConsoleMarkPartnerNotificationsSeen($ids: [ID!]!) {\n      notifications: markPartnerNotificationsSeen(ids: $ids) {\n        id\n      }\n    }\n  ": types.ConsoleMarkPartnerNotificationsSeenDocument,
    "\n  fragment ConsoleSocialReferral on SocialReferral {\n    id\n    status\n    needs\n    description\n    contactName\n    contactPhone\n    contactAddress\n    referringDistrictCode\n    referredOn\n    receivedAt\n    serviceUnit\n    closedOn\n    services {\n      id\n      servedOn\n      mode\n      summary\n      staffName: socialWorkerName\n    }\n    transfers {\n      id\n      fromUnit\n      toUnit\n      reason\n      transferredOn\n    }\n  }\n": types.ConsoleSocialReferralFragmentDoc,
    "\n    query ConsoleSocialInbox($first: Int) {\n      inbox: socialInbox(first: $first) {\n        totalCount\n        items {\n          id\n          kind\n          since\n          referral {\n            ...ConsoleSocialReferral\n          }\n        }\n      }\n    }\n  ": types.ConsoleSocialInboxDocument,
    "\n    query ConsoleSocialReferral($id: ID!) {\n      referral: socialReferral(id: $id) {\n        ...ConsoleSocialReferral\n      }\n    }\n  ": types.ConsoleSocialReferralDocument,
    "\n    mutation ConsoleRecordSocialService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {\n      referral: recordSocialService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, socialWorkerName: $staffName }) {\n        id\n      }\n    }\n  ": types.ConsoleRecordSocialServiceDocument,
    "\n    mutation ConsoleCloseSocialReferral($referralId: ID!, $closedOn: LocalDate!) {\n      referral: closeSocialReferral(referralId: $referralId, closedOn: $closedOn) {\n        id\n      }\n    }\n  ": types.ConsoleCloseSocialReferralDocument,
    "\n    query ConsoleSocialNotifications {\n      notifications: socialNotifications(first: 50) {\n        id\n        kind\n        subjectId\n        createdAt\n        seenAt\n      }\n    }\n  ": types.ConsoleSocialNotificationsDocument,
    "\n    mutation ConsoleMarkSocialNotificationsSeen($ids: [ID!]!) {\n      notifications: markSocialNotificationsSeen(ids: $ids) {\n        id\n      }\n    }\n  ": types.ConsoleMarkSocialNotificationsSeenDocument,
    "\n      mutation ConsoleTransferSocialReferral($referralId: ID!, $reason: String!, $transferredOn: LocalDate!) {\n        referral: transferSocialReferral(referralId: $referralId, toUnit: FAMILY_SERVICE_CENTRE, reason: $reason, transferredOn: $transferredOn) {\n          id\n        }\n      }\n    ": types.ConsoleTransferSocialReferralDocument,
    "\n  query ConsoleOnwardReferrals($id: ID!) {\n    civilAffairsReferral(id: $id) {\n      id\n      onwardReferrals {\n        id\n        targetName\n        targetKind\n        referredOn\n        note\n        outcome\n        outcomeOn\n      }\n    }\n  }\n": types.ConsoleOnwardReferralsDocument,
    "\n  mutation ConsoleReferOnward($input: ReferOnwardInput!) {\n    referOnward(input: $input) {\n      id\n    }\n  }\n": types.ConsoleReferOnwardDocument,
    "\n  mutation ConsoleRecordOnwardOutcome($id: ID!, $outcome: String!, $outcomeOn: LocalDate!) {\n    recordOnwardOutcome(id: $id, outcome: $outcome, outcomeOn: $outcomeOn) {\n      id\n    }\n  }\n": types.ConsoleRecordOnwardOutcomeDocument,
    "\n  query ConsoleDistrictInbox($first: Int) {\n    districtInbox(first: $first) {\n      totalCount\n      counts {\n        state\n        count\n      }\n      items {\n        id\n        kind\n        step\n        dueAt\n        since\n        state\n        careCase {\n          id\n          caseType\n          village\n          neighbourhood\n          status\n          assignedOfficerName\n        }\n      }\n    }\n  }\n": types.ConsoleDistrictInboxDocument,
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
export function graphql(source: "\n  fragment ConsoleCivilAffairsReferral on CivilAffairsReferral {\n    id\n    status\n    needs\n    description\n    contactName\n    contactPhone\n    contactAddress\n    referringDistrictCode\n    referredOn\n    receivedAt\n    serviceUnit\n    closedOn\n    services {\n      id\n      servedOn\n      mode\n      summary\n      staffName: officerName\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleCivilAffairsReferral on CivilAffairsReferral {\n    id\n    status\n    needs\n    description\n    contactName\n    contactPhone\n    contactAddress\n    referringDistrictCode\n    referredOn\n    receivedAt\n    serviceUnit\n    closedOn\n    services {\n      id\n      servedOn\n      mode\n      summary\n      staffName: officerName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsoleCivilAffairsInbox($first: Int) {\n      inbox: civilAffairsInbox(first: $first) {\n        totalCount\n        items {\n          id\n          kind\n          since\n          referral {\n            ...ConsoleCivilAffairsReferral\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ConsoleCivilAffairsInbox($first: Int) {\n      inbox: civilAffairsInbox(first: $first) {\n        totalCount\n        items {\n          id\n          kind\n          since\n          referral {\n            ...ConsoleCivilAffairsReferral\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsoleCivilAffairsReferral($id: ID!) {\n      referral: civilAffairsReferral(id: $id) {\n        ...ConsoleCivilAffairsReferral\n      }\n    }\n  "): (typeof documents)["\n    query ConsoleCivilAffairsReferral($id: ID!) {\n      referral: civilAffairsReferral(id: $id) {\n        ...ConsoleCivilAffairsReferral\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleRecordCivilAffairsService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {\n      referral: recordCivilAffairsService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, officerName: $staffName }) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation ConsoleRecordCivilAffairsService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {\n      referral: recordCivilAffairsService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, officerName: $staffName }) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleCloseCivilAffairsReferral($referralId: ID!, $closedOn: LocalDate!) {\n      referral: closeCivilAffairsReferral(referralId: $referralId, closedOn: $closedOn) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation ConsoleCloseCivilAffairsReferral($referralId: ID!, $closedOn: LocalDate!) {\n      referral: closeCivilAffairsReferral(referralId: $referralId, closedOn: $closedOn) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsoleCivilAffairsNotifications {\n      notifications: civilAffairsNotifications(first: 50) {\n        id\n        kind\n        subjectId\n        createdAt\n        seenAt\n      }\n    }\n  "): (typeof documents)["\n    query ConsoleCivilAffairsNotifications {\n      notifications: civilAffairsNotifications(first: 50) {\n        id\n        kind\n        subjectId\n        createdAt\n        seenAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleMarkCivilAffairsNotificationsSeen($ids: [ID!]!) {\n      notifications: markCivilAffairsNotificationsSeen(ids: $ids) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation ConsoleMarkCivilAffairsNotificationsSeen($ids: [ID!]!) {\n      notifications: markCivilAffairsNotificationsSeen(ids: $ids) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleHealthReferral on HealthReferral {\n    id\n    status\n    needs\n    description\n    contactName\n    contactPhone\n    contactAddress\n    referringDistrictCode\n    referredOn\n    receivedAt\n    serviceUnit\n    closedOn\n    services {\n      id\n      servedOn\n      mode\n      summary\n      staffName: nurseName\n    }\n    transfers {\n      id\n      fromUnit\n      toUnit\n      reason\n      transferredOn\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleHealthReferral on HealthReferral {\n    id\n    status\n    needs\n    description\n    contactName\n    contactPhone\n    contactAddress\n    referringDistrictCode\n    referredOn\n    receivedAt\n    serviceUnit\n    closedOn\n    services {\n      id\n      servedOn\n      mode\n      summary\n      staffName: nurseName\n    }\n    transfers {\n      id\n      fromUnit\n      toUnit\n      reason\n      transferredOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsoleHealthInbox($first: Int) {\n      inbox: healthInbox(first: $first) {\n        totalCount\n        items {\n          id\n          kind\n          since\n          referral {\n            ...ConsoleHealthReferral\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ConsoleHealthInbox($first: Int) {\n      inbox: healthInbox(first: $first) {\n        totalCount\n        items {\n          id\n          kind\n          since\n          referral {\n            ...ConsoleHealthReferral\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsoleHealthReferral($id: ID!) {\n      referral: healthReferral(id: $id) {\n        ...ConsoleHealthReferral\n      }\n    }\n  "): (typeof documents)["\n    query ConsoleHealthReferral($id: ID!) {\n      referral: healthReferral(id: $id) {\n        ...ConsoleHealthReferral\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleRecordHealthService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {\n      referral: recordHealthService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, nurseName: $staffName }) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation ConsoleRecordHealthService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {\n      referral: recordHealthService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, nurseName: $staffName }) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleCloseHealthReferral($referralId: ID!, $closedOn: LocalDate!) {\n      referral: closeHealthReferral(referralId: $referralId, closedOn: $closedOn) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation ConsoleCloseHealthReferral($referralId: ID!, $closedOn: LocalDate!) {\n      referral: closeHealthReferral(referralId: $referralId, closedOn: $closedOn) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsoleHealthNotifications {\n      notifications: healthNotifications(first: 50) {\n        id\n        kind\n        subjectId\n        createdAt\n        seenAt\n      }\n    }\n  "): (typeof documents)["\n    query ConsoleHealthNotifications {\n      notifications: healthNotifications(first: 50) {\n        id\n        kind\n        subjectId\n        createdAt\n        seenAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleMarkHealthNotificationsSeen($ids: [ID!]!) {\n      notifications: markHealthNotificationsSeen(ids: $ids) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation ConsoleMarkHealthNotificationsSeen($ids: [ID!]!) {\n      notifications: markHealthNotificationsSeen(ids: $ids) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConsoleTransferHealthReferral($referralId: ID!, $reason: String!, $transferredOn: LocalDate!) {\n        referral: transferHealthReferral(referralId: $referralId, toUnit: COMMUNITY_MENTAL_HEALTH_CENTRE, reason: $reason, transferredOn: $transferredOn) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation ConsoleTransferHealthReferral($referralId: ID!, $reason: String!, $transferredOn: LocalDate!) {\n        referral: transferHealthReferral(referralId: $referralId, toUnit: COMMUNITY_MENTAL_HEALTH_CENTRE, reason: $reason, transferredOn: $transferredOn) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsolePartnerReferral on PartnerReferral {\n    id\n    status\n    needs\n    description\n    contactName\n    contactPhone\n    contactAddress\n    referringDistrictCode\n    referredOn\n    receivedAt\n    serviceUnit\n    closedOn\n    services {\n      id\n      servedOn\n      mode\n      summary\n      staffName: officerName\n    }\n  }\n"): (typeof documents)["\n  fragment ConsolePartnerReferral on PartnerReferral {\n    id\n    status\n    needs\n    description\n    contactName\n    contactPhone\n    contactAddress\n    referringDistrictCode\n    referredOn\n    receivedAt\n    serviceUnit\n    closedOn\n    services {\n      id\n      servedOn\n      mode\n      summary\n      staffName: officerName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsolePartnerInbox($first: Int) {\n      inbox: partnerInbox(first: $first) {\n        totalCount\n        items {\n          id\n          kind\n          since\n          referral {\n            ...ConsolePartnerReferral\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ConsolePartnerInbox($first: Int) {\n      inbox: partnerInbox(first: $first) {\n        totalCount\n        items {\n          id\n          kind\n          since\n          referral {\n            ...ConsolePartnerReferral\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsolePartnerReferral($id: ID!) {\n      referral: partnerReferral(id: $id) {\n        ...ConsolePartnerReferral\n      }\n    }\n  "): (typeof documents)["\n    query ConsolePartnerReferral($id: ID!) {\n      referral: partnerReferral(id: $id) {\n        ...ConsolePartnerReferral\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleRecordPartnerService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {\n      referral: recordPartnerService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, officerName: $staffName }) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation ConsoleRecordPartnerService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {\n      referral: recordPartnerService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, officerName: $staffName }) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleClosePartnerReferral($referralId: ID!, $closedOn: LocalDate!) {\n      referral: closePartnerReferral(referralId: $referralId, closedOn: $closedOn) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation ConsoleClosePartnerReferral($referralId: ID!, $closedOn: LocalDate!) {\n      referral: closePartnerReferral(referralId: $referralId, closedOn: $closedOn) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsolePartnerNotifications {\n      notifications: partnerNotifications(first: 50) {\n        id\n        kind\n        subjectId\n        createdAt\n        seenAt\n      }\n    }\n  "): (typeof documents)["\n    query ConsolePartnerNotifications {\n      notifications: partnerNotifications(first: 50) {\n        id\n        kind\n        subjectId\n        createdAt\n        seenAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleMarkPartnerNotificationsSeen($ids: [ID!]!) {\n      notifications: markPartnerNotificationsSeen(ids: $ids) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation ConsoleMarkPartnerNotificationsSeen($ids: [ID!]!) {\n      notifications: markPartnerNotificationsSeen(ids: $ids) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleSocialReferral on SocialReferral {\n    id\n    status\n    needs\n    description\n    contactName\n    contactPhone\n    contactAddress\n    referringDistrictCode\n    referredOn\n    receivedAt\n    serviceUnit\n    closedOn\n    services {\n      id\n      servedOn\n      mode\n      summary\n      staffName: socialWorkerName\n    }\n    transfers {\n      id\n      fromUnit\n      toUnit\n      reason\n      transferredOn\n    }\n  }\n"): (typeof documents)["\n  fragment ConsoleSocialReferral on SocialReferral {\n    id\n    status\n    needs\n    description\n    contactName\n    contactPhone\n    contactAddress\n    referringDistrictCode\n    referredOn\n    receivedAt\n    serviceUnit\n    closedOn\n    services {\n      id\n      servedOn\n      mode\n      summary\n      staffName: socialWorkerName\n    }\n    transfers {\n      id\n      fromUnit\n      toUnit\n      reason\n      transferredOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsoleSocialInbox($first: Int) {\n      inbox: socialInbox(first: $first) {\n        totalCount\n        items {\n          id\n          kind\n          since\n          referral {\n            ...ConsoleSocialReferral\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query ConsoleSocialInbox($first: Int) {\n      inbox: socialInbox(first: $first) {\n        totalCount\n        items {\n          id\n          kind\n          since\n          referral {\n            ...ConsoleSocialReferral\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsoleSocialReferral($id: ID!) {\n      referral: socialReferral(id: $id) {\n        ...ConsoleSocialReferral\n      }\n    }\n  "): (typeof documents)["\n    query ConsoleSocialReferral($id: ID!) {\n      referral: socialReferral(id: $id) {\n        ...ConsoleSocialReferral\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleRecordSocialService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {\n      referral: recordSocialService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, socialWorkerName: $staffName }) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation ConsoleRecordSocialService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {\n      referral: recordSocialService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, socialWorkerName: $staffName }) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleCloseSocialReferral($referralId: ID!, $closedOn: LocalDate!) {\n      referral: closeSocialReferral(referralId: $referralId, closedOn: $closedOn) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation ConsoleCloseSocialReferral($referralId: ID!, $closedOn: LocalDate!) {\n      referral: closeSocialReferral(referralId: $referralId, closedOn: $closedOn) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query ConsoleSocialNotifications {\n      notifications: socialNotifications(first: 50) {\n        id\n        kind\n        subjectId\n        createdAt\n        seenAt\n      }\n    }\n  "): (typeof documents)["\n    query ConsoleSocialNotifications {\n      notifications: socialNotifications(first: 50) {\n        id\n        kind\n        subjectId\n        createdAt\n        seenAt\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ConsoleMarkSocialNotificationsSeen($ids: [ID!]!) {\n      notifications: markSocialNotificationsSeen(ids: $ids) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation ConsoleMarkSocialNotificationsSeen($ids: [ID!]!) {\n      notifications: markSocialNotificationsSeen(ids: $ids) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation ConsoleTransferSocialReferral($referralId: ID!, $reason: String!, $transferredOn: LocalDate!) {\n        referral: transferSocialReferral(referralId: $referralId, toUnit: FAMILY_SERVICE_CENTRE, reason: $reason, transferredOn: $transferredOn) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation ConsoleTransferSocialReferral($referralId: ID!, $reason: String!, $transferredOn: LocalDate!) {\n        referral: transferSocialReferral(referralId: $referralId, toUnit: FAMILY_SERVICE_CENTRE, reason: $reason, transferredOn: $transferredOn) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOnwardReferrals($id: ID!) {\n    civilAffairsReferral(id: $id) {\n      id\n      onwardReferrals {\n        id\n        targetName\n        targetKind\n        referredOn\n        note\n        outcome\n        outcomeOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleOnwardReferrals($id: ID!) {\n    civilAffairsReferral(id: $id) {\n      id\n      onwardReferrals {\n        id\n        targetName\n        targetKind\n        referredOn\n        note\n        outcome\n        outcomeOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReferOnward($input: ReferOnwardInput!) {\n    referOnward(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReferOnward($input: ReferOnwardInput!) {\n    referOnward(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRecordOnwardOutcome($id: ID!, $outcome: String!, $outcomeOn: LocalDate!) {\n    recordOnwardOutcome(id: $id, outcome: $outcome, outcomeOn: $outcomeOn) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRecordOnwardOutcome($id: ID!, $outcome: String!, $outcomeOn: LocalDate!) {\n    recordOnwardOutcome(id: $id, outcome: $outcome, outcomeOn: $outcomeOn) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDistrictInbox($first: Int) {\n    districtInbox(first: $first) {\n      totalCount\n      counts {\n        state\n        count\n      }\n      items {\n        id\n        kind\n        step\n        dueAt\n        since\n        state\n        careCase {\n          id\n          caseType\n          village\n          neighbourhood\n          status\n          assignedOfficerName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDistrictInbox($first: Int) {\n    districtInbox(first: $first) {\n      totalCount\n      counts {\n        state\n        count\n      }\n      items {\n        id\n        kind\n        step\n        dueAt\n        since\n        state\n        careCase {\n          id\n          caseType\n          village\n          neighbourhood\n          status\n          assignedOfficerName\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;