import type { DataSource } from "typeorm";
import type { AuditCollector } from "../audit/collector";
import type { Principal } from "../auth/principal";

/** What every resolver of a subgraph receives: the verified caller and request-scoped loaders. */
export interface SubgraphContext<Loaders> {
  readonly principal: Principal;
  readonly dataSource: DataSource;
  /** Created per request so a batch never crosses callers (STYLE 3). */
  readonly loaders: Loaders;
  /** The personal fields this request read, written to the audit log once per request (#4). */
  readonly audit: AuditCollector;
  /** The declared purpose of the read (`x-purpose`), forwarded by the gateway; audited later (#4). */
  readonly purpose?: string;
  /** Issue #11: the id of the operation the gateway ran (`x-operation-id`), kept with the record of use. */
  readonly operationId?: string;
}
