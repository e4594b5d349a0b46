import { graphql } from "../../../gql";
import { SOCIAL_NEED_LABELS } from "../../../labels/agencies";
import { SOCIAL_UNIT_LABELS } from "../../../orgs";
import type { ReceivingKit } from "../kit";

/** 社會局's kit (subgraphs/social): its operations aliased to the kit's names (kit.ts). */
graphql(`
  fragment ConsoleSocialReferral on SocialReferral {
    id
    careCaseId
    status
    needs
    description
    contactName
    contactPhone
    contactAddress
    referringDistrictCode
    referredOn
    receivedAt
    serviceUnit
    closedOn
    services {
      id
      servedOn
      mode
      summary
      staffName: socialWorkerName
    }
    transfers {
      id
      fromUnit
      toUnit
      reason
      transferredOn
    }
  }
`);

export const SOCIAL_KIT: ReceivingKit = {
  agency: "社會局",
  answersUrgentReportsTo: "SOCIAL_BUREAU",
  staffNameLabel: "社工姓名",
  needLabels: SOCIAL_NEED_LABELS,
  unitLabels: SOCIAL_UNIT_LABELS,
  inbox: graphql(`
    query ConsoleSocialInbox($first: Int, $after: String) {
      inbox: socialInbox(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        items {
          id
          kind
          since
          referral {
            ...ConsoleSocialReferral
          }
        }
      }
    }
  `),
  referral: graphql(`
    query ConsoleSocialReferral($id: ID!) {
      referral: socialReferral(id: $id) {
        ...ConsoleSocialReferral
      }
    }
  `),
  recordService: graphql(`
    mutation ConsoleRecordSocialService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {
      referral: recordSocialService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, socialWorkerName: $staffName }) {
        id
      }
    }
  `),
  close: graphql(`
    mutation ConsoleCloseSocialReferral($referralId: ID!, $closedOn: LocalDate!) {
      referral: closeSocialReferral(referralId: $referralId, closedOn: $closedOn) {
        id
      }
    }
  `),
  notifications: graphql(`
    query ConsoleSocialNotifications {
      notifications: socialNotifications(first: 50) {
        id
        kind
        subjectId
        createdAt
        seenAt
      }
    }
  `),
  markSeen: graphql(`
    mutation ConsoleMarkSocialNotificationsSeen($ids: [ID!]!) {
      notifications: markSocialNotificationsSeen(ids: $ids) {
        id
      }
    }
  `),
  // A10: a care point passes a serious case (domestic violence) to the family service centre.
  transfer: {
    toUnit: "FAMILY_SERVICE_CENTRE",
    document: graphql(`
      mutation ConsoleTransferSocialReferral($referralId: ID!, $reason: String!, $transferredOn: LocalDate!) {
        referral: transferSocialReferral(referralId: $referralId, toUnit: FAMILY_SERVICE_CENTRE, reason: $reason, transferredOn: $transferredOn) {
          id
        }
      }
    `),
  },
};
