import { SERVICE_DIRECTORY_DOCUMENTS } from "../../../shared/directory/intake";
import { DIRECTORY_ENTITIES } from "./directory.entities";
import { directoryPolicy } from "./directory.policy";
import { ServiceDirectoryResolver } from "./directory.resolver";
import { directoryDistributionJob } from "./distribution.job";
import { ServiceDirectory1766900000000 } from "./migrations/1766900000000-service-directory";
import { VisitFormBoxNeeds1767050000000 } from "./migrations/1767050000000-visit-form-box-needs";

/**
 * 民政局's service directory (C1, issue #9), for civil-affairs' index.ts and policy.ts: its entities,
 * its migration (the shipped versions), its resolvers, its policy table, the intake documents its
 * outbox delivers to (D3) and the job that queues the shipped Taipei version for the district.
 */
export const serviceDirectory = {
  entities: DIRECTORY_ENTITIES,
  migrations: [ServiceDirectory1766900000000, VisitFormBoxNeeds1767050000000],
  resolvers: [ServiceDirectoryResolver],
  policy: directoryPolicy,
  outboxDocuments: SERVICE_DIRECTORY_DOCUMENTS,
  jobs: directoryDistributionJob,
} as const;
