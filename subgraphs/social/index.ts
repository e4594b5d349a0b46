import "reflect-metadata";
import "../../shared/graphql/enums";
import { auditLogMigration } from "../../shared/audit/migration";
import { auditLogResolverFor } from "../../shared/audit/resolver";
import { buildFederatedSchema } from "../../shared/federation/build-subgraph-schema";
import { SubgraphDefinition } from "../../shared/subgraph/definition";
import { resolveCareCaseReference } from "./care-case/care-case.reference";
import { CareCaseResolver } from "./care-case/care-case.resolver";
import { createSocialLoaders, SocialContext, SocialLoaders } from "./loaders";
import { CreateSocial1764300000000 } from "./migrations/1764300000000-create-social";
import { ReferralContact1764700000000 } from "./migrations/1764700000000-referral-contact";
import { resolvePersonReference } from "./person/person.reference";
import { PersonResolver } from "./person/person.resolver";
import { socialPolicy } from "./policy";
import { SocialReferral } from "./referral/social-referral.entity";
import { resolveSocialReferralReference } from "./referral/social-referral.reference";
import { SocialReferralResolver } from "./referral/social-referral.resolver";
import { SOCIAL_SCHEMA } from "./schema-name";
import { SocialServiceRecord } from "./service-record/social-service-record.entity";

/** 社會局: referrals received from districts (A9, D3) and the social workers' contacts on them (A10). */
export const socialSubgraph: SubgraphDefinition<SocialLoaders> = {
  name: "social",
  database: {
    schema: SOCIAL_SCHEMA,
    entities: [SocialReferral, SocialServiceRecord],
    migrations: [CreateSocial1764300000000, auditLogMigration(SOCIAL_SCHEMA), ReferralContact1764700000000],
  },
  policy: socialPolicy,
  buildSchema: () =>
    buildFederatedSchema({
      policy: socialPolicy,
      resolvers: [SocialReferralResolver, PersonResolver, CareCaseResolver, auditLogResolverFor("social", SOCIAL_SCHEMA)],
      referenceResolvers: {
        SocialReferral: {
          __resolveReference: (reference: { id: string }, context: SocialContext) => resolveSocialReferralReference(reference, context),
        },
        Person: { __resolveReference: (reference: { id: string }) => resolvePersonReference(reference) },
        CareCase: { __resolveReference: (reference: { id: string }) => resolveCareCaseReference(reference) },
      },
    }),
  createLoaders: createSocialLoaders,
};
