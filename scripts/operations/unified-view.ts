/**
 * D2: the unified case view — one person with every agency's part of their case, in one
 * gateway round trip. The tests and the benchmark share this selection; it lives here, not in
 * tests/, because scripts/bench imports nothing from tests/ (issue #7, eslint.config.mjs).
 *
 * Issue #13: every agency's part hangs off the Person, so the plan is household, then district,
 * social and health side by side, each fetched once (tests/gateway/unified-view-plan.test.ts).
 * Selected from a registration's inquiry (ConsentInquiry.careCase) or from each care case
 * (CareCase.socialReferrals, .healthReferrals), the same data cost a second fetch per agency and a
 * third round; here the reader joins by key instead: a 附件1's care case is under
 * `registrationInquiries` (by the inquiry's id), a care case's referrals are the person's referrals
 * with its `careCaseId` (the district refers a case for the case's person, D3).
 */
export const UNIFIED_PERSON_FIELDS = `
  id
  name
  idNumber
  birthDate
  isNewImmigrant
  originCountry
  household { householdNumber address { districtCode village road number } }
  registrations {
    id
    caseType
    registeredOn
    office { name }
    consentInquiry {
      id
      decision
      appliedOn
      visitAddress { districtCode village neighbourhood }
    }
  }
  registrationInquiries { id careCase { id status } }
  careCases {
    id
    status
    visitDistrictCode
    visitAttempts { attemptNumber attemptedOn mode met }
    visitRecord { outcome needs visitedOn state visitedPersonName }
  }
  socialReferrals { id status careCaseId serviceUnit needs services { servedOn mode summary } }
  healthReferrals { id status careCaseId serviceUnit needs services { servedOn mode summary } }
`;

export const UNIFIED_PERSON_QUERY = `query UnifiedPerson($id: ID!) { person(id: $id) { ${UNIFIED_PERSON_FIELDS} } }`;

export const UNIFIED_PERSONS_QUERY = `query UnifiedPersons($first: Int, $after: String, $filter: PersonFilter) {
  persons(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ${UNIFIED_PERSON_FIELDS} } }
  }
}`;

/**
 * Issue #12 (D2, B1–B10): the unified view of a child — every agency's part of programme B in one
 * gateway round trip: household's identity, registrations and ex-officio births and moves; social's
 * child-care case with its reasons (the notices, and behind a category 3 notice health's
 * follow-up with its reminders; behind a category 4 one health's insurance status, B5), merges, matching, requests, the visit, the police's FOUND and
 * the protection reports (B10); the police's search requests with their visit and result. What the
 * caller's role may not read answers FORBIDDEN at its path, never an empty value.
 */
export const UNIFIED_CHILD_FIELDS = `
  id
  name
  idNumber
  birthDate
  sex
  registrations { id caseType registeredOn }
  exOfficioRecords { id kind recordedOn whereabouts leftCountry searchRequested searchOutcome searchResultOn }
  childCareCase {
    id
    status
    holdingUnit
    receivedAt
    childName
    idNumber
    categories
    notices {
      id
      category
      senderService
      noticedOn
      vaccinationFollowUp {
        id
        status
        windowStart
        windowEnd
        outcome
        referralCondition
        referredOn
        catchUpRule { remindersInWindow twoWayContacts holds }
        reminders { remindedOn mode twoWay reached }
      }
      insuranceStatus { id uninsuredSince nhiaListedOn lastListedOn }
    }
    merges { id matchedOn mergedAt undoneAt }
    recordMatches { source found matchedOn }
    requests { kind searchReason requestedOn }
    found { foundOn location }
    visitedOn
    assessment
    treatment
    sentForReviewAt
    closedOn
    deadlines { step dueAt state }
    protectionReports { id article reportedAt reporterRole }
  }
  searchRequests { id reason requesterAgency status requestedOn visitedOn visitNote outcome resultOn }
  protectionReports { id article reportedAt reporterRole reporterOrg reporterName summary }
`;

export const UNIFIED_CHILD_QUERY = `query UnifiedChild($id: ID!) { person(id: $id) { ${UNIFIED_CHILD_FIELDS} } }`;
