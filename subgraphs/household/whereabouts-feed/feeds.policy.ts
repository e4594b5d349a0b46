import { Role } from "../../../shared/auth/roles";
import { SubgraphPolicy, typePolicy } from "../../../shared/authz/policy";
import { FEED_RUN_FIELDS, FEED_SKIP_COUNT_FIELDS } from "../../../shared/feeds/resolver";

const { HOUSEHOLD_CLERK } = Role;

/**
 * Issue #12 (B8): household's own feed (戶政司's list of children whose whereabouts are unknown).
 * The runs say what each took, skipped and why — counts and codes, no person — for the office
 * clerks whose ex-officio work the feed stands beside (as health's nurses read health's runs).
 */
export const householdFeedsPolicy: SubgraphPolicy = {
  operations: {
    "Query.householdFeedRuns": [HOUSEHOLD_CLERK],
  },
  writes: {},
  types: {
    FeedRun: typePolicy({ readers: [HOUSEHOLD_CLERK], rowScoped: false, open: [...FEED_RUN_FIELDS], personal: {} }),
    FeedSkipCount: typePolicy({ readers: [HOUSEHOLD_CLERK], rowScoped: false, open: [...FEED_SKIP_COUNT_FIELDS], personal: {} }),
  },
  rowScope: {},
};
