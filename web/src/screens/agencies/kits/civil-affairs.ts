import { graphql } from "../../../gql";
import { CIVIL_AFFAIRS_NEED_LABELS, CIVIL_AFFAIRS_UNIT_LABELS } from "../../../labels/agencies";
import type { ReceivingKit } from "../kit";

/** 民政局's own cases (A11; subgraphs/civil-affairs/referral): its operations aliased to the kit's names (kit.ts). */
graphql(`
  fragment ConsoleCivilAffairsReferral on CivilAffairsReferral {
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

export const CIVIL_AFFAIRS_KIT: ReceivingKit = {
  agency: "民政局",
  staffNameLabel: "承辦人姓名",
  needLabels: CIVIL_AFFAIRS_NEED_LABELS,
  unitLabels: CIVIL_AFFAIRS_UNIT_LABELS,
  inbox: graphql(`
    query ConsoleCivilAffairsInbox($first: Int, $after: String) {
      inbox: civilAffairsInbox(first: $first, after: $after) {
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
            ...ConsoleCivilAffairsReferral
          }
        }
      }
    }
  `),
  referral: graphql(`
    query ConsoleCivilAffairsReferral($id: ID!) {
      referral: civilAffairsReferral(id: $id) {
        ...ConsoleCivilAffairsReferral
      }
    }
  `),
  recordService: graphql(`
    mutation ConsoleRecordCivilAffairsService($referralId: ID!, $servedOn: LocalDate!, $mode: ServiceContactMode!, $summary: String!, $staffName: String!) {
      referral: recordCivilAffairsService(input: { referralId: $referralId, servedOn: $servedOn, mode: $mode, summary: $summary, officerName: $staffName }) {
        id
      }
    }
  `),
  close: graphql(`
    mutation ConsoleCloseCivilAffairsReferral($referralId: ID!, $closedOn: LocalDate!) {
      referral: closeCivilAffairsReferral(referralId: $referralId, closedOn: $closedOn) {
        id
      }
    }
  `),
  notifications: graphql(`
    query ConsoleCivilAffairsNotifications {
      notifications: civilAffairsNotifications(first: 50) {
        id
        kind
        subjectId
        createdAt
        seenAt
      }
    }
  `),
  markSeen: graphql(`
    mutation ConsoleMarkCivilAffairsNotificationsSeen($ids: [ID!]!) {
      notifications: markCivilAffairsNotificationsSeen(ids: $ids) {
        id
      }
    }
  `),
};
