import { graphql } from "../../../gql";

/** A11: 民政局's onward referrals of one of its cases, and their outcomes. */
export const ONWARD_REFERRALS = graphql(`
  query ConsoleOnwardReferrals($id: ID!) {
    civilAffairsReferral(id: $id) {
      id
      onwardReferrals {
        id
        targetName
        targetKind
        referredOn
        note
        outcome
        outcomeOn
      }
    }
  }
`);

export const REFER_ONWARD = graphql(`
  mutation ConsoleReferOnward($input: ReferOnwardInput!) {
    referOnward(input: $input) {
      id
    }
  }
`);

export const RECORD_ONWARD_OUTCOME = graphql(`
  mutation ConsoleRecordOnwardOutcome($id: ID!, $outcome: String!, $outcomeOn: LocalDate!) {
    recordOnwardOutcome(id: $id, outcome: $outcome, outcomeOn: $outcomeOn) {
      id
    }
  }
`);

/** A11, C1: whom 民政局 may refer onward — the central agencies and NGOs of Taipei's directory in force on the day. */
export const ONWARD_TARGETS = graphql(`
  query ConsoleOnwardTargets($asOf: LocalDate) {
    serviceDirectory(city: "taipei", asOf: $asOf) {
      versionDate
      agencies {
        code
        name
        level
      }
    }
  }
`);
