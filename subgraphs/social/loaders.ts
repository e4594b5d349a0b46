import { DataSource } from "typeorm";
import { Principal } from "../../shared/auth/principal";
import { ReceivingContext, ReceivingLoaders, receivingLoaders } from "../../shared/receiving/loaders";
import { SOCIAL_AGENCY } from "./agency";
import { ChildCareLoaders, childCareLoaders } from "./child-care/child-care.loaders";
import { socialPolicy } from "./policy";
import { SocialReferral } from "./referral/social-referral.entity";
import { SOCIAL_REFERRAL_TABLES } from "./referral/social-referral.service";
import { SOCIAL_SCOPES } from "./scope";
import { SocialServiceRecord } from "./service-record/social-service-record.entity";

/** The receiving kit's loaders (the context's own, SOCIAL_AGENCY has no loadersKey) and, issue #12, the child-care cases'. */
export type SocialLoaders = ReceivingLoaders<SocialReferral, SocialServiceRecord> & { readonly childCare: ChildCareLoaders };
export type SocialContext = ReceivingContext<SocialReferral, SocialServiceRecord> & { readonly loaders: SocialLoaders };

export function createSocialLoaders(dataSource: DataSource, principal: Principal): SocialLoaders {
  return {
    ...receivingLoaders(dataSource, principal, { policy: socialPolicy, schema: SOCIAL_AGENCY.schema, scopes: SOCIAL_SCOPES, tables: SOCIAL_REFERRAL_TABLES }),
    childCare: childCareLoaders(dataSource, principal, socialPolicy, SOCIAL_SCOPES),
  };
}
