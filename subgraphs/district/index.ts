import "reflect-metadata";
import "../../shared/graphql/enums";
import { auditLogMigration } from "../../shared/audit/migration";
import { auditLogResolverFor } from "../../shared/audit/resolver";
import { closureReceiverKit } from "../../shared/calendar/closures/kit";
import { buildFederatedSchema } from "../../shared/federation/build-subgraph-schema";
import { stubReference } from "../../shared/federation/entity-stub";
import { SubgraphDefinition } from "../../shared/subgraph/definition";
import { CareCase } from "./care-case/care-case.entity";
import { resolveCareCaseReference } from "./care-case/care-case.reference";
import { CareCaseResolver } from "./care-case/care-case.resolver";
import { ConsentInquiry } from "./consent-inquiry/consent-inquiry.entity";
import { ConsentInquiryResolver } from "./consent-inquiry/consent-inquiry.resolver";
import { createDistrictLoaders, DistrictContext, DistrictLoaders } from "./loaders";
import { CreateDistrict1764100000000 } from "./migrations/1764100000000-create-district";
import { Person } from "./person/person.entity";
import { PersonResolver } from "./person/person.resolver";
import { districtPolicy } from "./policy";
import { DISTRICT_SCHEMA } from "./schema-name";
import { VisitAttempt } from "./visit-attempt/visit-attempt.entity";
import { VisitAttemptResolver } from "./visit-attempt/visit-attempt.resolver";
import { VisitRecord } from "./visit-record/visit-record.entity";
import { VisitRecordResolver } from "./visit-record/visit-record.resolver";

/** 區公所: 人文課 care cases (列管), 里幹事 visit attempts and visit records (附件4). */
/** Issue #8: the city's closures from the calendar owner; they move this agency's deadlines. */
const closures = closureReceiverKit("district", DISTRICT_SCHEMA);

export const districtSubgraph: SubgraphDefinition<DistrictLoaders> = {
  name: "district",
  database: {
    schema: DISTRICT_SCHEMA,
    entities: [CareCase, VisitAttempt, VisitRecord],
    migrations: [CreateDistrict1764100000000, auditLogMigration(DISTRICT_SCHEMA), closures.migration],
  },
  policy: districtPolicy,
  buildSchema: () =>
    buildFederatedSchema({
      policy: districtPolicy,
      resolvers: [
        CareCaseResolver,
        VisitAttemptResolver,
        VisitRecordResolver,
        PersonResolver,
        ConsentInquiryResolver,
        auditLogResolverFor("district", DISTRICT_SCHEMA),
        closures.resolver,
      ],
      referenceResolvers: {
        CareCase: { __resolveReference: (reference: { id: string }, context: DistrictContext) => resolveCareCaseReference(reference, context) },
        Person: stubReference(Person),
        ConsentInquiry: stubReference(ConsentInquiry),
      },
    }),
  jobs: (environment) => closures.jobs(environment),
  createLoaders: createDistrictLoaders,
};
