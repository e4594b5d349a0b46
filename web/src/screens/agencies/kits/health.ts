import { graphql } from "../../../gql";
import { HEALTH_NEED_LABELS, HEALTH_UNIT_LABELS } from "../../../labels/agencies";
import type { ReceivingKit } from "../kit";

/** 衛生局's kit (subgraphs/health): its operations aliased to the kit's names (kit.ts). */
graphql(`
  fragment ConsoleHealthReferral on HealthReferral {
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
      staffName: nurseName
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

export const HEALTH_KIT: ReceivingKit = {
  agency: "衛生局",
  answersUrgentReportsTo: "HEALTH_BUREAU",
  staffNameLabel: "公衛護士姓名",
  needLabels: HEALTH_NEED_LABELS,
  unitLabels: HEALTH_UNIT_LABELS,
  inbox: graphql(`
    query ConsoleHealthInbox($first: Int, $after: String) {
      inbox: healthInbox(first: $first, after: $after) {
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
            ...ConsoleHealthReferral
          }
        }
      }
    }
  `),
  referral: graphql(`
    query ConsoleHealthReferral($id: ID!) {
      referral: healthReferral(id: $id) {
        ...ConsoleHealthReferral
      }
    }
  `),
  recordService: graphql(`
    mutation ConsoleRecordHealthService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {
      referral: recordHealthService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, nurseName: $staffName }) {
        id
      }
    }
  `),
  close: graphql(`
    mutation ConsoleCloseHealthReferral($referralId: ID!, $closedOn: LocalDate!) {
      referral: closeHealthReferral(referralId: $referralId, closedOn: $closedOn) {
        id
      }
    }
  `),
  notifications: graphql(`
    query ConsoleHealthNotifications {
      notifications: healthNotifications(first: 50) {
        id
        kind
        subjectId
        createdAt
        seenAt
      }
    }
  `),
  markSeen: graphql(`
    mutation ConsoleMarkHealthNotificationsSeen($ids: [ID!]!) {
      notifications: markHealthNotificationsSeen(ids: $ids) {
        id
      }
    }
  `),
  // A10: a 健康服務中心 passes counselling that meets its intake criteria to the 社區心理衛生中心.
  transfer: {
    toUnit: "COMMUNITY_MENTAL_HEALTH_CENTRE",
    document: graphql(`
      mutation ConsoleTransferHealthReferral($referralId: ID!, $reason: String!, $transferredOn: LocalDate!) {
        referral: transferHealthReferral(referralId: $referralId, toUnit: COMMUNITY_MENTAL_HEALTH_CENTRE, reason: $reason, transferredOn: $transferredOn) {
          id
        }
      }
    `),
  },
};
