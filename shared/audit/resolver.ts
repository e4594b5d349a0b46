import { Arg, ClassType, Ctx, Query, Resolver } from "type-graphql";
import type { DataSource } from "typeorm";
import { AuditEntry, AuditFilter } from "./audit-entry.type";
import { queryAuditLog } from "./query";

/** What the audit query needs from a subgraph's context (SubgraphContext has it). */
export interface AuditQueryContext {
  readonly dataSource: DataSource;
}

/**
 * The root field `<agency>AuditLog(filter: AuditFilter!): [AuditEntry!]!` for one subgraph. Each
 * agency gets its own field name because federation resolves a shared root field in one subgraph
 * only; an auditor asks all four in one operation through the gateway (issue #4). Who may call it
 * (AUDITOR) belongs in the subgraph's policy table (D4), not here.
 */
export function auditLogResolverFor(agency: string, schema: string): ClassType {
  @Resolver(() => AuditEntry)
  class AuditLogResolver {
    @Query(() => [AuditEntry], { name: `${agency}AuditLog`, description: `Records of use kept by ${agency} (PDPA), newest first` })
    auditLog(@Arg("filter", () => AuditFilter) filter: AuditFilter, @Ctx() context: AuditQueryContext): Promise<AuditEntry[]> {
      return queryAuditLog(context.dataSource, schema, filter);
    }
  }
  return AuditLogResolver;
}
