import { requireUuid } from "../../../shared/graphql/ids";
import { HealthContext } from "../loaders";
import { HealthReferral } from "./health-referral.entity";

/** The gateway resolves health referrals by key, batched per request. */
export function resolveHealthReferralReference(reference: { id: string }, context: HealthContext): Promise<HealthReferral | null> {
  return context.loaders.referralById.load(requireUuid(reference.id, "id"));
}
