import { graphql } from "../../gql";

/** B4 (issue #12): the nurse's follow-ups of the centre, with what a reminder, an outcome and a referral need on screen. */
export const VACCINATION_FOLLOW_UPS = graphql(`
  query ConsoleVaccinationFollowUps {
    vaccinationFollowUps(filter: { first: 50 }) {
      id
      name
      idNumber
      birthDate
      householdAddress
      motherName
      windowStart
      windowEnd
      status
      outcome
      outcomeOn
      referralCondition
      referredOn
      doses {
        vaccine
        dose
        dueOn
      }
      reminders {
        id
        remindedOn
        mode
        twoWay
        reached
      }
      catchUpRule {
        remindersInWindow
        twoWayContacts
        holds
      }
      deadlines {
        step
        dueAt
        state
      }
    }
  }
`);

export const RECORD_REMINDER = graphql(`
  mutation ConsoleRecordVaccinationReminder($input: VaccinationReminderInput!) {
    recordVaccinationReminder(input: $input) {
      id
    }
  }
`);

export const RECORD_OUTCOME = graphql(`
  mutation ConsoleRecordVaccinationOutcome($input: VaccinationOutcomeInput!) {
    recordVaccinationOutcome(input: $input) {
      id
    }
  }
`);

export const REFER_TO_SOCIAL = graphql(`
  mutation ConsoleReferVaccinationFollowUp($id: ID!, $condition: VaccinationReferralCondition!) {
    referVaccinationFollowUpToSocial(id: $id, condition: $condition) {
      id
    }
  }
`);
