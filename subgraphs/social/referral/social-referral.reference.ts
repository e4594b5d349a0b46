import { requireUuid } from "../../../shared/graphql/ids";
import { SocialContext } from "../loaders";
import { SocialReferral } from "./social-referral.entity";

/** Batched per request: the gateway may resolve many referrals at once. */
export function resolveSocialReferralReference(reference: { id: string }, context: SocialContext): Promise<SocialReferral | null> {
  return context.loaders.referralById.load(requireUuid(reference.id, "id"));
}
