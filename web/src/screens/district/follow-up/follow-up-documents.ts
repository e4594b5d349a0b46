import { graphql } from "../../../gql";

/**
 * B2, B9 (issue #12): the district office's follow-up requests (村里追蹤), a page at a time: the
 * child and whom to contact (the requester's D3 copy), the 1-month reply, the 里幹事 and the reply.
 */
export const FOLLOW_UP_REQUESTS = graphql(`
  query ConsoleFollowUpRequests($first: Int, $after: String, $status: FollowUpStatus) {
    followUpRequests(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reason
          requesterAgency
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
          assignedOfficerId
          assignedOfficerName
          met
          followedUpOn
          whereabouts
          note
          recordedBy
          repliedAt
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

export const ASSIGN_FOLLOW_UP_OFFICER = graphql(`
  mutation ConsoleAssignFollowUpOfficer($followUpRequestId: ID!, $officerId: String!, $officerName: String!) {
    assignFollowUpOfficer(followUpRequestId: $followUpRequestId, officerId: $officerId, officerName: $officerName) {
      id
      status
      assignedOfficerName
    }
  }
`);

export const RECORD_FOLLOW_UP_RESULT = graphql(`
  mutation ConsoleRecordFollowUpResult($input: FollowUpResultInput!) {
    recordFollowUpResult(input: $input) {
      id
      status
    }
  }
`);
