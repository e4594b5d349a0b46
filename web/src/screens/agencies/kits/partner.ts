import { graphql } from "../../../gql";
import { PARTNER_NEED_LABELS, PARTNER_UNIT_LABELS } from "../../../labels/agencies";
import type { ReceivingKit } from "../kit";

/** The partner agencies' kit (勞動局, 教育局; hosted by subgraphs/civil-affairs/partner): its operations aliased to the kit's names (kit.ts). */
graphql(`
  fragment ConsolePartnerReferral on PartnerReferral {
    id
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
      staffName: officerName
    }
  }
`);

export const PARTNER_KIT: ReceivingKit = {
  agency: "合作機關（勞動局、教育局）",
  staffNameLabel: "承辦人姓名",
  needLabels: PARTNER_NEED_LABELS,
  unitLabels: PARTNER_UNIT_LABELS,
  inbox: graphql(`
    query ConsolePartnerInbox($first: Int, $after: String) {
      inbox: partnerInbox(first: $first, after: $after) {
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
            ...ConsolePartnerReferral
          }
        }
      }
    }
  `),
  referral: graphql(`
    query ConsolePartnerReferral($id: ID!) {
      referral: partnerReferral(id: $id) {
        ...ConsolePartnerReferral
      }
    }
  `),
  recordService: graphql(`
    mutation ConsoleRecordPartnerService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {
      referral: recordPartnerService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, officerName: $staffName }) {
        id
      }
    }
  `),
  close: graphql(`
    mutation ConsoleClosePartnerReferral($referralId: ID!, $closedOn: LocalDate!) {
      referral: closePartnerReferral(referralId: $referralId, closedOn: $closedOn) {
        id
      }
    }
  `),
  notifications: graphql(`
    query ConsolePartnerNotifications {
      notifications: partnerNotifications(first: 50) {
        id
        kind
        subjectId
        createdAt
        seenAt
      }
    }
  `),
  markSeen: graphql(`
    mutation ConsoleMarkPartnerNotificationsSeen($ids: [ID!]!) {
      notifications: markPartnerNotificationsSeen(ids: $ids) {
        id
      }
    }
  `),
};
