/**
 * D2: the unified case view — one person with every agency's part of their case, in one
 * gateway round trip. The tests and the benchmark share this selection; it lives here, not in
 * tests/, because scripts/bench imports nothing from tests/ (issue #7, eslint.config.mjs).
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
      careCase { id status }
    }
  }
  careCases {
    id
    status
    visitDistrictCode
    visitAttempts { attemptNumber attemptedOn mode met }
    visitRecord { outcome needs visitedOn state visitedPersonName }
    socialReferrals { id status serviceUnit needs services { servedOn mode summary } }
    healthReferrals { id status serviceUnit needs services { servedOn mode summary } }
  }
  socialReferrals { id status }
  healthReferrals { id status }
`;

export const UNIFIED_PERSON_QUERY = `query UnifiedPerson($id: ID!) { person(id: $id) { ${UNIFIED_PERSON_FIELDS} } }`;

export const UNIFIED_PERSONS_QUERY = `query UnifiedPersons($first: Int, $after: String, $filter: PersonFilter) {
  persons(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ${UNIFIED_PERSON_FIELDS} } }
  }
}`;
