import { Role } from "../../../shared/auth/roles";
import { SubgraphPolicy, typePolicy } from "../../../shared/authz/policy";
import { FEED_RUN_FIELDS, FEED_SKIP_COUNT_FIELDS } from "../../../shared/feeds/resolver";

const { SOCIAL_WORKER } = Role;

/**
 * Issue #12 (B6, B8): social's own feeds (the six national systems' file). The runs say what each
 * took, skipped and why — counts and codes, no person — for the social workers who take the
 * notices over (as health's nurses read health's runs).
 */
export const socialFeedsPolicy: SubgraphPolicy = {
  operations: {
    "Query.socialFeedRuns": [SOCIAL_WORKER],
  },
  writes: {},
  types: {
    FeedRun: typePolicy({ readers: [SOCIAL_WORKER], rowScoped: false, open: [...FEED_RUN_FIELDS], personal: {} }),
    FeedSkipCount: typePolicy({ readers: [SOCIAL_WORKER], rowScoped: false, open: [...FEED_SKIP_COUNT_FIELDS], personal: {} }),
  },
  rowScope: {},
};
