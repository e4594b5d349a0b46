import { graphql } from "../../gql";

/** B9 (issue #12): the unit's cases, each with its reasons and the two deadlines (10-day visit, 30-day report). */
export const CHILD_CARE_CASES = graphql(`
  query ConsoleChildCareCases {
    childCareCases(first: 100) {
      id
      status
      childName
      birthDate
      categories
      receivedAt
      deadlines {
        step
        dueAt
        state
      }
    }
  }
`);

/** One case: its notices and merges (one child, one case), B3's matches, the requests out, the visit and the review. */
export const CHILD_CARE_CASE = graphql(`
  query ConsoleChildCareCase($id: ID!) {
    childCareCase(id: $id) {
      id
      status
      childName
      idNumber
      birthDate
      motherName
      categories
      receivedAt
      visitedOn
      assessment
      treatment
      sentForReviewAt
      reviewNote
      closedOn
      notices {
        id
        category
        senderService
        noticedOn
      }
      merges {
        id
        noticeId
        matchedOn
        mergedAt
        undoneAt
        splitCaseId
      }
      recordMatches {
        id
        source
        found
        note
        matchedOn
        matchedByUnit
      }
      requests {
        id
        kind
        searchReason
        requestedOn
      }
      found {
        id
        foundOn
        location
      }
      replies {
        id
        requestKind
        outcome
        repliedOn
        whereabouts
        note
      }
      deadlines {
        step
        dueAt
        state
      }
    }
  }
`);

export const UNDO_MERGE = graphql(`
  mutation ConsoleUndoChildCareMerge($mergeId: ID!) {
    undoChildCareMerge(mergeId: $mergeId) {
      id
      undoneAt
      splitCaseId
    }
  }
`);

export const RECORD_MATCH = graphql(`
  mutation ConsoleRecordChildCareRecordMatch($input: ChildCareRecordMatchInput!) {
    recordChildCareRecordMatch(input: $input) {
      id
    }
  }
`);

export const REQUEST_FOLLOW_UP = graphql(`
  mutation ConsoleRequestChildCareFollowUp($caseId: ID!, $requestedOn: LocalDate!) {
    requestChildCareFollowUp(caseId: $caseId, requestedOn: $requestedOn) {
      id
    }
  }
`);

export const REQUEST_SEARCH = graphql(`
  mutation ConsoleRequestChildCareSearch($caseId: ID!, $reason: SearchReason!, $requestedOn: LocalDate!) {
    requestChildCareSearch(caseId: $caseId, reason: $reason, requestedOn: $requestedOn) {
      id
    }
  }
`);

export const RECORD_VISIT = graphql(`
  mutation ConsoleRecordChildCareVisit($input: ChildCareVisitInput!) {
    recordChildCareVisit(input: $input) {
      id
    }
  }
`);

export const SEND_FOR_REVIEW = graphql(`
  mutation ConsoleSendChildCareCaseForReview($caseId: ID!) {
    sendChildCareCaseForReview(caseId: $caseId) {
      id
    }
  }
`);

export const REVIEW_CLOSING = graphql(`
  mutation ConsoleReviewChildCareClosing($input: ChildCareReviewInput!) {
    reviewChildCareClosing(input: $input) {
      id
    }
  }
`);

/** B2–B6, R7: the notices screened out (no personal data) and their counts per reason. */
export const CHILD_CARE_EXCLUSIONS = graphql(`
  query ConsoleChildCareExclusions($reason: ChildCareExclusionReason) {
    childCareExclusions(first: 100, reason: $reason) {
      id
      category
      reason
      senderService
      householdDistrictCode
      noticedOn
      screenedOn
    }
    childCareExclusionCounts {
      reason
      count
    }
  }
`);
