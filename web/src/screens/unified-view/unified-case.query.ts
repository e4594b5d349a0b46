import { graphql } from "../../gql";

/**
 * D2's unified case view as the console asks it (issue #11): one person with every agency's part,
 * its personal fields included — whatever the caller's role may not read comes back masked, or
 * null with FORBIDDEN at its path, and the view says which.
 */
export const CONSOLE_UNIFIED_CASE = graphql(`
  query ConsoleUnifiedCase($id: ID!) {
    person(id: $id) {
      id
      name
      sex
      birthDate
      idNumber
      originCountry
      mobilePhone
      isNewImmigrant
      household {
        id
        householdNumber
      }
      registrations {
        id
        caseType
        registeredOn
        consentInquiry {
          id
          decision
          workPhone
          email
        }
      }
      careCases {
        id
        status
        caseType
        village
        neighbourhood
        visitAttempts {
          id
          attemptNumber
          attemptedOn
          mode
          met
        }
        visitRecord {
          id
          outcome
          visitedOn
          visitedPersonName
          visitedPersonPhone
          visitedPersonAddress
        }
      }
      socialReferrals {
        id
        status
        referredOn
        contactName
        contactPhone
      }
      healthReferrals {
        id
        status
        referredOn
        contactName
        contactPhone
      }
      civilAffairsReferrals {
        id
        status
        referredOn
        contactName
        contactPhone
      }
      partnerReferrals {
        id
        status
        referredOn
        contactName
        contactPhone
      }
    }
  }
`);
