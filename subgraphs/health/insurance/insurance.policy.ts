import { Role } from "../../../shared/auth/roles";
import { SubgraphPolicy, typePolicy } from "../../../shared/authz/policy";

const { HEALTH_NURSE, SOCIAL_WORKER } = Role;

/** The centre that noticed the child, and the social unit the notice went to (the case's unit). */
const NURSE_AND_NOTICED_UNIT = { access: { HEALTH_NURSE: "allow", SOCIAL_WORKER: "allow" } } as const;

/**
 * B5 (issue #12): a child's insurance status (the NHIA's dates) is the child's personal data: the
 * 公衛護士 of the centre whose notice it was, and the 社工 of the care point the notice went to,
 * read the dates (scope.ts); every other role, and a reader out of scope, gets FORBIDDEN for them
 * (only the key shows that a status exists). Reached from social's notice (a reference), and by the
 * nurse's own list of her centre's statuses (row scope: another centre's are neither shown nor
 * counted); no other role lists them (when in doubt, deny).
 */
export const insurancePolicy: SubgraphPolicy = {
  operations: { "Query.insuranceStatuses": [HEALTH_NURSE] },
  writes: {},
  types: {
    InsuranceStatus: typePolicy({
      readers: [HEALTH_NURSE, SOCIAL_WORKER],
      rowScoped: true,
      open: ["id", "healthCentreCode"],
      personal: { uninsuredSince: NURSE_AND_NOTICED_UNIT, nhiaListedOn: NURSE_AND_NOTICED_UNIT, lastListedOn: NURSE_AND_NOTICED_UNIT },
    }),
    InsuranceStatusConnection: typePolicy({ readers: [HEALTH_NURSE], rowScoped: false, open: ["edges", "pageInfo", "totalCount"], personal: {} }),
    InsuranceStatusEdge: typePolicy({ readers: [HEALTH_NURSE], rowScoped: false, open: ["cursor", "node"], personal: {} }),
    PageInfo: typePolicy({ readers: [HEALTH_NURSE], rowScoped: false, open: ["hasNextPage", "endCursor"], personal: {} }),
  },
  rowScope: {
    InsuranceStatus: { HEALTH_NURSE: "statusesOfCentre", SOCIAL_WORKER: "statusesNoticedToUnit" },
  },
};
