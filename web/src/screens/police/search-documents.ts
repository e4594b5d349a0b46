import { graphql } from "../../gql";

/** B2, B9 (issue #12): the precinct's search requests with the child, whom to contact and the 7-day and 1-month deadlines. */
export const SEARCH_REQUESTS = graphql(`
  query ConsoleSearchRequests($status: SearchStatus) {
    searchRequests(first: 100, status: $status) {
      totalCount
      edges {
        node {
          id
          reason
          requesterAgency
          householdDistrictCode
          requestedOn
          receivedAt
          status
          childName
          childIdNumber
          childBirthDate
          motherName
          contacts {
            name
            relation
            phone
            address
          }
          visitedOn
          visitNote
          outcome
          resultOn
          foundAddress
          officerName
          deadlines {
            step
            dueAt
            state
          }
        }
      }
    }
  }
`);

export const RECORD_SEARCH_VISIT = graphql(`
  mutation ConsoleRecordSearchVisit($input: SearchVisitInput!) {
    recordSearchVisit(input: $input) {
      id
    }
  }
`);

export const RECORD_SEARCH_RESULT = graphql(`
  mutation ConsoleRecordSearchResult($input: SearchResultInput!) {
    recordSearchResult(input: $input) {
      id
    }
  }
`);
